package textgrid

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
)

// Rows of -layout text whose pieces have columns by position (see
// textcolumns.go): a main line's pieces go to their columns; a
// continuation line's pieces go to the same column of the row above or
// below.

// contentIndex maps a header column to its index among the content roles,
// -1 for level and label columns.
func contentIndex(cm forms.ColumnMap) []int {
	idx := make([]int, len(cm.Roles))
	for i := range idx {
		idx[i] = -1
	}
	for k, c := range contentRoles(cm) {
		idx[c] = k
	}
	return idx
}

func mainRowByColumns(l layoutLine, cm forms.ColumnMap, line int) *layoutRow {
	n := len(contentRoles(cm))
	lr := &layoutRow{row: &textRow{}, line: line, groups: make([][]piece, n),
		above: make([][]piece, n), below: make([][]piece, n)}
	idx := contentIndex(cm)
	for k, p := range l.ps {
		lr.add(p, l.cols[k], cm, idx, 0)
	}
	return lr
}

// add puts piece p of header column c into the row: above (where < 0),
// on the main line (0) or below (> 0). Label columns hold no cell.
func (lr *layoutRow) add(p piece, c int, cm forms.ColumnMap, idx []int, where int) {
	lv := -1
	switch cm.Roles[c] {
	case forms.RoleLabel:
		return
	case forms.RoleLevel1:
		lv = 0
	case forms.RoleLevel2:
		lv = 1
	}
	if lv >= 0 {
		lr.levelParts[lv][where+1] = append(lr.levelParts[lv][where+1], p)
		return
	}
	k := idx[c]
	switch {
	case where < 0:
		lr.above[k] = append(lr.above[k], p)
	case where > 0:
		lr.below[k] = append(lr.below[k], p)
	default:
		lr.groups[k] = append(lr.groups[k], p)
	}
}

// settleLevels names the row's levels from the pieces in the level
// columns: all of them when they make a level name (a wrapped merged cell),
// else the main line's when that is one, else what was printed.
func (lr *layoutRow) settleLevels() {
	for lv := 0; lv < 2; lv++ {
		parts := lr.levelParts[lv]
		all := append(append(append([]piece{}, parts[0]...), parts[1]...), parts[2]...)
		if len(all) == 0 {
			continue
		}
		text := forms.HeaderKey(joinPieces(all))
		if main := forms.HeaderKey(joinPieces(parts[1])); !isLevelWord(text) && isLevelWord(main) {
			text = main
		}
		if lv == 0 {
			lr.row.level1 = text
		} else {
			lr.row.level2 = text
		}
	}
}

// attachByColumns puts the pieces of continuation line i into their
// columns of the row above or below: in a top-aligned table always the
// row above; else by the evidence placeScore weighs (blank lines, a word
// across the join, an empty cell on the main line, the nearer row).
func attachByColumns(lines []layoutLine, i int, rows []*layoutRow, cm forms.ColumnMap, top bool) {
	up, down := rowsAround(rows, i)
	idx := contentIndex(cm)
	kinds := make([]forms.Role, 0, len(idx))
	for _, c := range contentRoles(cm) {
		kinds = append(kinds, cm.Roles[c])
	}
	for k, p := range lines[i].ps {
		c := lines[i].cols[k]
		into := up
		switch {
		case up == nil:
			into = down
		case down == nil || top:
		case idx[c] >= 0:
			if sideScore(lines, i, down, false, idx[c], kinds, p) > sideScore(lines, i, up, true, idx[c], kinds, p) {
				into = down
			}
		case down.line-i < i-up.line:
			into = down
		}
		if into == nil {
			continue
		}
		where := 1
		if into == down {
			where = -1
		}
		into.add(p, c, cm, idx, where)
	}
}

// layoutTopAligned: every row's cells start on its main line: no content
// above a page's first main line, no main line without its name (a
// centred name that wraps straddles its row's main line), and no cell
// whose text starts below its row's main line (a centred cell with two
// lines leaves the main line empty).
func layoutTopAligned(lines []layoutLine, isMain []bool, cm forms.ColumnMap) bool {
	idx := contentIndex(cm)
	seenMain, page := false, -1
	var open map[int]bool // columns of the current row with text so far
	for i, l := range lines {
		if len(l.ps) == 0 {
			continue
		}
		if l.ps[0].page != page {
			page, seenMain, open = l.ps[0].page, false, nil
		}
		if l.cols == nil {
			open = nil
			continue
		}
		if isMain[i] {
			seenMain = true
			if !hasColumn(l, cm, forms.RoleName) {
				return false
			}
			open = map[int]bool{}
			for _, c := range l.cols {
				open[c] = true
			}
			continue
		}
		for k, c := range l.cols {
			if idx[c] < 0 || strings.TrimSpace(l.ps[k].text) == "" {
				continue
			}
			if !seenMain || (open != nil && !open[c]) {
				return false
			}
		}
	}
	return true
}

// hasColumn: the line has a piece in the column of role ro.
func hasColumn(l layoutLine, cm forms.ColumnMap, ro forms.Role) bool {
	for _, c := range l.cols {
		if cm.Roles[c] == ro {
			return true
		}
	}
	return false
}

// sideScore weighs putting continuation piece p (line i, content column
// k) into row r, above it (fromAbove) or below, in a table whose cells are
// centred on their rows: no blank line between, the nearer row, a word
// across the join, what the column expects; and a centred cell has as
// many lines below its row's middle as above, so a cell of the row above
// that already has them is complete.
func sideScore(lines []layoutLine, i int, r *layoutRow, fromAbove bool, k int, kinds []forms.Role, p piece) float64 {
	kind := kinds[k]
	s := 0.5 * fitScore(kind, p.text, 1, nil)
	if kind == forms.RoleUnit && qualitative(r) {
		s -= 3 // 定性 rows have no unit
	}
	g := r.groups[k]
	if len(g) == 0 {
		s += 0.5
	}
	a, b := r.line, i
	if !fromAbove {
		a, b = i, r.line
	}
	if !blankBetween(lines, a, b) {
		s += 2
	}
	if fromAbove {
		if len(g) > 0 && spansWord(g[len(g)-1].text, p.text) {
			s += 1.5
		}
		if lineCount(r.below[k]) >= lineCount(r.above[k]) {
			s -= 2
		}
	} else if len(g) > 0 && spansWord(p.text, g[0].text) {
		s += 1.5
	}
	return s - float64(abs(r.line-i)-1)
}

// lineCount: the number of printed lines the pieces are on.
func lineCount(ps []piece) int {
	n, last := 0, -1
	for _, p := range ps {
		if p.line != last {
			n++
			last = p.line
		}
	}
	return n
}

// recentre: in a table whose cells are centred on their rows, a target
// that wraps starts above its row's middle line; the main line moves to
// the middle of the target cell's lines (the next lines, up to a blank
// line or the next row's main line, with a piece in the target column
// that starts no target, each at most two lines below the one before).
func recentre(lines []layoutLine, isMain []bool, cm forms.ColumnMap) {
	tc := cm.Col(forms.RoleTarget)
	if tc < 0 || cm.Col(forms.RoleSign) >= 0 {
		return
	}
	for i := 0; i < len(lines); i++ {
		if !isMain[i] || lines[i].cols == nil || !startsTarget(lines[i], tc) {
			continue
		}
		last := i
		for j := i + 1; j < len(lines) && j-last <= 2 && !lines[j].blank && !isMain[j] && lines[j].cols != nil; j++ {
			if startsTarget(lines[j], tc) {
				break
			}
			if hasCol(lines[j], tc) {
				last = j
			}
		}
		if mid := (i + last) / 2; mid != i {
			isMain[i], isMain[mid] = false, true
			i = last
		}
	}
}

func startsTarget(l layoutLine, tc int) bool {
	for k, c := range l.cols {
		if c == tc {
			return targetStartRe.MatchString(l.ps[k].text)
		}
	}
	return false
}

func hasCol(l layoutLine, c int) bool {
	for _, x := range l.cols {
		if x == c {
			return true
		}
	}
	return false
}

// mainLineByColumns: the line carries a row's single-line cells. In a
// table whose level-2 cells are printed on every row, the level-2 name
// marks it (it is short: on the row's middle line, whatever the other
// cells wrap to); else a sign in the sign column, else the start of a
// target in the target column, else pieces in all content columns but one.
func mainLineByColumns(l layoutLine, cm forms.ColumnMap, nContent int, byLevel2 bool) bool {
	hasSign := cm.Col(forms.RoleSign) >= 0
	seen := map[int]bool{}
	for k, p := range l.ps {
		c := l.cols[k]
		switch ro := cm.Roles[c]; {
		case byLevel2:
			if ro == forms.RoleLevel2 && isLevelWord(p.text) {
				return true
			}
		case hasSign:
			if ro == forms.RoleSign && isSign(p.text) {
				return true
			}
		case ro == forms.RoleTarget && !seen[c] && targetStartRe.MatchString(p.text):
			return true
		}
		seen[c] = true
	}
	if byLevel2 || hasSign {
		return false
	}
	idx := contentIndex(cm)
	n := 0
	for c := range seen {
		if idx[c] >= 0 {
			n++
		}
	}
	return n >= max(2, nContent-1)
}

// level2Anchors: the table prints a level-2 name on (nearly) every row:
// as many level-2 names in their column as targets start in theirs, and
// (nearly) never on a line of its own (a merged cell printed once sits
// between its rows).
func level2Anchors(lines []layoutLine, cm forms.ColumnMap) bool {
	if cm.Col(forms.RoleLevel2) < 0 || cm.Col(forms.RoleSign) >= 0 {
		return false
	}
	idx := contentIndex(cm)
	names, targets, alone := 0, 0, 0
	for _, l := range lines {
		if l.cols == nil {
			continue
		}
		content := 0
		for k := range l.ps {
			if idx[l.cols[k]] >= 0 {
				content++
			}
		}
		for k, p := range l.ps {
			switch cm.Roles[l.cols[k]] {
			case forms.RoleLevel2:
				if isLevelWord(p.text) {
					names++
					if content == 0 {
						alone++
					}
				}
			case forms.RoleTarget:
				if targetStartRe.MatchString(p.text) {
					targets++
				}
			}
		}
	}
	return names > 0 && names*5 >= targets*4 && alone*10 <= names
}
