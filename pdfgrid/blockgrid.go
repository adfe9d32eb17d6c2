package pdfgrid

import (
	"math"
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

func joinStringsCJK(parts []string) string { return cjk.JoinLines(parts) }

// blockRow is one row of an unruled header block: its tokens left to right.
type blockRow struct {
	toks []token
	y    float64
	size float64
}

// blockGrid rebuilds a form's header block (项目名称 …, 预算数 …, plan)
// printed without rules. Each printed line becomes a row of tokens; a line
// that continues a wrapped cell is joined to the token above it; a label
// printed alone in the left column over several lines (预算规模及 / 资金用途)
// becomes a cell spanning the rows beside it.
func blockGrid(lines []layout.Line, page int) *layout.Grid {
	if len(lines) == 0 {
		return nil
	}
	left := math.Inf(1)
	for _, l := range lines {
		left = math.Min(left, l.X0)
	}
	var rows []blockRow
	var side []blockRow // pieces of labels printed in the left column
	for _, l := range mendSplitLabels(lines) {
		chunks := splitByGap(l, 0.8)
		if piece := chunks[0]; isSidePiece(piece, left) {
			side = append(side, blockRow{toks: []token{{glyphs: piece.Glyphs}}, y: l.Y, size: l.Size})
			chunks = chunks[1:]
		}
		var toks []token
		for _, ch := range chunks {
			for _, t := range splitVocab(ch.Glyphs) {
				toks = append(toks, splitNumbers(t)...)
			}
		}
		if len(toks) == 0 {
			continue
		}
		if n := len(rows); n > 0 && l.Y-rows[n-1].y <= wrapPitch*l.Size+0.5 && continuesAbove(rows[n-1], toks) {
			rows[n-1] = appendWrapped(rows[n-1], toks, l.Y)
			continue
		}
		rows = append(rows, blockRow{toks: toks, y: l.Y, size: l.Size})
	}
	labels := joinSideLabels(side)
	ncol := 0
	for _, r := range rows {
		ncol = max(ncol, len(r.toks))
	}
	ncol++ // room for a spanning label in front
	g := layout.NewGrid(page, len(rows), ncol)
	g.X0, g.X1 = left, 0
	for _, l := range lines {
		g.X1 = math.Max(g.X1, l.X1)
	}
	g.Y0, g.Y1 = lines[0].Top(), lines[len(lines)-1].Y+2
	g.ColX = []float64{g.X0, g.X1}
	spanAt := assignSideLabels(labels, rows)
	for r, row := range rows {
		col := 0
		if lab, ok := spanAt[r]; ok {
			g.Place(&layout.Cell{Text: lab.text, Row: r, Col: 0, RowSpan: lab.span, ColSpan: 1, Page: page})
		}
		if g.At(r, 0) != nil {
			col = 1
		}
		for _, t := range row.toks {
			if col >= ncol {
				break
			}
			g.Place(&layout.Cell{Text: t.text(), Row: r, Col: col, RowSpan: 1, ColSpan: 1, Page: page, X0: t.x0(), X1: t.x1(), Y0: row.y - row.size, Y1: row.y})
			col++
		}
	}
	g.Cells = sortCells(g.Cells)
	return g
}

func hasLabel(toks []token) bool {
	for _, t := range toks {
		if t.label {
			return true
		}
	}
	return false
}

// continuesAbove: every token of the line sits under a free-text token of
// the row above (a wrapped value, not a new row of values).
func continuesAbove(above blockRow, toks []token) bool {
	for _, t := range toks {
		if t.label || forms.Numeric(t.text()) {
			return false
		}
		found := false
		for _, a := range above.toks {
			if !a.label && t.x0() >= a.x0()-2 && t.x0() <= a.x1()+2 {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return len(toks) > 0
}

func appendWrapped(above blockRow, toks []token, y float64) blockRow {
	for _, t := range toks {
		best := -1
		for i, a := range above.toks {
			if !a.label && t.x0() >= a.x0()-2 && t.x0() <= a.x1()+2 {
				best = i
			}
		}
		if best >= 0 {
			above.toks[best].glyphs = append(append([]extract.Glyph(nil), above.toks[best].glyphs...), t.glyphs...)
		}
	}
	return above
}

// sideLabel is a label printed alone in the left column, maybe wrapped.
type sideLabel struct {
	text     string
	top, bot float64
	span     int
}

func joinSideLabels(side []blockRow) []sideLabel {
	var out []sideLabel
	for _, r := range side {
		t := r.toks[0].text()
		suffix := strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")
		if n := len(out); n > 0 && r.y-out[n-1].bot <= wrapPitch*r.size+0.5 && (forms.FormLabel(out[n-1].text) == forms.LabelNone || suffix) {
			out[n-1].text = cjk.Join(out[n-1].text, t)
			out[n-1].bot = r.y
			continue
		}
		out = append(out, sideLabel{text: t, top: r.y, bot: r.y})
	}
	return out
}

// assignSideLabels gives each side label the rows printed beside it: rows
// whose baseline lies within the label's lines, and rows without a label of
// their own (a purpose text, plan values) that are nearer to it than to any
// other label.
func assignSideLabels(labels []sideLabel, rows []blockRow) map[int]sideLabel {
	size := lineSize(rows)
	dist := func(lab sideLabel, y float64) float64 {
		switch {
		case y < lab.top:
			return lab.top - y
		case y > lab.bot:
			return y - lab.bot
		}
		return 0
	}
	owner := make([]int, len(rows))
	for i, r := range rows {
		owner[i] = -1
		best, bestD := -1, math.Inf(1)
		for k, lab := range labels {
			if d := dist(lab, r.y); d < bestD {
				best, bestD = k, d
			}
		}
		switch {
		case best < 0:
		case bestD <= 0.6*size:
			owner[i] = best
		case bestD <= 2.2*size && !hasLeadingLabel(r):
			owner[i] = best
		}
	}
	// Top-aligned labels sit on the first row of their span: a row without
	// a label of its own continues the span of the row above.
	for i := 1; i < len(rows); i++ {
		if owner[i] < 0 && owner[i-1] >= 0 && !hasLeadingLabel(rows[i]) && rows[i].y-rows[i-1].y <= 3.2*size {
			owner[i] = owner[i-1]
		}
	}
	out := map[int]sideLabel{}
	for k, lab := range labels {
		first, last := -1, -1
		for i, o := range owner {
			if o == k {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			continue
		}
		if _, taken := out[first]; taken {
			continue
		}
		lab.span = last - first + 1
		out[first] = lab
	}
	return out
}

func hasLeadingLabel(r blockRow) bool { return len(r.toks) > 0 && r.toks[0].label }

func lineSize(rows []blockRow) float64 {
	if len(rows) == 0 {
		return 10
	}
	return rows[0].size
}

// isSidePiece: a short run of text at the block's left edge, followed by a
// gap or alone on its line: (part of) a label printed in the left column.
func isSidePiece(l layout.Line, left float64) bool {
	text := l.Text()
	return l.X0-left < 3*l.Size && len([]rune(text)) <= 10 && !forms.Numeric(text) && !forms.IsPeriod(text)
}
