package diff

import (
	"fmt"
	"strings"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// tableKinds lists the kinds of d's budget tables, once each, in order.
func tableKinds(d *budgetpdf.Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range d.BudgetTables {
		if !seen[t.Kind] {
			seen[t.Kind] = true
			out = append(out, t.Kind)
		}
	}
	return out
}

// commonKinds lists the budget-table kinds both documents print, in NEW's
// order.
func commonKinds(old, new *budgetpdf.Document) []string { return kindsWhere(new, old, true) }

// onlyKinds lists the kinds a prints and b does not.
func onlyKinds(a, b *budgetpdf.Document) []string { return kindsWhere(a, b, false) }

// kindsWhere lists, in a's order, the kinds of a that b prints too (inB)
// or does not.
func kindsWhere(a, b *budgetpdf.Document, inB bool) []string {
	in := map[string]bool{}
	for _, k := range tableKinds(b) {
		in[k] = true
	}
	var out []string
	for _, k := range tableKinds(a) {
		if in[k] == inB {
			out = append(out, k)
		}
	}
	return out
}

// budgetNotes say which budget tables were not compared: those of one
// side when the other has none, or kinds printed on one side only (o and
// n name the sides). Two documents without budget tables get no note:
// the counts line says so.
func budgetNotes(old, new *budgetpdf.Document, o, n string) []string {
	switch {
	case len(old.BudgetTables) == 0 && len(new.BudgetTables) == 0:
		return nil
	case len(old.BudgetTables) == 0:
		return []string{fmt.Sprintf("%s: no budget tables typed — the budget lines of %s are not compared", o, n)}
	case len(new.BudgetTables) == 0:
		return []string{fmt.Sprintf("%s: no budget tables typed — the budget lines of %s are not compared", n, o)}
	}
	var out []string
	for _, side := range []struct {
		has, lacks  *budgetpdf.Document
		name, other string
	}{{old, new, o, n}, {new, old, n, o}} {
		if only := onlyKinds(side.has, side.lacks); len(only) > 0 {
			out = append(out, fmt.Sprintf("budget tables printed by %s only, not compared: %s (%s prints none of that kind)",
				side.name, strings.Join(only, ", "), side.other))
		}
	}
	return out
}
