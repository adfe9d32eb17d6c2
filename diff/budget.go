package diff

import budgetpdf "github.com/budgetpdf/budgetpdf"

// budgetChanges lists the budget amounts that differ. A side without any
// amount (a form without a budget row) is not compared; fiscal and other
// are compared only when both sides print that split, and there a blank
// cell equals a printed 0.
func budgetChanges(o, n budgetpdf.Budget, base Change) []Change {
	if empty(o) || empty(n) {
		return nil
	}
	var out []Change
	add := func(field string, a, b *float64) {
		c := base
		c.Kind, c.Field, c.From, c.To = BudgetChanged, field, number(a), number(b)
		out = append(out, c)
	}
	if !sameAmount(o.Total, n.Total, false) {
		add("total", o.Total, n.Total)
	}
	if split(o) && split(n) {
		if !sameAmount(o.Fiscal, n.Fiscal, true) {
			add("fiscal", o.Fiscal, n.Fiscal)
		}
		if !sameAmount(o.Other, n.Other, true) {
			add("other", o.Other, n.Other)
		}
	}
	return out
}

func empty(b budgetpdf.Budget) bool { return b.Total == nil && !split(b) }
func split(b budgetpdf.Budget) bool { return b.Fiscal != nil || b.Other != nil }

// sameAmount compares two cells; blankIsZero makes a blank equal to 0.
func sameAmount(a, b *float64, blankIsZero bool) bool {
	if blankIsZero {
		a, b = orZero(a), orZero(b)
	}
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return sameNumber(*a, *b)
}

func orZero(p *float64) *float64 {
	if p == nil {
		return budgetpdf.Float(0)
	}
	return p
}

// number is p's value for a Change: a float64, or nil for a blank cell.
func number(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// planChange reports a changed spending plan, only when both sides print one.
func planChange(o, n []budgetpdf.PlanStep, base Change) []Change {
	if len(o) == 0 || len(n) == 0 || samePlan(o, n) {
		return nil
	}
	c := base
	c.Kind, c.Field, c.From, c.To = PlanChanged, "plan", o, n
	return []Change{c}
}

func samePlan(o, n []budgetpdf.PlanStep) bool {
	if len(o) != len(n) {
		return false
	}
	for i := range o {
		if textKey(o[i].Period) != textKey(n[i].Period) || !sameAmount(o[i].Value, n[i].Value, false) {
			return false
		}
	}
	return true
}

// goalChange reports a changed goal text, only when both sides print one.
func goalChange(o, n string, base Change) []Change {
	if o == "" || n == "" || textKey(o) == textKey(n) {
		return nil
	}
	c := base
	c.Kind, c.Field, c.From, c.To = GoalChanged, "goal", o, n
	return []Change{c}
}
