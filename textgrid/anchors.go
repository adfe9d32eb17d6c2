package textgrid

import "github.com/budgetpdf/budgetpdf/forms"

// Plain pdftotext output whose merged level cells were printed once, away
// from their rows, has no level name to start each row. Where blank lines
// part the cells, the rows are found from anchors instead: the one cell
// every row has and that is easy to tell (the sign column's ≥ or 定性, else
// a target that starts with a sign or number). The cells between two
// anchors end one row and begin the next; the stitching program decides
// where.

// textCell is one blank-line-separated block of pieces.
type textCell struct {
	ps    []piece
	level bool // a level name (kept for the rows after it)
}

func (c textCell) text() string { return joinPieces(c.ps) }

// blockCells joins pieces into blocks: lines without a blank line between
// them (and autospaced fragments) are one cell — unless blank lines say
// nothing (flat), when every line is a cell and stitching joins them.
func blockCells(ps []piece, flat bool) []textCell {
	var out []textCell
	for _, p := range ps {
		joins := p.gap == gapSoft || p.gap == gapLine && !flat
		if n := len(out); n > 0 && joins && !out[n-1].level && !isLevelWord(p.text) {
			out[n-1].ps = append(out[n-1].ps, p)
			continue
		}
		out = append(out, textCell{ps: []piece{p}, level: isLevelWord(p.text)})
	}
	return out
}

// anchorRole is the content column whose cells anchor rows: the sign
// column, else the target.
func anchorRole(kinds []forms.Role) int {
	for i, k := range kinds {
		if k == forms.RoleSign {
			return i
		}
	}
	for i, k := range kinds {
		if k == forms.RoleTarget {
			return i
		}
	}
	return -1
}

func isAnchor(c textCell, kind forms.Role) bool {
	if c.level {
		return false
	}
	if kind == forms.RoleSign {
		return isSign(c.text())
	}
	return targetStartRe.MatchString(c.text())
}

// anchorRows cuts the cells of an indicator table into rows around their
// anchors. It returns nil when there are too few anchors to go by.
func anchorRows(ps []piece, kinds []forms.Role, flat bool) []*textRow {
	ka := anchorRole(kinds)
	if ka < 0 {
		return nil
	}
	cells := blockCells(ps, flat)
	var anchors []int
	for i, c := range cells {
		if isAnchor(c, kinds[ka]) {
			anchors = append(anchors, i)
		}
	}
	if len(anchors) < 2 {
		return nil
	}
	before, after := kinds[:ka], kinds[ka+1:]
	var rows []*textRow
	level1, level2 := "", ""
	levelAt := func(from, to int) {
		for _, c := range cells[from:to] {
			if c.level {
				k := forms.HeaderKey(c.text())
				if forms.Level1Words[k] && forms.Level2Parent[k] == "" {
					level1 = k
				} else {
					level2 = k
				}
			}
		}
	}
	// The first row's leading cells are the cells before the first anchor.
	head := contentCells(cells[:anchors[0]])
	levelAt(0, anchors[0])
	pending := stitchCells(head, before, flat)
	for ai, a := range anchors {
		end := len(cells)
		if ai+1 < len(anchors) {
			end = anchors[ai+1]
		}
		gap := contentCells(cells[a+1 : end])
		tailN, rest := splitGap(gap, after, before, kinds, flat, ai+1 == len(anchors))
		row := &textRow{level1: level1, level2: level2}
		row.groups = append(append(append([][]piece{}, pending...), cells[a].ps), tailN...)
		rows = append(rows, row)
		for _, full := range rest.full {
			rows = append(rows, &textRow{level1: level1, level2: level2, groups: full})
		}
		levelAt(a+1, end)
		pending = rest.next
	}
	for _, r := range rows {
		r.page = groupsPage(r.groups)
	}
	return rows
}

// contentCells drops level names and returns the pieces of each cell.
func contentCells(cs []textCell) [][]piece {
	var out [][]piece
	for _, c := range cs {
		if !c.level {
			out = append(out, c.ps)
		}
	}
	return out
}

// stitchCells fits whole cells to roles (a cell may still join the next).
func stitchCells(cells [][]piece, roles []forms.Role, flat bool) [][]piece {
	if len(roles) == 0 {
		return nil
	}
	var ps []piece
	for _, c := range cells {
		for i, p := range c {
			if i == 0 && len(ps) > 0 && p.gap != gapHard {
				p.gap = gapBlank
			}
			ps = append(ps, p)
		}
	}
	return stitchGroups(ps, roles, flat)
}

type gapRest struct {
	full [][][]piece // rows wholly inside the gap (no anchor of their own)
	next [][]piece   // the leading cells of the next row
}

// splitGap divides the cells between two anchors into the end of one row,
// any rows without an anchor (a qualitative target), and the start of
// the next row.
func splitGap(gap [][]piece, after, before, kinds []forms.Role, flat, last bool) ([][]piece, gapRest) {
	var rest gapRest
	if last {
		return stitchCells(gap, after, flat), rest
	}
	na, nb, k := len(after), len(before), len(kinds)
	m := 0
	if len(gap) >= na+nb+k {
		m = (len(gap) - na - nb) / k
	}
	tail := gap[:min(na, len(gap))]
	mid := gap[len(tail):]
	for i := 0; i < m && len(mid) >= k; i++ {
		rest.full = append(rest.full, mid[:k])
		mid = mid[k:]
	}
	if m == 0 {
		// one row ends, the next begins: let the program cut
		roles := append(append([]forms.Role{}, after...), before...)
		groups := stitchCells(gap, roles, flat)
		return groups[:na], gapRest{next: groups[na:]}
	}
	rest.next = stitchCells(mid, before, flat)
	return stitchCells(tail, after, flat), rest
}

func groupsPage(groups [][]piece) int {
	for _, g := range groups {
		if len(g) > 0 {
			return g[0].page
		}
	}
	return 0
}
