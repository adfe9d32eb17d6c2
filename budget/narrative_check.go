package budget

import (
	"fmt"
	"math"
	"strings"

	"github.com/budgetpdf/budgetpdf"
)

// yuanPer is how many 元 one of each money unit is; a table that declares
// no unit is taken as 万元, like toWan.
var yuanPer = map[string]float64{"元": 1, "千元": 1e3, "万元": 1e4, "亿元": 1e8, "": 1e4}

// CheckNarrative compares the totals the narrative prints (收入总计,
// 支出总计, 财政拨款收入总计 / 支出总计, 三公经费) with the typed tables'
// and adds a check per figure it could compare to d.BudgetChecks: a
// mismatch fails with the narrative's page and both figures, and is a
// warning. The narrative's figure is converted to the table's unit and
// forgiven 0.01 of the coarser of the two units (a 万元 figure rounds a
// table in 元). A claim whose table or total is not printed is not
// checked.
func CheckNarrative(d *budgetpdf.Document) {
	c := &checker{passed: map[string]int{}, pages: map[string]int{}}
	for _, cl := range claims(d.Sections, d.Year) {
		t, f := claimFigure(d.BudgetTables, cl, d.Year)
		if f == nil {
			continue
		}
		tunit := t.MoneyUnit
		v := cl.value * yuanPer[cl.unit] / yuanPer[tunit]
		tol := math.Max(Tolerance, Tolerance*yuanPer[cl.unit]/yuanPer[tunit])
		if differ(*f.v, v, tol) {
			c.fail("narrative", t, cl.page, *f.v, v, tunit, fmt.Sprintf("%s: the narrative (p%d) prints %s %s, %s (%s, p%d) prints %s %s: %q",
				cl.fact, cl.page, num(cl.value), cl.unit, t.Kind, f.what, f.page, num(*f.v), unitOr(tunit), cl.sentence))
		} else {
			c.pass("narrative", t)
		}
	}
	for _, k := range c.order {
		f := strings.SplitN(k, "|", 3)
		c.checks = append(c.checks, budgetpdf.BudgetCheck{Rule: f[0], Status: "pass", Kind: f[1], Page: c.pages[k],
			Message: fmt.Sprintf("%d narrative figures agree", c.passed[k])})
	}
	d.BudgetChecks = append(d.BudgetChecks, c.checks...)
	d.Warnings = append(d.Warnings, c.warnings...)
}

func unitOr(u string) string {
	if u == "" {
		return "(no unit printed)"
	}
	return u
}

// claimFigure is the table figure a claim states: the 总计 row of a side
// of the 收支总表 (or of the 财政拨款收支总表), or the 三公 total.
func claimFigure(tables []budgetpdf.BudgetTable, cl claim, year int) (*budgetpdf.BudgetTable, *figure) {
	kind, side := "summary", "income"
	switch cl.fact {
	case "三公经费":
		t := firstOfKind(tables, "three_public")
		if t == nil {
			return nil, nil
		}
		return t, threePublicTotal(t, cl.final, year)
	case "支出总计":
		side = "expenditure"
	case "财政拨款收入总计":
		kind = "fiscal_summary"
	case "财政拨款支出总计":
		kind, side = "fiscal_summary", "expenditure"
	}
	t := firstOfKind(tables, kind)
	if t == nil {
		return nil, nil
	}
	return t, grandTotal(t, side)
}

func firstOfKind(tables []budgetpdf.BudgetTable, kind string) *budgetpdf.BudgetTable {
	for i := range tables {
		if tables[i].Kind == kind && len(tables[i].Pages) > 0 {
			return &tables[i]
		}
	}
	return nil
}

// grandTotal is a side's 总计 row (收入总计, 支出总计, 总计) in the side's
// first column; in a table that prints none, its last total row unless
// that is the year's own (本年收入合计 beside 上年结转): 收入合计 closes a
// 收支总表 that prints no 总计. nil when the side prints neither.
func grandTotal(t *budgetpdf.BudgetTable, side string) *figure {
	col := firstCol(t, side, "total")
	if col < 0 {
		return nil
	}
	var last *figure
	for _, r := range t.Rows {
		if r.Side != side || !r.Total || col >= len(r.Values) || r.Values[col] == nil {
			continue
		}
		f := &figure{v: r.Values[col], page: r.Page, unit: t.MoneyUnit, kind: t.Kind, what: r.Name}
		k := key(r.Name)
		if strings.Contains(k, "总计") {
			return f
		}
		last = f
		if strings.Contains(k, "本年") || strings.Contains(k, "当年") {
			last = nil
		}
	}
	return last
}
