package diff

import (
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

func TestBudgetChanges(t *testing.T) {
	f := budgetpdf.Float
	b := func(total, fiscal, other *float64) budgetpdf.Budget {
		return budgetpdf.Budget{Total: total, Fiscal: fiscal, Other: other}
	}
	bc := func(field string, from, to any) Change { return change(BudgetChanged, "", "", field, from, to, "") }
	tests := []struct {
		name     string
		old, new budgetpdf.Budget
		want     []Change
	}{
		{"same", b(f(15), f(15), nil), b(f(15), f(15), nil), nil},
		{"total up 40%", b(f(50), f(50), f(0)), b(f(70), f(70), f(0)),
			[]Change{bc("total", 50.0, 70.0), bc("fiscal", 50.0, 70.0)}},
		{"blank other equals printed 0", b(f(15), f(15), nil), b(f(15), f(15), f(0)), nil},
		{"other appears", b(f(15), f(15), nil), b(f(20), f(15), f(5)),
			[]Change{bc("total", 15.0, 20.0), bc("other", nil, 5.0)}},
		{"total blanked", b(f(15), f(15), nil), b(nil, f(15), nil), []Change{bc("total", 15.0, nil)}},
		{"no budget row in one year", b(nil, nil, nil), b(f(15), f(15), nil), nil},
		{"template without the split", b(f(15), nil, nil), b(f(18), f(10), f(8)), []Change{bc("total", 15.0, 18.0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := budgetChanges(tt.old, tt.new, Change{})
			if g, w := dump(t, got), dump(t, tt.want); g != w {
				t.Errorf("got\n%swant\n%s", g, w)
			}
		})
	}
}

func TestPlanAndGoal(t *testing.T) {
	plan := func(vs ...float64) []budgetpdf.PlanStep {
		var p []budgetpdf.PlanStep
		for i, v := range vs {
			p = append(p, budgetpdf.PlanStep{Period: []string{"3月底", "6月底", "10月底", "12月底"}[i], Value: budgetpdf.Float(v)})
		}
		return p
	}
	tests := []struct {
		name     string
		old, new []budgetpdf.PlanStep
		changed  bool
	}{
		{"same", plan(2, 6, 10, 15), plan(2, 6, 10, 15), false},
		{"value moved", plan(2, 6, 10, 15), plan(3, 6, 10, 15), true},
		{"fewer periods", plan(2, 6, 10, 15), plan(2, 6), true},
		{"no plan column in one year", nil, plan(2, 6, 10, 15), false},
	}
	for _, tt := range tests {
		if got := planChange(tt.old, tt.new, Change{}); (len(got) == 1) != tt.changed {
			t.Errorf("%s: got %v", tt.name, got)
		}
	}
	goals := []struct {
		old, new string
		changed  bool
	}{
		{"保障运行。", "保障运行。", false},
		{"保障 运行。", "保障运行。", false},
		{"保障运行。", "保障机关运行。", true},
		{"", "保障运行。", false},
	}
	for _, g := range goals {
		if got := goalChange(g.old, g.new, Change{}); (len(got) == 1) != g.changed {
			t.Errorf("goal %q → %q: got %v", g.old, g.new, got)
		}
	}
}
