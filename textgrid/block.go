package textgrid

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// A form's header block in text input has no geometry, and plain
// pdftotext output may even print a label after its value. The producer
// only rebuilds its pieces — vocabulary re-joined, autospaced fragments and
// wrapped free text re-joined, by the kind of each piece (forms.BlockKindOf)
// — and hands them on as a flow grid, a row per printed line; what they say
// (which text is the name, which amount the total, which the goal) is read
// in forms, like every other header block.

type blockPiece struct {
	piece
	kind  forms.BlockKind
	label forms.Label
}

func classifyBlock(p piece) blockPiece {
	k, l := forms.BlockKindOf(p.text)
	return blockPiece{piece: p, kind: k, label: l}
}

// blockPieces prepares a header block: vocabulary re-joined, autospaced
// fragments re-joined, wrapped free text re-joined.
func blockPieces(ps []piece) []blockPiece {
	ps = mergeVocab(mergeLineStarts(ps))
	var out []blockPiece
	for _, p := range ps {
		b := classifyBlock(p)
		if n := len(out); n > 0 && joinsBlock(out[n-1], b) {
			prev := &out[n-1]
			prev.text = joinPieces([]piece{prev.piece, p})
			prev.end = p.end
			*prev = blockPiece{piece: prev.piece, kind: classifyBlock(prev.piece).kind, label: classifyBlock(prev.piece).label}
			continue
		}
		out = append(out, b)
	}
	return joinAroundLabels(out)
}

// mergeLineStarts rebuilds a label that -layout wrapped at the start of
// two lines, with other columns' text between ("预算规模及  预算数 …" /
// "资金用途  对医疗救助…").
func mergeLineStarts(ps []piece) []piece {
	out := append([]piece(nil), ps...)
	for i := 0; i < len(out); i++ {
		if i > 0 && out[i-1].line == out[i].line {
			continue // not a line start
		}
		for j := i + 1; j < len(out); j++ {
			if out[j].line == out[i].line {
				continue
			}
			if out[j].line == out[i].line+1 && !isVocab(out[i].text) && forms.FormLabel(out[i].text+out[j].text) != forms.LabelNone {
				out[i].text += out[j].text
				out = append(out[:j], out[j+1:]...)
			}
			break
		}
	}
	return out
}

// joinAroundLabels joins a wrapped free text (a full line) that -layout
// printed around its label's line (the text's first line above the label,
// its last below).
func joinAroundLabels(bs []blockPiece) []blockPiece {
	for i := 1; i+1 < len(bs); i++ {
		a, l, b := bs[i-1], bs[i], bs[i+1]
		alone := (i < 2 || bs[i-2].line != l.line) && a.line == l.line-1 && b.line == l.line+1 && (i+2 >= len(bs) || bs[i+2].line != l.line)
		wrapped := a.end-a.col >= 40 && !strings.HasSuffix(a.text, "。")
		if l.kind == forms.BlockLabel && a.kind == forms.BlockFree && b.kind == forms.BlockFree && alone && wrapped {
			bs[i-1].text = joinPieces([]piece{a.piece, b.piece})
			bs = append(bs[:i+1], bs[i+2:]...)
		}
	}
	return bs
}

// joinsBlock decides whether b continues a in a header block.
func joinsBlock(a, b blockPiece) bool {
	if a.kind == forms.BlockLabel || b.kind == forms.BlockLabel || a.kind == forms.BlockCode || b.kind == forms.BlockCode {
		return false
	}
	switch b.gap {
	case gapSoft:
		bothNumbers := (a.kind == forms.BlockAmount || a.kind == forms.BlockPeriod) && (b.kind == forms.BlockAmount || b.kind == forms.BlockPeriod)
		return !bothNumbers && a.kind != forms.BlockTableWord && b.kind != forms.BlockTableWord
	case gapLine:
		if a.kind != forms.BlockFree || b.kind != forms.BlockFree || strings.HasSuffix(a.text, "。") || strings.HasSuffix(a.text, "；") {
			return false
		}
		return a.end-a.col >= 40 || spansWord(a.text, b.text)
	}
	return false
}

// blockGrid lays a block's pieces out as a flow grid: a row per printed
// line, the pieces of a line left to right, at their character columns.
func blockGrid(bs []blockPiece, page int, title string) *layout.Grid {
	var rows [][]blockPiece
	for i, b := range bs {
		if i == 0 || b.line != bs[i-1].line {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], b)
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	g := layout.NewGrid(page, len(rows), cols)
	g.Flow, g.Title = true, title
	for r, row := range rows {
		for c, b := range row {
			g.Place(&layout.Cell{Text: b.text, Row: r, Col: c, RowSpan: 1, ColSpan: 1, Page: page, Lines: 1,
				X0: float64(b.col), X1: float64(b.end)})
		}
	}
	return g
}

// blockCaption is what a block's caption pieces declare for the caption
// lines: the money unit (单位：万元, or 项目资金（万元） on a label) and the
// unit line (221011平源区…).
func blockCaption(bs []blockPiece) (money, unit string) {
	for _, b := range bs {
		t := strings.TrimSpace(b.text)
		switch b.kind {
		case forms.BlockLabel:
			if u := forms.MoneyUnitOf(b.text); u != "" && money == "" {
				money = u
			}
		case forms.BlockCaption:
			if m := forms.MoneyLine.FindStringSubmatch(t); m != nil && money == "" {
				money = m[1]
			}
			if forms.UnitCodeLine.MatchString(t) && !strings.Contains(t, "单位") {
				unit = t
			}
		}
	}
	return money, unit
}
