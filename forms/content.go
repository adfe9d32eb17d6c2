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
// own whose cells are comparators (≥ ≤ = 定性): a sign printed left of its
// header, or under a header merged over the value column.
func signByContent(g *layout.Grid, band *headerBand) {
	cm := &band.cols
	if cm.Col(RoleSign) >= 0 || cm.Col(RoleTarget) < 0 {
		return
	}
	for c, ro := range cm.Roles {
		if ro != RoleNone || strings.TrimSpace(cm.Headers[c]) != "" {
			continue
		}
		n, signs := 0, 0
		for r := band.bottom + 1; r < g.NumRows(); r++ {
			cell := g.Anchor(r, c)
			if cell == nil || strings.TrimSpace(cell.Text) == "" {
				continue
			}
			n++
			if comparatorCell(cell.Text) {
				signs++
			}
		}
		if n > 0 && signs*5 >= n*4 {
			cm.Roles[c] = RoleSign
			return
		}
	}
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
