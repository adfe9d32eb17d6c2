package forms

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// labelRow reads a header-block row (项目名称 …, 预算数 …, plan periods).
func (fp *Parser) labelRow(g *layout.Grid, r int) bool {
	cells := g.RowCells(r)
	found := false
	labels := make([]Label, len(cells))
	for i, cell := range cells {
		labels[i] = cellLabel(cell.Text)
	}
	amounts := amountLabelRow(labels)
	for i, cell := range cells {
		l := labels[i]
		if l == LabelNone && amounts && sumWord(cell.Text) {
			l = LabelTotal // 合计 among 当年财政拨款 | 其他资金 is their total
		}
		text, ok := "", false
		if l == LabelNone {
			// a label and its value in one cell: 项目名称：城乡环境整治
			if l, text = inlineLabel(cell.Text); l == LabelNone {
				continue
			}
			ok = true
		} else {
			text, ok = valueRight(cells, labels, i)
		}
		if !opening(l) && !fp.inBlock() {
			continue // an amount or goal label opens no form (a budget table prints 财政拨款 too)
		}
		fp.startFormIfNeeded(g, l)
		found = true
		fp.cur.pages[g.Page] = true
		if u := MoneyUnitOf(cell.Text); u != "" && fp.cur.moneyUnit == "" {
			fp.cur.moneyUnit = u
		}
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

// amountLabelRow: the row prints two amount labels or more (a row of
// labels over their amounts, or label | value pairs).
func amountLabelRow(labels []Label) bool {
	n := 0
	for _, l := range labels {
		switch l {
		case LabelTotal, LabelFiscal, LabelOther:
			n++
		}
	}
	return n >= 2
}

// sumWord: 合计, 小计, 总计.
func sumWord(text string) bool {
	switch HeaderKey(text) {
	case "合计", "小计", "总计":
		return true
	}
	return false
}

// opening: a label that opens a form's header block.
func opening(l Label) bool {
	return l == LabelName || l == LabelCode || l == LabelDepartment
}

// inBlock: a form is open and still in its header block (no indicator
// header or row yet), where amount, goal and plan labels belong.
func (fp *Parser) inBlock() bool {
	f := fp.cur
	return f != nil && f.cols == nil && len(f.project.Indicators) == 0
}

// inlineLabel splits a cell that prints a label and its value together,
// the label first and a colon between (项目名称：城乡环境整治, 资金总额:47.50).
func inlineLabel(text string) (Label, string) {
	i := strings.IndexAny(text, "：:")
	if i <= 0 {
		return LabelNone, ""
	}
	l := cellLabel(text[:i])
	if l == LabelNone || l == LabelOtherInfo || l == LabelPlan {
		return LabelNone, ""
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	value := strings.TrimSpace(text[i+size:])
	if value == "" {
		return LabelNone, ""
	}
	return l, value
}

// startFormIfNeeded begins a new form at a label that the current form
// already has a value for, or after the current form's indicator rows.
func (fp *Parser) startFormIfNeeded(g *layout.Grid, l Label) {
	f := fp.cur
	switch {
	case f == nil:
	case len(f.project.Indicators) > 0:
	case l == LabelName && f.project.Name != "":
	case l == LabelName && (f.department || f.byCaption):
		// a project's name after a department table's caption or label:
		// the project's own form
	case l == LabelDepartment && f.project.Name != "":
	case l == LabelCode && f.project.Code != "":
	case l == LabelDepartment && f.department:
	default:
		return
	}
	fp.cur = newForm()
	fp.cur.firstPage = g.Page
	fp.cur.hasBlock = true
	fp.forms = append(fp.forms, fp.cur)
}

// valueRight is the text of the cell right of cells[i] when it is no label
// (labels[j] is cells[j]'s), and whether there is one.
func valueRight(cells []*layout.Cell, labels []Label, i int) (string, bool) {
	if i+1 >= len(cells) || labels[i+1] != LabelNone {
		return "", false
	}
	return cells[i+1].Text, true
}

// applyLabel stores a header-block value. A label whose value is not to
// its right (预算规模及资金用途 over the purpose text) looks below, inside
// its own row span.
func (fp *Parser) applyLabel(g *layout.Grid, cell *layout.Cell, l Label, text string, ok bool) {
	f := fp.cur
	p := &f.project
	switch l {
	case LabelDepartment:
		f.department = true
		if ok && fp.UnitName == "" {
			fp.UnitName = text
		}
	case LabelCode:
		if ok {
			p.Code = text
		}
	case LabelName:
		if ok {
			p.Name = text
		}
	case LabelTotal, LabelFiscal, LabelOther:
		if !ok || !Numeric(text) {
			// labels in a row over their amounts (资金总额 | 财政拨款 |
			// 其他资金, or 合计 | 当年财政拨款 | 上年结转 under 预算金额)
			if t, r := amountUnder(g, cell); t != "" {
				text, ok = t, true
				fp.markRead(g, r)
			}
		}
		if !ok {
			return
		}
		var v *float64
		if x, isNum := ParseAmount(text); isNum {
			v = budgetpdf.Float(x)
		}
		switch l {
		case LabelTotal:
			p.Budget.Total = v
		case LabelFiscal:
			p.Budget.Fiscal = v
		default:
			p.Budget.Other = v
		}
	case LabelPurpose:
		if ok && !Numeric(text) {
			p.Purpose = text
		} else if t := textBelow(g, cell); t != "" {
			p.Purpose = t
		}
	case LabelGoal:
		below := textBelow(g, cell)
		_, w := scoreHeader(below).best()
		switch {
		case w >= 0.5 && utf8.RuneCountInString(below) <= 16:
			// the label's rows reach down to the indicator header (湖南
			// 整体绩效目标 beside 部门整体支出年度绩效目标 over 一级指标 …):
			// what stands beside it is a group label, not its value; the
			// goal column's cell below gives the goal (goalFromColumn)
		case ok && !subHeader(text):
			p.Goal = text
		case below != "":
			p.Goal = below
		default:
			if t, r := fp.textUnder(g, cell); t != "" {
				p.Goal = t
				fp.markRead(g, r)
			} else if ok {
				p.Goal = text
			}
		}
	}
}

// amountUnder is the amount printed in the cell right under a label, in
// the row after the label's rows and starting in its column, with that
// row; "" when that cell is no amount (a stack of label | value rows puts
// the next label there) or the row prints more than amounts (the first
// body row of a table whose grouped header holds 资金总额).
func amountUnder(g *layout.Grid, label *layout.Cell) (string, int) {
	r := label.Row + label.RowSpan
	if r >= g.NumRows() || !amountsOnly(g, r) {
		return "", 0
	}
	c := g.Anchor(r, label.Col)
	if c == nil || c.ColSpan != label.ColSpan || !Numeric(c.Text) {
		return "", 0
	}
	return c.Text, r
}

// amountsOnly: every cell that starts in row r is blank or an amount.
func amountsOnly(g *layout.Grid, r int) bool {
	for _, c := range g.RowCells(r) {
		if c.Row == r && strings.TrimSpace(c.Text) != "" && !Numeric(c.Text) {
			return false
		}
	}
	return true
}

// subHeader: a short phrase beside a label, the heading of a column of
// texts (实际完成情况), not the label's value.
func subHeader(text string) bool {
	k := HeaderKey(text)
	return k != "" && utf8.RuneCountInString(k) <= 8 && allHan(k)
}

// textUnder is the text printed in the row under a label, under the
// label's own columns (当年整体绩效目标 over its text; 预期目标（年初设定）
// over the expected goal), with that row; "" when none.
func (fp *Parser) textUnder(g *layout.Grid, label *layout.Cell) (string, int) {
	r := label.Row + label.RowSpan
	if r >= g.NumRows() {
		return "", 0
	}
	for _, c := range g.RowCells(r) {
		overlaps := c.Col < label.Col+label.ColSpan && c.Col+c.ColSpan > label.Col
		if overlaps && strings.TrimSpace(c.Text) != "" && cellLabel(c.Text) == LabelNone && !Numeric(c.Text) && !subHeader(c.Text) {
			return c.Text, r
		}
	}
	return "", 0
}

func Numeric(s string) bool {
	_, ok := ParseAmount(s)
	return ok
}

// textBelow finds the single free-text cell in the rows a spanning label
// covers below its first row.
func textBelow(g *layout.Grid, lc *layout.Cell) string {
	for r := lc.Row + 1; r < lc.Row+lc.RowSpan; r++ {
		for _, c := range g.RowCells(r) {
			if c.Col > lc.Col && c.Text != "" && FormLabel(c.Text) == LabelNone && !Numeric(c.Text) && !IsPeriod(c.Text) {
				return c.Text
			}
		}
	}
	return ""
}

// planRow reads a spending plan: a row of periods (3月底 …) with the values
// in the row below, matched by column.
func (fp *Parser) planRow(g *layout.Grid, r int) bool {
	var periods []*layout.Cell
	for _, c := range g.RowCells(r) {
		if IsPeriod(c.Text) {
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
	fp.markRead(g, r+1)
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
			if v, ok := ParseAmount(vc.Text); ok {
				step.Value = budgetpdf.Float(v)
			}
		}
		plan = append(plan, step)
	}
	fp.ensureForm(g)
	fp.cur.project.Plan = plan
	return true
}

// numericCells lists the Numeric cells of row r, left to right.
func numericCells(g *layout.Grid, r int) []*layout.Cell {
	var out []*layout.Cell
	for _, c := range g.RowCells(r) {
		if Numeric(c.Text) {
			out = append(out, c)
		}
	}
	return out
}

// valueUnder finds the cell of row r printed under a period cell: the one
// sharing its column on a ruled grid, else the one it overlaps most.
func valueUnder(g *layout.Grid, r int, pc *layout.Cell) *layout.Cell {
	if g.Ruled {
		if vc := g.At(r, pc.Col); vc != nil && vc.Row == r {
			return vc
		}
		return nil
	}
	var best *layout.Cell
	bestD := math.Inf(1)
	for _, c := range g.RowCells(r) {
		if c.X1 <= c.X0 {
			continue
		}
		d := math.Abs((c.X0+c.X1)/2 - (pc.X0+pc.X1)/2)
		if d < bestD && Numeric(c.Text) {
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
func (fp *Parser) pendingPlan(g *layout.Grid) bool {
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
		v, _ := ParseAmount(values[i].Text)
		plan[i] = budgetpdf.PlanStep{Period: pc.Text, Value: budgetpdf.Float(v)}
	}
	fp.cur.project.Plan = plan
	fp.cur.pages[g.Page] = true
	return true
}
