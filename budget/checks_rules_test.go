package budget

import (
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestPartOfPart(t *testing.T) {
	for header, want := range map[string]bool{
		"其中：人员经费": true, "扣除基建项目后预算数": true, "项目支出总数": false, "基本支出": false, "小计": false,
	} {
		if got := partOfPart(header); got != want {
			t.Errorf("partOfPart(%q) = %v, want %v", header, got, want)
		}
	}
}

// A total is checked against rows whose level is known (a 类 code, 一、
// numbering); a row with neither may be an unindented sub-line, and the
// check is not run.
func TestLevelsKnown(t *testing.T) {
	tb := &budgetpdf.BudgetTable{Rows: []budgetpdf.BudgetRow{
		{Name: "一、财政拨款"}, {Name: "一般公共预算"}, {Name: "二、事业收入"}, {Code: "201", Name: "一般公共服务支出"},
	}}
	tests := []struct {
		rows []int
		want bool
	}{
		{[]int{0, 2}, true}, {[]int{3}, true}, {[]int{0, 1, 2}, false}, {[]int{1}, false},
	}
	for _, tt := range tests {
		if got := levelsKnown(tb, tt.rows); got != tt.want {
			t.Errorf("levelsKnown(%v) = %v, want %v", tt.rows, got, tt.want)
		}
	}
}
