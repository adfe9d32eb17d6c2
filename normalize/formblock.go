package normalize

import (
	"math"

	"github.com/budgetpdf/budgetpdf"
)

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
	fp.planValues.g, fp.planValues.r = g, r+1
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
