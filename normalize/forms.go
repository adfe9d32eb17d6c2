package normalize

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/target"
)

// form is one target form being assembled from one or more grids: a
// project table (or the department table), its header block and its
// indicator rows, possibly continued over pages.
type form struct {
	department bool
	project    budgetpdf.Project
	hasBlock   bool // a header block with labels was seen
	cols       *columnMap
	ncols      int
	colX       []float64
	level1     string
	level2     string
	// pendingPeriods are plan periods printed at the foot of a page, whose
	// values start the next page.
	pendingPeriods []*Cell
	// atFoot marks that the last indicator came from the last row of its
	// grid: the foot of a page, where a row may be cut in two.
	atFoot bool
	// lastGrid is the grid the last indicator came from.
	lastGrid  *Grid
	pages     map[int]bool
	moneyUnit string
	firstPage int
}

func newForm() *form {
	return &form{pages: map[int]bool{}, project: budgetpdf.Project{Plan: []budgetpdf.PlanStep{}, Indicators: []budgetpdf.Indicator{}}}
}

// formParser walks the grids of a document in order and assembles forms.
type formParser struct {
	forms    []*form
	cur      *form
	warnings []budgetpdf.Warning
	warned   map[string]bool
	unitName string // 部门（单位）名称 of a department table
}

// addGrid feeds one grid. It reports whether the grid belongs to a form.
func (fp *formParser) addGrid(g *Grid) bool {
	used := false
	for r := 0; r < g.NumRows(); r++ {
		row := rowTexts(g, r)
		if r == 0 && fp.pendingPlan(g) {
			used = true
			continue
		}
		if fp.labelRow(g, r) {
			used = true
			continue
		}
		if cm, ok := mapHeader(row); ok {
			fp.warnUnknownColumns(g, cm)
			fp.ensureForm(g)
			fp.cur.cols, fp.cur.ncols, fp.cur.colX = &cm, g.NumCols(), g.ColX
			fp.cur.pages[g.Page] = true
			used = true
			continue
		}
		if fp.cur != nil && fp.cur.cols != nil && fp.compatible(g) {
			if fp.indicatorRow(g, r, row) {
				used = true
			}
		}
	}
	return used
}

func (fp *formParser) ensureForm(g *Grid) {
	if fp.cur == nil {
		fp.cur = newForm()
		fp.cur.firstPage = g.Page
		fp.forms = append(fp.forms, fp.cur)
	}
}

// compatible: a continuation fragment has the form's column count, or
// column boundaries at the same places.
func (fp *formParser) compatible(g *Grid) bool {
	f := fp.cur
	if g.NumCols() == f.ncols {
		return true
	}
	if len(g.ColX) == 0 || len(f.colX) == 0 {
		return false
	}
	return math.Abs(g.ColX[0]-f.colX[0]) < 3 && math.Abs(g.ColX[len(g.ColX)-1]-f.colX[len(f.colX)-1]) < 3
}

// rowTexts gives a row's text per column, a merged cell's text only at its
// first column (covered columns are "").
func rowTexts(g *Grid, r int) []string {
	out := make([]string, g.NumCols())
	for c := range out {
		if cell := g.At(r, c); cell != nil && cell.Col == c {
			out[c] = cell.Text
		}
	}
	return out
}

// labelRow reads a header-block row (项目名称 …, 预算数 …, plan periods).
func (fp *formParser) labelRow(g *Grid, r int) bool {
	cells := g.RowCells(r)
	found := false
	for i, cell := range cells {
		l := formLabel(cell.Text)
		if l == labelNone {
			continue
		}
		fp.startFormIfNeeded(g, l)
		found = true
		fp.cur.pages[g.Page] = true
		if u := moneyUnitOf(cell.Text); u != "" && fp.cur.moneyUnit == "" {
			fp.cur.moneyUnit = u
		}
		text, ok := valueRight(cells, i)
		fp.applyLabel(g, cell, l, text, ok)
	}
	if !found && fp.cur != nil && fp.cur.cols == nil && fp.planRow(g, r) {
		return true
	}
	if found {
		fp.planRow(g, r)
	}
	return found
}

// startFormIfNeeded begins a new form at a label that the current form
// already has a value for, or after the current form's indicator rows.
func (fp *formParser) startFormIfNeeded(g *Grid, l label) {
	f := fp.cur
	switch {
	case f == nil:
	case len(f.project.Indicators) > 0:
	case l == labelName && f.project.Name != "":
	case l == labelCode && f.project.Code != "":
	case l == labelDepartment && f.department:
	default:
		return
	}
	fp.cur = newForm()
	fp.cur.firstPage = g.Page
	fp.cur.hasBlock = true
	fp.forms = append(fp.forms, fp.cur)
}

// valueRight is the text of the first non-label cell right of cells[i], and
// whether there is one.
func valueRight(cells []*Cell, i int) (string, bool) {
	for _, c := range cells[i+1:] {
		if formLabel(c.Text) != labelNone {
			return "", false
		}
		return c.Text, true
	}
	return "", false
}

// applyLabel stores a header-block value. A label whose value is not to
// its right (预算规模及资金用途 over the purpose text) looks below, inside
// its own row span.
func (fp *formParser) applyLabel(g *Grid, cell *Cell, l label, text string, ok bool) {
	f := fp.cur
	p := &f.project
	switch l {
	case labelDepartment:
		f.department = true
		if ok && fp.unitName == "" {
			fp.unitName = text
		}
	case labelCode:
		if ok {
			p.Code = text
		}
	case labelName:
		if ok {
			p.Name = text
		}
	case labelTotal, labelFiscal, labelOther:
		if !ok {
			return
		}
		var v *float64
		if x, isNum := parseAmount(text); isNum {
			v = budgetpdf.Float(x)
		}
		switch l {
		case labelTotal:
			p.Budget.Total = v
		case labelFiscal:
			p.Budget.Fiscal = v
		default:
			p.Budget.Other = v
		}
	case labelPurpose:
		if ok && !numeric(text) {
			p.Purpose = text
		} else if t := textBelow(g, cell); t != "" {
			p.Purpose = t
		}
	case labelGoal:
		if ok {
			p.Goal = text
		} else if t := textBelow(g, cell); t != "" {
			p.Goal = t
		}
	}
}

func numeric(s string) bool {
	_, ok := parseAmount(s)
	return ok
}

// textBelow finds the single free-text cell in the rows a spanning label
// covers below its first row.
func textBelow(g *Grid, label *Cell) string {
	for r := label.Row + 1; r < label.Row+label.RowSpan; r++ {
		for _, c := range g.RowCells(r) {
			if c.Col > label.Col && c.Text != "" && formLabel(c.Text) == labelNone && !numeric(c.Text) && !isPeriod(c.Text) {
				return c.Text
			}
		}
	}
	return ""
}

// planRow reads a spending plan: a row of periods (3月底 …) with the values
// in the row below, matched by column.
func (fp *formParser) planRow(g *Grid, r int) bool {
	var periods []*Cell
	for _, c := range g.RowCells(r) {
		if isPeriod(c.Text) {
			periods = append(periods, c)
		}
	}
	if len(periods) < 2 {
		return false
	}
	if r+1 >= g.NumRows() {
		// The values are printed on the next page: pair them there.
		fp.ensureForm(g)
		fp.cur.pendingPeriods = periods
		return true
	}
	values := numericCells(g, r+1)
	inOrder := !g.Ruled && len(values) == len(periods)
	var plan []budgetpdf.PlanStep
	for i, pc := range periods {
		step := budgetpdf.PlanStep{Period: pc.Text}
		vc := valueUnder(g, r+1, pc)
		if inOrder {
			vc = values[i] // unruled: periods centred, values left-aligned; the order is what holds
		}
		if vc != nil {
			if v, ok := parseAmount(vc.Text); ok {
				step.Value = budgetpdf.Float(v)
			}
		}
		plan = append(plan, step)
	}
	fp.ensureForm(g)
	fp.cur.project.Plan = plan
	return true
}

// numericCells lists the numeric cells of row r, left to right.
func numericCells(g *Grid, r int) []*Cell {
	var out []*Cell
	for _, c := range g.RowCells(r) {
		if numeric(c.Text) {
			out = append(out, c)
		}
	}
	return out
}

// valueUnder finds the cell of row r printed under a period cell: the one
// sharing its column on a ruled grid, else the one it overlaps most.
func valueUnder(g *Grid, r int, pc *Cell) *Cell {
	if g.Ruled {
		if vc := g.At(r, pc.Col); vc != nil && vc.Row == r {
			return vc
		}
		return nil
	}
	var best *Cell
	bestD := math.Inf(1)
	for _, c := range g.RowCells(r) {
		if c.X1 <= c.X0 {
			continue
		}
		d := math.Abs((c.X0+c.X1)/2 - (pc.X0+pc.X1)/2)
		if d < bestD && numeric(c.Text) {
			best, bestD = c, d
		}
	}
	if best != nil && bestD > 2*(pc.X1-pc.X0)+20 {
		return nil
	}
	return best
}

// pendingPlan pairs plan periods left at the foot of the previous page with
// the values in the first row of this grid.
func (fp *formParser) pendingPlan(g *Grid) bool {
	if fp.cur == nil || fp.cur.pendingPeriods == nil {
		return false
	}
	periods := fp.cur.pendingPeriods
	fp.cur.pendingPeriods = nil
	values := numericCells(g, 0)
	if len(values) != len(periods) {
		return false
	}
	plan := make([]budgetpdf.PlanStep, len(periods))
	for i, pc := range periods {
		v, _ := parseAmount(values[i].Text)
		plan[i] = budgetpdf.PlanStep{Period: pc.Text, Value: budgetpdf.Float(v)}
	}
	fp.cur.project.Plan = plan
	fp.cur.pages[g.Page] = true
	return true
}

// indicatorRow reads one row of an indicator table.
func (fp *formParser) indicatorRow(g *Grid, r int, row []string) bool {
	f := fp.cur
	cm := f.cols
	get := func(ro role) string {
		c := cm.col(ro)
		if c < 0 || c >= g.NumCols() {
			return ""
		}
		if cell := g.At(r, c); cell != nil {
			return cell.Text
		}
		return ""
	}
	if l1 := get(roleLevel1); l1 != "" {
		if l1 != f.level1 {
			f.level2 = ""
		}
		f.level1 = l1
	}
	if l2 := get(roleLevel2); l2 != "" {
		f.level2 = l2
	}
	name := get(roleName)
	value := get(roleTarget)
	if name == "" && value == "" {
		return strings.Join(row, "") != ""
	}
	ind := budgetpdf.Indicator{
		Level1: f.level1, Level2: f.level2, Name: name,
		Description: get(roleDescription), Basis: get(roleBasis),
		Extra: map[string]string{}, Page: g.Page,
	}
	if cm.col(roleLevel2) < 0 {
		ind.Level2 = ""
	}
	l1, l2 := get(roleLevel1), get(roleLevel2)
	if fp.mergeSplitRow(g, &ind, value, l1, l2, get) {
		return true
	}
	ind.Target = composeTarget(get(roleSign), value, get(roleUnit))
	res := target.Parse(ind.Target, name)
	ind.Op, ind.Value, ind.Unit = res.Op, res.Value, res.Unit
	for c, ro := range cm.roles {
		if (ro == roleNone || ro == roleSign) && c < len(row) && cm.headers[c] != "" {
			if cell := g.At(r, c); cell != nil {
				ind.Extra[cm.headers[c]] = cell.Text
			}
		}
	}
	fp.warnUnknownLevels(g.Page, ind)
	f.project.Indicators = append(f.project.Indicators, ind)
	f.pages[g.Page] = true
	f.atFoot, f.lastGrid = r == g.NumRows()-1, g
	return true
}

// mergeSplitRow completes an indicator whose row a page break cut in two:
// the last row at the foot of one page and the first row of the next
// page's fragment, with no level label of its own, where one of the two
// halves has no target (a target is never blank in a whole row).
func (fp *formParser) mergeSplitRow(g *Grid, ind *budgetpdf.Indicator, value, l1, l2 string, get func(role) string) bool {
	f := fp.cur
	n := len(f.project.Indicators)
	if n == 0 || !f.atFoot || f.lastGrid == g || f.project.Indicators[n-1].Page >= g.Page {
		return false
	}
	prev := &f.project.Indicators[n-1]
	if (l1 != "" && l1 != prev.Level1) || (l2 != "" && l2 != prev.Level2) {
		return false
	}
	rest := composeTarget(get(roleSign), value, get(roleUnit))
	if prev.Target != "" && rest != "" {
		return false
	}
	f.atFoot = false
	prev.Name = cjk.Join(prev.Name, ind.Name)
	prev.Description = cjk.Join(prev.Description, ind.Description)
	prev.Basis = cjk.Join(prev.Basis, ind.Basis)
	if prev.Target == "" {
		prev.Target = rest
	}
	res := target.Parse(prev.Target, prev.Name)
	prev.Op, prev.Value, prev.Unit = res.Op, res.Value, res.Unit
	for k, v := range ind.Extra {
		prev.Extra[k] = cjk.Join(prev.Extra[k], v)
	}
	f.pages[g.Page] = true
	return true
}

// composeTarget joins a target split over sign / value / unit columns.
func composeTarget(sign, value, unit string) string {
	s := strings.TrimSpace(sign)
	switch s {
	case "≥", "≤", ">", "<", "＞", "＜", ">=", "<=", "≧", "≦":
	default:
		s = ""
	}
	if value == "" {
		return ""
	}
	return s + value + unit
}

// finish turns the assembled forms into projects and the department table,
// checking sums.
func (fp *formParser) finish() (projects []budgetpdf.Project, dept *budgetpdf.Department, moneyUnit string) {
	projects = []budgetpdf.Project{}
	for _, f := range fp.forms {
		if moneyUnit == "" {
			moneyUnit = f.moneyUnit
		}
		if f.department {
			if dept == nil {
				dept = &budgetpdf.Department{Goal: f.project.Goal, Indicators: f.project.Indicators}
			} else {
				dept.Indicators = append(dept.Indicators, f.project.Indicators...)
			}
			continue
		}
		if f.project.Name == "" && f.project.Code == "" && len(f.project.Indicators) == 0 {
			continue
		}
		p := f.project
		for pg := range f.pages {
			p.Pages = append(p.Pages, pg)
		}
		sort.Ints(p.Pages)
		fp.check(p, f.firstPage)
		projects = append(projects, p)
	}
	return projects, dept, moneyUnit
}

// check records sums that do not add up; it never changes a value.
func (fp *formParser) check(p budgetpdf.Project, page int) {
	b := p.Budget
	if b.Total != nil && b.Fiscal != nil {
		other := 0.0
		if b.Other != nil {
			other = *b.Other
		}
		if math.Abs(*b.Fiscal+other-*b.Total) > 0.011 {
			fp.warnings = append(fp.warnings, budgetpdf.Warning{Page: page, Code: budgetpdf.WarnBudgetSum,
				Message: fmt.Sprintf("%s: 财政资金 %.2f + 其他资金 %.2f ≠ 预算数 %.2f", p.Name, *b.Fiscal, other, *b.Total)})
		}
	}
	if n := len(p.Plan); n > 0 && p.Plan[n-1].Value != nil {
		last := *p.Plan[n-1].Value
		if math.Abs(last-100) > 0.011 && (b.Total == nil || math.Abs(last-*b.Total) > 0.011) {
			fp.warnings = append(fp.warnings, budgetpdf.Warning{Page: page, Code: budgetpdf.WarnPlanEnd,
				Message: fmt.Sprintf("%s: last plan value %.2f is neither the total nor 100", p.Name, last)})
		}
	}
}

// warnUnknownColumns notes header cells that map to no field and are not a
// known extra column: their text is kept in extra, but a user should know.
func (fp *formParser) warnUnknownColumns(g *Grid, cm columnMap) {
	for i, r := range cm.roles {
		h := cm.headers[i]
		if r != roleNone || h == "" || knownExtras[headerKey(h)] {
			continue
		}
		fp.warnOnce(g.Page, budgetpdf.WarnUnknownHeader, fmt.Sprintf("column %q is not a known indicator column; kept in extra", h))
	}
}

// warnUnknownLevels notes 一级/二级 labels outside the known vocabulary.
func (fp *formParser) warnUnknownLevels(page int, ind budgetpdf.Indicator) {
	if l := headerKey(ind.Level1); l != "" && !level1Words[l] {
		fp.warnOnce(page, budgetpdf.WarnUnknownLevel, fmt.Sprintf("一级指标 %q is outside the known vocabulary", ind.Level1))
	}
	if l := headerKey(ind.Level2); l != "" && level2Parent[l] == "" {
		fp.warnOnce(page, budgetpdf.WarnUnknownLevel, fmt.Sprintf("二级指标 %q is outside the known vocabulary", ind.Level2))
	}
}

func (fp *formParser) warnOnce(page int, code, msg string) {
	if fp.warned == nil {
		fp.warned = map[string]bool{}
	}
	if fp.warned[msg] {
		return
	}
	fp.warned[msg] = true
	fp.warnings = append(fp.warnings, budgetpdf.Warning{Page: page, Code: code, Message: msg})
}
