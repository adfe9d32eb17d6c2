package pdfgrid

import (
	"math"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// mendSplitLabels puts back together a label that wrapped around the row
// it belongs to: in a borderless form a two-line cell (其他资 / 金) is
// printed half above and half below a one-line row beside it. When two lone
// fragments at the same x spell a known label and a line lies between
// them, the label's glyphs move into that line.
func mendSplitLabels(lines []layout.Line) []layout.Line {
	out := append([]layout.Line(nil), lines...)
	for i := 0; i < len(out); i++ {
		for j := i + 2; j < len(out); j++ {
			a, b := out[i], out[j]
			if b.Y-a.Y > 2*wrapPitch*a.Size+1 {
				break
			}
			if !lone(a) || !lone(b) || math.Abs(a.X0-b.X0) > 2 || forms.FormLabel(a.Text()+b.Text()) == forms.LabelNone {
				continue
			}
			m := middleLine(out, i, j)
			if m < 0 {
				continue
			}
			out[m] = layout.NewLine(insertGlyphs(out[m].Glyphs, append(append([]extract.Glyph(nil), a.Glyphs...), b.Glyphs...)), out[m].Page)
			out = append(out[:j], out[j+1:]...)
			out = append(out[:i], out[i+1:]...)
			i--
			break
		}
	}
	return out
}

// lone: a line that is one short run of text.
func lone(l layout.Line) bool {
	return len(splitByGap(l, 0.8)) == 1 && len([]rune(l.Text())) <= 6 && !forms.Numeric(l.Text())
}

// middleLine finds a line strictly between lines i and j that is not lone.
func middleLine(lines []layout.Line, i, j int) int {
	for k := i + 1; k < j; k++ {
		if !lone(lines[k]) {
			return k
		}
	}
	return -1
}

// insertGlyphs places a run of glyphs into a line's glyphs at its x position,
// keeping the run together.
func insertGlyphs(line, run []extract.Glyph) []extract.Glyph {
	at := len(line)
	for k, g := range line {
		if g.X > run[0].X {
			at = k
			break
		}
	}
	out := make([]extract.Glyph, 0, len(line)+len(run))
	out = append(out, line[:at]...)
	out = append(out, run...)
	return append(out, line[at:]...)
}
