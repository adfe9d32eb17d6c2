package extract

import "strings"

// Widths (1/1000 em) of printable ASCII, 32–126, for the standard fonts a
// PDF may use without a /Widths array (Adobe's core font metrics).
var (
	helveticaWidths = [95]uint16{
		278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
	}
	timesWidths = [95]uint16{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
	}
)

// standardWidth gives a code's width in a font without /Widths: the core
// metrics for Helvetica, Times and Courier families, else an estimate from
// the decoded text (a full em for CJK, half for the rest).
func standardWidth(base string, code uint32, text string) float64 {
	b := strings.ToLower(base)
	switch {
	case strings.Contains(b, "courier"):
		return 600
	case code >= 32 && code <= 126 && (strings.Contains(b, "helvetica") || strings.Contains(b, "arial")):
		return float64(helveticaWidths[code-32])
	case code >= 32 && code <= 126 && strings.Contains(b, "times"):
		return float64(timesWidths[code-32])
	}
	for _, r := range text {
		if r >= 0x2E80 {
			return 1000
		}
	}
	return 500
}
