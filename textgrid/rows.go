package textgrid

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// textRow is one indicator row rebuilt from text: its level names and the
// pieces of its other cells, in column order.
type textRow struct {
	level1, level2 string
	content        []piece
	groups         [][]piece // per content role, after stitching
	cells          []string  // per content role, the groups' text
	page           int
}

// contentRoles are the columns of an indicator table after its level
// columns, in printed order: what stitching fills.
func contentRoles(cm forms.ColumnMap) []int {
	var out []int
	for c, r := range cm.Roles {
		switch r {
		case forms.RoleLevel1, forms.RoleLevel2, forms.RoleLabel:
			continue
		}
		out = append(out, c)
	}
	return out
}

// splitRows cuts the piece stream of an indicator table into rows. A row
// starts at a level-2 name (after its level-1 name, when printed just
// before it) once the current row has at least two cells' worth of pieces
// and the stream has room for another row after it;
// a level name inside a row that has fewer is a cell's text (an indicator
// may be called 服务对象满意度指标).
func splitRows(ps []piece, hasLevel2 bool) []*textRow {
	var rows []*textRow
	cur := &textRow{}
	pendingL1 := ""
	start := func() {
		if len(cur.content) > 0 || cur.level2 != "" {
			rows = append(rows, cur)
		}
		cur = &textRow{level1: pendingL1}
		pendingL1 = ""
	}
	for i, p := range ps {
		t := strings.TrimSpace(p.text)
		if hasLevel2 && isLevelWord(t) {
			nextIsLevel := i+1 < len(ps) && isLevelWord(ps[i+1].text) && ps[i+1].gap != gapSoft
			roomy := len(cur.content) >= 2 || (len(cur.content) == 0 && cur.level2 == "")
			switch {
			case nextIsLevel && forms.Level1Words[forms.HeaderKey(t)] && roomy:
				start()
				cur.level1 = forms.HeaderKey(t)
				continue
			case roomy && len(cur.content) >= 2 && roomAfter(ps, i) >= 2:
				start()
				cur.level2 = forms.HeaderKey(t)
				continue
			case cur.level2 == "" && len(cur.content) == 0:
				cur.level2 = forms.HeaderKey(t)
				continue
			}
		}
		if !hasLevel2 && len(cur.content) == 0 && isLevelWord(t) && cur.level1 == "" {
			cur.level1 = forms.HeaderKey(t)
			continue
		}
		cur.content = append(cur.content, p)
	}
	start()
	return rows
}

// roomAfter counts the pieces after ps[i] up to the next level name: a row
// starting at ps[i] needs at least a name and a value there (a last cell
// that repeats a level name, 服务对象满意度指标, starts no row).
func roomAfter(ps []piece, i int) int {
	n := 0
	for j := i + 1; j < len(ps); j++ {
		if j > i+1 && isLevelWord(ps[j].text) {
			break
		}
		n++
	}
	return n
}

// fillLevels gives every row its level names: the framework's parent of
// its level 2 when that is a known name (plain text may print a merged
// level-1 cell rows away from its rows), else the level 1 printed with the
// row, else the row above's.
func fillLevels(rows []*textRow) {
	prev1, prev2 := "", ""
	for _, r := range rows {
		if r.level2 == "" {
			r.level2 = prev2
		}
		if p := forms.Level2Parent[r.level2]; p != "" {
			r.level1 = p
		} else if r.level1 == "" {
			r.level1 = prev1
		}
		prev1, prev2 = r.level1, r.level2
	}
}

// indicatorGrids lays the rows out as grids, one per page, the header row
// on the first.
func indicatorGrids(header []string, cm forms.ColumnMap, rows []*textRow) []*layout.Grid {
	roles := contentRoles(cm)
	byPage := map[int][][]string{}
	var pages []int
	l1, l2 := cm.Col(forms.RoleLevel1), cm.Col(forms.RoleLevel2)
	for _, r := range rows {
		out := make([]string, len(header))
		if l1 >= 0 {
			out[l1] = r.level1
		}
		if l2 >= 0 {
			out[l2] = r.level2
		}
		for i, c := range roles {
			if i < len(r.cells) {
				out[c] = r.cells[i]
			}
		}
		if _, ok := byPage[r.page]; !ok {
			pages = append(pages, r.page)
		}
		byPage[r.page] = append(byPage[r.page], out)
	}
	if len(pages) == 0 {
		return []*layout.Grid{layout.GridOfTexts(0, [][]string{header})}
	}
	var grids []*layout.Grid
	for i, pg := range pages {
		rs := byPage[pg]
		if i == 0 {
			rs = append([][]string{header}, rs...)
		}
		grids = append(grids, layout.GridOfTexts(pg, rs))
	}
	return grids
}
