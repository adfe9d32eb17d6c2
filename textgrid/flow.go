package textgrid

import (
	"sort"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// Synthetic geometry for text input: one glyph per rune, a CJK rune two
// columns wide, lines a pitch apart, so that narrative.Paragraph logic (margins,
// indents, short last lines, blank lines) works as on a PDF page.
const (
	textSize  = 10.0
	textPitch = 16.0 // > 1.53 × size: one blank line reads as a gap
	textColW  = textSize / 2
)

// synthLine makes a Line of text starting at display column col. A line
// that nearly fills the page's full width (full > 0) is set to end exactly
// there: justified lines all reach the right margin, however many
// columns their mix of characters took in the text.
func synthLine(text string, col, page, row, full int) *layout.Line {
	y := float64(row+1) * textPitch
	scale := 1.0
	if w := col + displayWidth(text); full > 0 && w*100 >= full*85 && w > col {
		scale = float64(full-col) / float64(w-col)
	}
	x := float64(col) * textColW
	var gs []extract.Glyph
	for _, r := range text {
		w := float64(runeWidth(r)) * textColW * scale
		if r != ' ' {
			gs = append(gs, extract.Glyph{Text: string(r), X: x, Y: y, W: w, Size: textSize})
		}
		x += w
	}
	if len(gs) == 0 {
		gs = append(gs, extract.Glyph{Text: " ", X: x, Y: y, W: textColW, Size: textSize})
	}
	l := layout.NewLine(gs, page)
	return &l
}

// textItems is the reading flow of text input: narrative lines, and for
// each form its caption lines and grids.
func textItems(in textInput) []layout.Item {
	var items []layout.Item
	forms := findTextForms(in.lines)
	full := fullWidths(in)
	li := 0
	narrative := func(end int) {
		for ; li < end; li++ {
			l := in.lines[li]
			if in.layout {
				items = append(items, layout.Item{Line: synthLine(trimLeftSpace(l.raw), l.indent, l.page, l.row, full[l.page])})
			} else {
				items = append(items, layout.Item{Line: synthLine(l.text, 0, l.page, l.row, full[l.page])})
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

// fullWidths is each page's full line width: the 90th percentile of its
// lines' display widths (indent included).
func fullWidths(in textInput) map[int]int {
	byPage := map[int][]int{}
	for _, l := range in.lines {
		w := displayWidth(l.text)
		if in.layout {
			w += l.indent
		}
		byPage[l.page] = append(byPage[l.page], w)
	}
	out := map[int]int{}
	for p, ws := range byPage {
		sort.Ints(ws)
		out[p] = ws[len(ws)*9/10]
	}
	return out
}

func trimLeftSpace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}
