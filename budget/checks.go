package budget

import (
	"fmt"
	"math"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/forms"
)

// Tolerance is the rounding a check forgives, in the table's money unit
// (in the coarser unit when two tables differ).
const Tolerance = 0.01

// toWan converts an amount in unit to 万元 ("" is taken as 万元).
func toWan(v float64, unit string) float64 {
	switch unit {
	case "元":
		return v / 10000
	case "千元":
		return v / 10
	case "亿元":
		return v * 10000
	}
	return v
}

// checker collects check results.
type checker struct {
	checks   []budgetpdf.BudgetCheck
	warnings []budgetpdf.Warning
	passed   map[string]int // rule|kind → passes, reported once per table
	order    []string
	pages    map[string]int
}

func (c *checker) pass(rule string, t *budgetpdf.BudgetTable) {
	k := rule + "|" + t.Kind + "|" + fmt.Sprint(t.Pages[0])
	if _, ok := c.passed[k]; !ok {
		c.order = append(c.order, k)
		c.pages[k] = t.Pages[0]
	}
	c.passed[k]++
}

func (c *checker) fail(rule string, t *budgetpdf.BudgetTable, page int, exp, act float64, unit, msg string) {
	c.checks = append(c.checks, budgetpdf.BudgetCheck{Rule: rule, Status: "fail", Kind: t.Kind, Page: page,
		Message: msg, Expected: budgetpdf.Float(round(exp)), Actual: budgetpdf.Float(round(act)), Unit: unit})
	c.warnings = append(c.warnings, budgetpdf.Warning{Page: page, Code: budgetpdf.WarnBudgetCheck,
		Message: fmt.Sprintf("%s (%s): %s", rule, t.Kind, msg)})
}

func round(v float64) float64 { return math.Round(v*1e4) / 1e4 }

func num(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	return strings.TrimSuffix(strings.TrimSuffix(s, "0"), ".0")
}

func differ(a, b, tol float64) bool { return math.Abs(a-b) > tol+1e-9 }

func val(v *float64) float64 {
	if v == nil {
		return 0
	}
	return *v
}

// check runs every rule over the tables. A failure is a check with status
// fail and a warning naming the figures; nothing is corrected.
func check(tables []budgetpdf.BudgetTable, warnings []budgetpdf.Warning) ([]budgetpdf.BudgetCheck, []budgetpdf.Warning) {
	c := &checker{passed: map[string]int{}, pages: map[string]int{}}
	for i := range tables {
		t := &tables[i]
		if len(t.Pages) == 0 {
			continue
		}
		c.parentSums(t)
		c.totalSums(t)
		c.columnSums(t)
		c.balance(t)
		c.emptyStatement(t)
	}
	c.crossTables(tables)
	out := c.checks
	for _, k := range c.order {
		f := strings.SplitN(k, "|", 3)
		out = append(out, budgetpdf.BudgetCheck{Rule: f[0], Status: "pass", Kind: f[1], Page: c.pages[k],
			Message: fmt.Sprintf("%d sums agree", c.passed[k])})
	}
	return out, append(warnings, c.warnings...)
}

// parentSums: a row with children along the code hierarchy (or the
// numbering) equals their sum, in every column. Its children are the lines
// below it up to the next line of its rank: a table that prints one 类
// twice (a dual 部门/政府 经济分类 table: 301 over 501, then 301 over 505)
// sums each group apart.
func (c *checker) parentSums(t *budgetpdf.BudgetTable) {
	for i, p := range t.Rows {
		if p.Total || p.Level == 0 || p.Code != "" && p.Level == 3 {
			continue
		}
		id := p.Code
		if id == "" {
			id = p.Name
		}
		var kids []int
		subset := false
		for j := i + 1; j < len(t.Rows); j++ {
			k := t.Rows[j]
			if k.Side == p.Side && k.Level > 0 && k.Level <= p.Level {
				break // the next line of the parent's rank closes its group
			}
			if k.Side != p.Side || k.Parent != id || k.Level != p.Level+1 {
				continue
			}
			if p.Code == "" && strings.HasPrefix(forms.HeaderKey(k.Name), "其中") {
				subset = true
			}
			kids = append(kids, j)
		}
		if len(kids) == 0 || subset {
			continue
		}
		for col := range t.Columns {
			if t.Columns[col].Side != p.Side || rate(t.Columns[col]) {
				continue
			}
			sum, anyV := sumRows(t, kids, col)
			if !anyV && p.Values[col] == nil {
				continue
			}
			if differ(val(p.Values[col]), sum, Tolerance) {
				c.fail("parent_sum", t, p.Page, val(p.Values[col]), sum, t.MoneyUnit,
					fmt.Sprintf("%s under %q prints %s, its %d lines below sum to %s (%s %s)",
						rowName(p), t.Columns[col].Header, num(val(p.Values[col])), len(kids), num(sum), sign(sum-val(p.Values[col])), t.MoneyUnit))
			} else {
				c.pass("parent_sum", t)
			}
		}
	}
}

// rate: a column of percentages or ratios (增减(%), 比上年增长率), which
// no line's parts add up to.
func rate(c budgetpdf.BudgetColumn) bool {
	h := forms.HeaderKey(c.Header)
	return strings.ContainsAny(h, "%％") || strings.HasSuffix(h, "率") || strings.HasSuffix(h, "比重")
}

// sumRows adds column col over rows; any reports whether one of them prints
// a figure there (a blank is no 0).
func sumRows(t *budgetpdf.BudgetTable, rows []int, col int) (sum float64, any bool) {
	for _, j := range rows {
		sum += val(t.Rows[j].Values[col])
		any = any || t.Rows[j].Values[col] != nil
	}
	return sum, any
}

func sign(d float64) string {
	if d >= 0 {
		return "+" + num(d)
	}
	return num(d)
}

// totalSums: a 合计 row equals the sum of the level-1 rows above it (on
// its side) since the last total, plus that total (收入总计 = 本年收入合计
// + 上年结转).
func (c *checker) totalSums(t *budgetpdf.BudgetTable) {
	for _, side := range sidesOf(t) {
		var prev *budgetpdf.BudgetRow
		var since []int
		for i := range t.Rows {
			r := &t.Rows[i]
			if r.Side != side {
				continue
			}
			if !r.Total {
				if r.Level == 1 {
					since = append(since, i)
				}
				continue
			}
			if len(since) > 0 && levelsKnown(t, since) {
				for col := range t.Columns {
					if t.Columns[col].Side != side || rate(t.Columns[col]) {
						continue
					}
					sum, anyV := sumRows(t, since, col)
					if prev != nil {
						sum += val(prev.Values[col])
					}
					if !anyV && r.Values[col] == nil {
						continue
					}
					if differ(val(r.Values[col]), sum, Tolerance) {
						c.fail("total_sum", t, r.Page, val(r.Values[col]), sum, t.MoneyUnit,
							fmt.Sprintf("%s under %q prints %s, the lines above it sum to %s (%s %s)",
								r.Name, t.Columns[col].Header, num(val(r.Values[col])), num(sum), sign(sum-val(r.Values[col])), t.MoneyUnit))
					} else {
						c.pass("total_sum", t)
					}
				}
			}
			prev, since = r, nil
		}
	}
}

// levelsKnown: every row the check would add up is a level-1 row by
// evidence — a 类 code, or 一、 numbering. A row without either may be a
// sub-line the grid gave no indentation for (一般公共预算 under 一、财政拨款):
// adding it would report a sum the page never claims, so the check is not
// run.
func levelsKnown(t *budgetpdf.BudgetTable, rows []int) bool {
	for _, j := range rows {
		r := t.Rows[j]
		if r.Code != "" {
			continue
		}
		m := enumRe.FindStringSubmatch(forms.HeaderKey(r.Name))
		if m == nil || m[2] == "" {
			return false
		}
	}
	return true
}

func sidesOf(t *budgetpdf.BudgetTable) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range t.Rows {
		if !seen[r.Side] {
			seen[r.Side] = true
			out = append(out, r.Side)
		}
	}
	return out
}

// formula is one column identity: total = the sum of parts.
type formula struct {
	total int
	parts []int
	path  string
}

// formulas reads the column identities from the grouped header: under
// every header group, a 合计 / 小计 column equals the sum of the other
// columns of the group (a sub-group counted by its own 小计, or its
// columns when it prints none); 其中 columns are parts of a part.
func formulas(t *budgetpdf.BudgetTable, rolePaths [][]string) []formula {
	var out []formula
	type key struct {
		prefix, measure, side string
	}
	seen := map[key]bool{}
	for i, rp := range rolePaths {
		if len(rp) == 0 || !isTotalWord(rp[len(rp)-1]) {
			continue
		}
		prefix := rp[:len(rp)-1]
		k := key{strings.Join(prefix, "/"), t.Columns[i].Measure, t.Columns[i].Side}
		if seen[k] {
			continue
		}
		seen[k] = true
		f := formula{total: i, path: t.Columns[i].Header}
		groups := map[string][]int{}
		var order []string
		for j, q := range rolePaths {
			if j == i || len(q) <= len(prefix) || !hasPrefix(q, prefix) || t.Columns[j].Measure != t.Columns[i].Measure || t.Columns[j].Side != t.Columns[i].Side {
				continue
			}
			child := q[len(prefix)]
			if partOfPart(child) || besideThreePublic(t.Columns[i].Header, child) {
				continue
			}
			if _, ok := groups[child]; !ok {
				order = append(order, child)
			}
			groups[child] = append(groups[child], j)
		}
		for _, ch := range order {
			js := groups[ch]
			if len(js) == 1 {
				f.parts = append(f.parts, js[0])
				continue
			}
			sub := -1
			for _, j := range js {
				if q := rolePaths[j]; len(q) == len(prefix)+2 && isTotalWord(q[len(q)-1]) {
					sub = j
				}
			}
			if sub >= 0 {
				f.parts = append(f.parts, sub)
				continue
			}
			f.parts = append(f.parts, leafParts(rolePaths, js, len(prefix)+1)...)
		}
		if len(f.parts) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// leafParts are the parts of a header group without a 小计 of its own
// (the columns js, whose paths share their first depth levels): each
// child's 小计, else the child itself when it is a column, else its own
// parts, down the levels (本年收入 over 财政拨款 over 一般公共预算拨款).
func leafParts(rolePaths [][]string, js []int, depth int) []int {
	groups := map[string][]int{}
	var order []string
	for _, j := range js {
		q := rolePaths[j]
		if len(q) <= depth || partOfPart(q[depth]) {
			continue
		}
		if _, ok := groups[q[depth]]; !ok {
			order = append(order, q[depth])
		}
		groups[q[depth]] = append(groups[q[depth]], j)
	}
	var out []int
	for _, ch := range order {
		g := groups[ch]
		if len(g) == 1 && len(rolePaths[g[0]]) == depth+1 {
			out = append(out, g[0])
			continue
		}
		sub := -1
		for _, j := range g {
			if q := rolePaths[j]; len(q) == depth+2 && isTotalWord(q[len(q)-1]) {
				sub = j
			}
		}
		if sub >= 0 {
			out = append(out, sub)
			continue
		}
		out = append(out, leafParts(rolePaths, g, depth+1)...)
	}
	return out
}

func hasPrefix(q, p []string) bool {
	for i := range p {
		if q[i] != p[i] {
			return false
		}
	}
	return true
}

// columnSums: the column identities on every row (合计 = 基本支出 + 项目支出,
// 基本支出 = 人员经费 + 公用经费, 三公 = 出国 + 接待 + 公务用车 …).
func (c *checker) columnSums(t *budgetpdf.BudgetTable) {
	rule := "column_sum"
	if t.Kind == "three_public" {
		rule = "three_public_sum"
	}
	for _, f := range formulas(t, rolePathsOf(t)) {
		for _, r := range t.Rows {
			if r.Side != t.Columns[f.total].Side {
				continue
			}
			sum, anyV := 0.0, r.Values[f.total] != nil
			var terms []string
			for _, j := range f.parts {
				sum += val(r.Values[j])
				anyV = anyV || r.Values[j] != nil
				terms = append(terms, fmt.Sprintf("%s %s", lastPart(t.Columns[j].Header), num(val(r.Values[j]))))
			}
			if !anyV {
				continue
			}
			if differ(val(r.Values[f.total]), sum, Tolerance) {
				c.fail(rule, t, r.Page, val(r.Values[f.total]), sum, t.MoneyUnit,
					fmt.Sprintf("%s: %s prints %s, %s sum to %s (%s %s)", rowName(r), lastPart(f.path), num(val(r.Values[f.total])),
						strings.Join(terms, " + "), num(sum), sign(sum-val(r.Values[f.total])), t.MoneyUnit))
			} else {
				c.pass(rule, t)
			}
		}
	}
}

func rowName(r budgetpdf.BudgetRow) string {
	if s := strings.TrimSpace(r.Code + " " + r.Name); s != "" {
		return s
	}
	return "the row"
}

func lastPart(h string) string {
	if i := strings.LastIndex(h, "/"); i >= 0 {
		return h[i+1:]
	}
	return h
}

// rolePathsOf rebuilds the columns' paths without their measure.
func rolePathsOf(t *budgetpdf.BudgetTable) [][]string {
	out := make([][]string, len(t.Columns))
	for i, col := range t.Columns {
		p := strings.Split(col.Header, "/")
		if col.Measure != "" && len(p) > 1 {
			p = p[:len(p)-1]
		}
		out[i] = p
	}
	return out
}

// balance: a two-sided table's 收入总计 equals its 支出总计.
func (c *checker) balance(t *budgetpdf.BudgetTable) {
	inc, exp := sideTotal(t, "income", "收入总计"), sideTotal(t, "expenditure", "支出总计")
	if inc != nil && exp != nil && inc.what != exp.what && (key(inc.what) == "总计") != (key(exp.what) == "总计") {
		return // not the same line of the two sides
	}
	if inc == nil || exp == nil {
		return
	}
	if differ(*inc.v, *exp.v, Tolerance) {
		c.fail("balance", t, exp.page, *inc.v, *exp.v, t.MoneyUnit,
			fmt.Sprintf("收入总计 %s and 支出总计 %s differ by %s %s", num(*inc.v), num(*exp.v), num(*exp.v-*inc.v), t.MoneyUnit))
	} else {
		c.pass("balance", t)
	}
}

type figure struct {
	v    *float64
	page int
	unit string
	kind string
	what string
}

// sideTotal is a side's total row, the one named want when printed, in
// its first (total) column.
func sideTotal(t *budgetpdf.BudgetTable, side string, wants ...string) *figure {
	named := make([]*figure, len(wants))
	var total, last *figure
	for _, r := range t.Rows {
		if r.Side != side || !r.Total {
			continue
		}
		col := firstCol(t, side, "total")
		if col < 0 || r.Values[col] == nil {
			continue
		}
		f := &figure{v: r.Values[col], page: r.Page, unit: t.MoneyUnit, kind: t.Kind, what: r.Name}
		k := key(r.Name)
		for i, w := range wants {
			if strings.Contains(k, w) && named[i] == nil {
				named[i] = f
			}
		}
		if k == "总计" {
			total = f
		}
		last = f
	}
	for _, f := range named {
		if f != nil {
			return f
		}
	}
	if total != nil {
		return total
	}
	return last
}

// firstCol is the first column of a side with the role, or, for total,
// the side's first column when none has it.
func firstCol(t *budgetpdf.BudgetTable, side, role string) int {
	first := -1
	for i, col := range t.Columns {
		if col.Side != side {
			continue
		}
		if first < 0 {
			first = i
		}
		if col.Role == role && col.Measure != "final" {
			return i
		}
	}
	if role == "total" {
		return first
	}
	return -1
}

// totalRow is the value of a table's total row in a column of the role.
func totalRow(t *budgetpdf.BudgetTable, side, role string) *figure {
	col := firstCol(t, side, role)
	if col < 0 {
		return nil
	}
	for i := len(t.Rows) - 1; i >= 0; i-- {
		r := t.Rows[i]
		if r.Side == side && r.Total && r.Values[col] != nil {
			return &figure{v: r.Values[col], page: r.Page, unit: t.MoneyUnit, kind: t.Kind, what: r.Name + " " + lastPart(t.Columns[col].Header)}
		}
	}
	return nil
}

// crossTables: the same figure printed by several tables agrees (表间勾稽),
// compared in 万元 with the tolerance of the coarser unit.
func (c *checker) crossTables(tables []budgetpdf.BudgetTable) {
	facts := map[string][]*figure{}
	var order []string
	add := func(fact string, f *figure) {
		if f == nil {
			return
		}
		if _, ok := facts[fact]; !ok {
			order = append(order, fact)
		}
		facts[fact] = append(facts[fact], f)
	}
	byKind := map[string]*budgetpdf.BudgetTable{}
	for i := range tables {
		t := &tables[i]
		if byKind[t.Kind] == nil {
			byKind[t.Kind] = t
		}
	}
	withCarryover := byKind["income"] != nil && (carriesOver(byKind["income"]) || beyondTheYear(byKind["summary"], byKind["income"]))
	if t := byKind["summary"]; t != nil {
		if withCarryover {
			add("收入总计", grandTotal(t, "income"))
		} else {
			add("总收入", sideTotal(t, "income", "本年收入合计", "收入合计", "收入总计"))
		}
		add("总支出", sideTotal(t, "expenditure", "本年支出合计", "支出合计", "支出总计"))
	}
	if t := byKind["income"]; t != nil {
		fact := "总收入"
		if withCarryover {
			fact = "收入总计" // its 合计 counts the 上年结转 column in
		}
		add(fact, totalRow(t, "", "total"))
	}
	if t := byKind["expenditure"]; t != nil {
		add("总支出", totalRow(t, "", "total"))
		add("基本支出", totalRow(t, "", "basic"))
		add("项目支出", totalRow(t, "", "project"))
	}
	if t := byKind["summary"]; t != nil {
		add("基本支出", totalRow(t, "expenditure", "basic"))
		add("项目支出", totalRow(t, "expenditure", "project"))
	}
	if t := byKind["fiscal_summary"]; t != nil {
		add("财政拨款支出", sideTotal(t, "expenditure", "本年支出合计", "支出合计", "支出总计"))
		add("一般公共预算支出", totalRow(t, "expenditure", "general"))
		add("政府性基金预算支出", totalRow(t, "expenditure", "fund"))
		add("国有资本经营预算支出", totalRow(t, "expenditure", "state_capital"))
	}
	if t := byKind["general_expenditure"]; t != nil {
		add("一般公共预算支出", totalRow(t, "", "total"))
		add("一般公共预算基本支出", totalRow(t, "", "basic"))
	}
	if t := byKind["basic_expenditure"]; t != nil {
		add("一般公共预算基本支出", partsTotal(t))
	}
	if t := byKind["fund_expenditure"]; t != nil && !t.Empty {
		add("政府性基金预算支出", totalRow(t, "", "total"))
	}
	if t := byKind["state_capital_expenditure"]; t != nil && !t.Empty {
		add("国有资本经营预算支出", totalRow(t, "", "total"))
	}
	for _, fact := range order {
		fs := facts[fact]
		for _, f := range fs[1:] {
			a, b := toWan(*fs[0].v, fs[0].unit), toWan(*f.v, f.unit)
			tol := math.Max(toWan(Tolerance, fs[0].unit), toWan(Tolerance, f.unit))
			unit, diff := "万元", sign4(b-a)
			if fs[0].unit == f.unit {
				// one unit: compare as printed
				a, b, tol, unit, diff = *fs[0].v, *f.v, Tolerance, f.unit, sign(*f.v-*fs[0].v)
			}
			t := byKind[f.kind]
			if differ(a, b, tol) {
				c.fail("cross_table", t, f.page, a, b, unit,
					fmt.Sprintf("%s: %s (%s, p%d) prints %s %s, %s (%s, p%d) prints %s %s (%s %s)", fact,
						fs[0].kind, fs[0].what, fs[0].page, num(*fs[0].v), fs[0].unit, f.kind, f.what, f.page, num(*f.v), f.unit, diff, unit))
			} else {
				c.pass("cross_table", t)
			}
		}
	}
}

// carriesOver: an income table whose 合计 counts a 上年结转 column that
// prints an amount other than 0, so that its total is the 收支总表's
// 收入总计, not its 本年收入合计.
func carriesOver(t *budgetpdf.BudgetTable) bool { return countsRole(t, "carryover") }

// countsRole: the table's total row prints an amount other than 0 in a
// column of the role.
func countsRole(t *budgetpdf.BudgetTable, role string) bool {
	f := totalRow(t, "", role)
	return f != nil && *f.v != 0
}

// beyondTheYear: the 收支总表 lists, between its 本年收入合计 and its
// 收入总计, a line (上级补助收入, 上年结转 …) that the income table prints
// as a column with an amount in its 合计 row: the income table's 合计 is
// then the 收入总计, not the year's income (烟台住建 04: 上级补助收入 60.00
// below 本年收入合计 on p9, a column of 收入总体情况表 on p10).
func beyondTheYear(summary, income *budgetpdf.BudgetTable) bool {
	if summary == nil || income == nil {
		return false
	}
	after := false
	for _, r := range summary.Rows {
		if r.Side != "income" {
			continue
		}
		k := key(r.Name)
		switch {
		case strings.Contains(k, "本年收入合计"):
			after = true
			continue
		case strings.Contains(k, "收入总计"):
			return false
		case !after:
			continue
		}
		role, _ := lookup("role", r.Name)
		if !r.Total && role != "" && role != "total" && role != "subtotal" && countsRole(income, role) {
			return true
		}
	}
	return false
}

func sign4(d float64) string {
	s := fmt.Sprintf("%+.4f", d)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// emptyStatement: a table that prints no amount says why (本表无数据 …).
func (c *checker) emptyStatement(t *budgetpdf.BudgetTable) {
	if !t.Empty {
		return
	}
	for _, n := range t.Notes {
		if statementRe.MatchString(n) || narrativeEmpty.MatchString(n) {
			c.pass("empty_statement", t)
			return
		}
	}
	c.checks = append(c.checks, budgetpdf.BudgetCheck{Rule: "empty_statement", Status: "fail", Kind: t.Kind, Page: t.Pages[0],
		Message: fmt.Sprintf("%s prints no amount and no statement why (本表无数据 …)", titleOr(t))})
	c.warnings = append(c.warnings, budgetpdf.Warning{Page: t.Pages[0], Code: budgetpdf.WarnBudgetCheck,
		Message: fmt.Sprintf("empty_statement (%s): %s prints no amount and no statement why", t.Kind, titleOr(t))})
}

func titleOr(t *budgetpdf.BudgetTable) string {
	if t.Title != "" {
		return t.Title
	}
	return "the " + t.Kind + " table"
}

// partsTotal is a table's total: its total row, or the sum of its halves'
// totals when it prints two (人员经费合计 | 公用经费合计).
func partsTotal(t *budgetpdf.BudgetTable) *figure {
	if f := totalRow(t, "", "total"); f != nil {
		return f
	}
	var out *figure
	for _, side := range sidesOf(t) {
		if !strings.HasPrefix(side, "part") {
			return nil
		}
		f := totalRow(t, side, "total")
		if f == nil {
			return nil
		}
		if out == nil {
			v := *f.v
			out = &figure{v: &v, page: f.page, unit: f.unit, kind: f.kind, what: f.what}
			continue
		}
		*out.v += *f.v
		out.what += " + " + f.what
	}
	return out
}

// besideThreePublic: a column printed beside the 三公 items, under the same
// header level as its 合计 but no part of it (会议费, 培训费 and 机关运行经费
// in a “三公”经费、会议费、培训费 table).
func besideThreePublic(total, child string) bool {
	if !strings.Contains(total, "三公") {
		return false
	}
	k := forms.HeaderKey(child)
	return strings.Contains(k, "会议费") || strings.Contains(k, "培训费") || strings.Contains(k, "机关运行经费")
}

// partOfPart: a column that is no part of the sum beside the others: a
// part of a part (其中…), or a figure restated after a deduction
// (扣除基建项目后预算数), or a memo of the lines' 政府采购 share printed
// beside their parts (深圳 p20: 2026年政府采购项目/小计).
func partOfPart(header string) bool {
	k := forms.HeaderKey(header)
	return strings.HasPrefix(k, "其中") || strings.Contains(k, "扣除") || strings.Contains(k, "政府采购")
}
