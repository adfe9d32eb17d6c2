package pdfgrid

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/layout"
)

// Page furniture: page numbers (layout.PageNumber, one source for the PDF
// and the text path) and running headers or footers.

// cutFurniture removes page numbers in the top or bottom margin and lines
// repeated in the margins of most pages (running headers and footers). It
// returns each page's kept lines and the running lines cut from it (page
// numbers are cut without a trace).
func cutFurniture(pages [][]layout.Line, heights []float64) (kept, running [][]layout.Line) {
	repeated := repeatedLines(pages, heights)
	kept = make([][]layout.Line, len(pages))
	running = make([][]layout.Line, len(pages))
	for i, lines := range pages {
		for _, l := range lines {
			switch {
			case !inMargin(l, heights[i]):
				kept[i] = append(kept[i], l)
			case layout.PageNumber.MatchString(strings.TrimSpace(l.Text())):
			case repeated[furnitureKey(l)]:
				running[i] = append(running[i], l)
			default:
				kept[i] = append(kept[i], l)
			}
		}
	}
	return kept, running
}

func inMargin(l layout.Line, height float64) bool {
	return height > 0 && (l.Y > height*0.85 || l.Y < height*0.12)
}

func furnitureKey(l layout.Line) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, strings.TrimSpace(l.Text()))
}

// repeatedLines finds margin lines (digits folded) printed on more than half
// of the pages (at least 3): running headers and footers.
func repeatedLines(pages [][]layout.Line, heights []float64) map[string]bool {
	count := map[string]int{}
	for i, lines := range pages {
		seen := map[string]bool{}
		for _, l := range lines {
			if k := furnitureKey(l); inMargin(l, heights[i]) && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 3 && n*2 > len(pages) {
			out[k] = true
		}
	}
	return out
}
