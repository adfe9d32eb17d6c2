package forms

import "math"

// Unit rows. A table of many projects may print, between its projects, a
// row for the unit that spends the money of the projects under it
// (广州 项目名称（资金使用单位）: 广州市生态环境局番禺分局 | 0.52 | …, then
// that unit's projects). Such a row has no indicators; it is a unit's row,
// not a project, when its total is the sum of the totals of the projects
// that follow it, up to the next row without indicators. Those projects
// take its name as their unit.

// unitRowTolerance is the rounding allowed per project summed (0.01 in
// the table's money unit each).
const unitRowTolerance = 0.01

// markUnitRows gives the projects under a unit's row that unit, and
// reports which forms were units' rows (read, not dropped).
func (fp *Parser) markUnitRows() map[*form]bool {
	units := map[*form]bool{}
	for i := 0; i < len(fp.forms); i++ {
		u := fp.forms[i]
		if !unitRowCandidate(u) {
			continue
		}
		j := i + 1
		sum, n := 0.0, 0
		for ; j < len(fp.forms) && isRowProject(fp.forms[j]); j++ {
			if t := fp.forms[j].project.Budget.Total; t != nil {
				sum += *t
			}
			n++
		}
		if n == 0 || math.Abs(sum-*u.project.Budget.Total) > unitRowTolerance*float64(n)+1e-9 {
			continue
		}
		for _, f := range fp.forms[i+1 : j] {
			if f.project.UnitName == "" {
				f.project.UnitName = u.project.Name
			}
		}
		units[u] = true
		i = j - 1
	}
	return units
}

// unitRowCandidate: a row of a many-project table with a name and a total
// and no indicators, not a total row (合计).
func unitRowCandidate(f *form) bool {
	return f.fromRow && len(f.project.Indicators) == 0 && f.project.Name != "" &&
		f.project.Budget.Total != nil && !isTotalName(f.project.Name)
}

// isRowProject: a project of a many-project table, with indicators.
func isRowProject(f *form) bool {
	return f.fromRow && len(f.project.Indicators) > 0
}

// isTotalName: 合计, 总计, 小计 (a colon may follow).
func isTotalName(s string) bool {
	switch labelKey(HeaderKey(s)) {
	case "合计", "总计", "小计":
		return true
	}
	return false
}
