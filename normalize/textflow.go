package normalize

import (
	"github.com/budgetpdf/budgetpdf/extract"
)

// Synthetic geometry for text input: one glyph per rune, a CJK rune two
// columns wide, lines a pitch apart, so that paragraph logic (margins,
// indents, short last lines, blank lines) works as on a PDF page.
const (
	textSize  = 10.0
	textPitch = 16.0 // > 1.53 × size: one blank line reads as a gap
	textColW  = textSize / 2
)

// synthLine makes a Line of text starting at display column col.
func synthLine(text string, col, page, row int) *Line {
	y := float64(row+1) * textPitch
	x := float64(col) * textColW
	var gs []extract.Glyph
	for _, r := range text {
		w := float64(runeWidth(r)) * textColW
		if r != ' ' {
			gs = append(gs, extract.Glyph{Text: string(r), X: x, Y: y, W: w, Size: textSize})
		}
		x += w
	}
	if len(gs) == 0 {
		gs = append(gs, extract.Glyph{Text: " ", X: x, Y: y, W: textColW, Size: textSize})
	}
	l := lineOf(gs, page)
	return &l
}

// textItems is the reading flow of text input: narrative lines, and for
// each form its caption lines and grids.
func textItems(in textInput) []Item {
	var items []Item
	forms := findTextForms(in.lines)
	li := 0
	narrative := func(end int) {
		for ; li < end; li++ {
			l := in.lines[li]
			if in.layout {
				items = append(items, Item{Line: synthLine(l.raw[len(l.raw)-len(trimLeftSpace(l.raw)):], l.indent, l.page, l.row)})
			} else {
				items = append(items, Item{Line: synthLine(l.text, 0, l.page, l.row)})
			}
		}
	}
	for _, r := range forms {
		narrative(r.capStart)
		items = append(items, formItems(in, r)...)
		li = r.end
	}
	narrative(len(in.lines))
	return items
}

func trimLeftSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}
