package forms

import (
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/target"
)

// Cells confirm or overturn what a header says. A header that names no
// target column (中期目标 | 年度目标, 预期目标) still has one when a column's
// cells read as targets: short, one a row, most of them a number with a
// unit or a comparator. The header's qualifiers break a tie (the year's
// column over the whole period's).

// minTargetShare is the share of a column's non-empty body cells that must
// parse as quantitative targets for the column to be the target.
const minTargetShare = 0.5

// targetByContent gives the target role to the column whose body cells
// read most like targets, when the header named none.
func targetByContent(g *layout.Grid, band *headerBand) {
	cm := &band.cols
	if cm.Col(RoleTarget) >= 0 {
		return
	}
	best, bestScore := -1, 0.0
	for c, ro := range cm.Roles {
		switch ro {
		case RoleNone, RoleExtra, RoleGoal:
		default:
			continue
		}
		share := targetShare(g, band.bottom+1, c)
		if share < minTargetShare {
			continue
		}
		if s := share + qualifierWeight(cm.Headers[c]); s > bestScore {
			best, bestScore = c, s
		}
	}
	if best >= 0 {
		cm.Roles[best] = RoleTarget
	}
}

// targetShare is the share of the non-empty cells starting in rows from
// on in column c that parse as a quantitative target with a unit or a
// comparator; 0 when the column's
// cells span rows (a project's goal) or run long.
func targetShare(g *layout.Grid, from, c int) float64 {
	n, quantitative := 0, 0
	for r := from; r < g.NumRows(); r++ {
		cell := g.Anchor(r, c)
		if cell == nil || strings.TrimSpace(cell.Text) == "" {
			continue
		}
		if cell.RowSpan > 1 || utf8.RuneCountInString(cell.Text) > 30 {
			return 0
		}
		n++
		// a bare number is an amount; a target has a unit or a comparator
		if res := target.Parse(cell.Text, ""); res.Value != nil && (res.Unit != "" || res.Op != "=") {
			quantitative++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(quantitative) / float64(n)
}

// qualifierWeight is what the lexicon's prefer / avoid rules say of a
// header (年度 +, 实施周期 −), whatever its role.
func qualifierWeight(text string) float64 {
	w := 0.0
	for _, k := range headerReadings(text) {
		for _, r := range lexicon {
			if q, ok := r.qualifier(); ok && r.matches(k) {
				w += q
			}
		}
	}
	return w
}

// signByContent gives the sign role to a column without a header of its
// own, or under words the lexicon does not know (指标方向), whose cells are
// comparators (≥ ≤ = 定性): a sign printed left of its header, or under a
// header merged over the value column.
func signByContent(g *layout.Grid, band *headerBand) {
	roleByContent(g, band, RoleSign, comparatorCell)
}

// unitByContent gives the unit role to such a column when its cells are
// units (个, 万元, %) and the target column has no unit of its own.
func unitByContent(g *layout.Grid, band *headerBand) {
	roleByContent(g, band, RoleUnit, target.IsUnit)
}

// roleByContent gives role ro, part of a target printed over several
// columns, to the first unmapped column whose non-empty cells are mostly
// (four in five) what `is` says, when the table has a target column and no
// column of that role yet.
func roleByContent(g *layout.Grid, band *headerBand, ro Role, is func(string) bool) {
	cm := &band.cols
	if cm.Col(ro) >= 0 || cm.Col(RoleTarget) < 0 {
		return
	}
	for c, r := range cm.Roles {
		if r != RoleNone {
			continue
		}
		if n, yes := bodyShare(g, band, c, is); n > 0 && yes*5 >= n*4 {
			cm.Roles[c] = ro
			return
		}
	}
}

// levelByContent gives a level role to a column whose header names none
// (绩效指标 over 产出指标 / 效益指标 cells, a blank or an unknown header)
// when its cells are the framework's level names: level 1's (产出指标) or
// level 2's (数量指标). A name shared by both levels (成本指标) counts
// for either; the column must print one that is not.
func levelByContent(g *layout.Grid, band *headerBand) {
	cm := &band.cols
	for c, ro := range cm.Roles {
		if ro != RoleNone && ro != RoleLabel {
			continue
		}
		n, one, two, both := levelCounts(g, band, c)
		switch {
		case n == 0:
		case cm.Col(RoleLevel1) < 0 && one > both && one*5 >= n*4:
			cm.Roles[c] = RoleLevel1
		case cm.Col(RoleLevel2) < 0 && two > both && two*5 >= n*4:
			cm.Roles[c] = RoleLevel2
		}
	}
}

// levelCounts counts the non-empty cells of column c below the header
// band, and those that are level 1 names, level 2 names, and both.
func levelCounts(g *layout.Grid, band *headerBand, c int) (n, one, two, both int) {
	for r := band.bottom + 1; r < g.NumRows(); r++ {
		cell := g.Anchor(r, c)
		if cell == nil || strings.TrimSpace(cell.Text) == "" {
			continue
		}
		n++
		k := levelName(HeaderKey(cell.Text))
		_, l2 := Level2Parent[k]
		l1 := Level1Words[k]
		if l1 {
			one++
		}
		if l2 {
			two++
		}
		if l1 && l2 {
			both++
		}
	}
	return n, one, two, both
}

// nameByContent moves the name role off a column whose cells are the
// framework's level names (绩效指标 over 产出指标 / 效益指标 beside a
// 具体指标 column; 二级指标 taken for the name beside an unknown 指标项)
// onto the first column right of it that could name an indicator: its
// header weighs for a name, or the lexicon does not know it, and its cells
// are words, not level names, targets or comparators. The level column
// then gets its level from levelByContent.
func nameByContent(g *layout.Grid, band *headerBand) {
	cm := &band.cols
	c := cm.Col(RoleName)
	if c < 0 || !levelColumn(g, band, c) {
		return
	}
	for o := c + 1; o < len(cm.Roles); o++ {
		named := scoreHeader(cm.Headers[o])[RoleName] > 0
		switch ro := cm.Roles[o]; {
		case ro == RoleNone, named && (ro == RoleLabel || ro == RoleExtra):
		default:
			continue
		}
		if wordColumn(g, band, o) {
			cm.Roles[c], cm.Roles[o] = RoleLabel, RoleName
			return
		}
	}
}

// wordColumn: column c prints text below the header, and most of it is
// neither level names, targets nor comparators.
func wordColumn(g *layout.Grid, band *headerBand, c int) bool {
	n, other := bodyShare(g, band, c, func(t string) bool {
		if isLevelName(t) || comparatorCell(t) || Numeric(t) {
			return false
		}
		res := target.Parse(t, "")
		return res.Value == nil
	})
	return n > 0 && other*5 >= n*4
}

// levelColumn: most non-empty body cells of column c are level names.
func levelColumn(g *layout.Grid, band *headerBand, c int) bool {
	n, levels := bodyShare(g, band, c, isLevelName)
	return n > 0 && levels*5 >= n*4
}

// isLevelName: the text is a level name of the indicator framework, level
// 1's or level 2's, with or without its code (1-产出指标).
func isLevelName(t string) bool { return isLevelKey(HeaderKey(t)) }

// levelValueKey: the header key is a level's value, never a column's
// header: a level name, level names run together (社会效益指标指标,
// 效益指标满意度指标), or one cut at its start (意度指标): text input whose
// cells ran into each other or wrapped.
func levelValueKey(k string) bool {
	if isLevelKey(k) {
		return true
	}
	if !strings.HasSuffix(k, "指标") || k == "指标" {
		return false
	}
	for w := range Level1Words {
		if strings.Contains(k, w) || strings.HasSuffix(w, k) {
			return true
		}
	}
	for w := range Level2Parent {
		if strings.Contains(k, w) || strings.HasSuffix(w, k) {
			return true
		}
	}
	return false
}

// isLevelKey is isLevelName of a header key.
func isLevelKey(k string) bool {
	k = levelName(k)
	_, two := Level2Parent[k]
	return two || Level1Words[k]
}

// bodyShare counts the non-empty cells that start in column c below the
// header band, and how many of them satisfy is.
func bodyShare(g *layout.Grid, band *headerBand, c int, is func(string) bool) (n, yes int) {
	for r := band.bottom + 1; r < g.NumRows(); r++ {
		cell := g.Anchor(r, c)
		if cell == nil || strings.TrimSpace(cell.Text) == "" {
			continue
		}
		n++
		if is(cell.Text) {
			yes++
		}
	}
	return n, yes
}

// comparatorCell: a cell that holds a comparator or a kind of target and
// nothing else.
func comparatorCell(text string) bool {
	switch t := strings.TrimSpace(text); t {
	case "=", "＝", "定性", "定量":
		return true
	default:
		return orderSigns[t]
	}
}

// labelBySpan gives the label role to a column whose header cell reaches
// down over two body rows or more (a vertical 年度绩效指标, 绩效指标 or
// 绩效目标指标 beside the level columns, over the indicator rows, a 备注
// row below them maybe; one row more may still be the header's, a
// grouped header whose band mapped on its upper row): a cell over
// several rows holds no row's value, whatever its words say (目标 would
// make it a goal), so it is neither a field, an unknown column nor an
// extra.
func labelBySpan(g *layout.Grid, band *headerBand) {
	cm := &band.cols
	if band.bottom+1 >= g.NumRows() {
		return
	}
	for c := range cm.Roles {
		cell := g.At(band.bottom, c)
		if cell != nil && cell.Col == c && cell.Row <= band.bottom && cell.Row+cell.RowSpan > band.bottom+2 {
			cm.Roles[c] = RoleLabel
		}
	}
}
