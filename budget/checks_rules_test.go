package budget

import (
	"fmt"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestBesideThreePublic(t *testing.T) {
	for _, tt := range []struct {
		total, child string
		want         bool
	}{
		{"“三公”经费合计", "会议费", true}, {"“三公”经费合计", "培训费", true}, {"“三公”经费合计", "公务接待费", false},
		{"“三公”经费合计", "因公出国（境）费", false}, {"合计", "培训费", false},
	} {
		if got := besideThreePublic(tt.total, tt.child); got != tt.want {
			t.Errorf("besideThreePublic(%q, %q) = %v", tt.total, tt.child, got)
		}
	}
}

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

// TestParentSumRepeatedParent: a dual 经济分类 table prints 505 over two
// groups (工资福利 then 商品和服务, 02 烟台审计局 p17–18); each 505 line is
// the sum of its own group, not of every 505 line below it.
func TestParentSumRepeatedParent(t *testing.T) {
	f := budgetpdf.Float
	row := func(code, parent string, level int, v float64) budgetpdf.BudgetRow {
		return budgetpdf.BudgetRow{Page: 17, Code: code, Parent: parent, Level: level, Values: []*float64{f(v)}}
	}
	tb := budgetpdf.BudgetTable{Kind: "basic_expenditure", Pages: []int{17}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "小计", Role: "total"}},
		Rows: []budgetpdf.BudgetRow{
			row("505", "", 1, 509.37), row("50501", "505", 2, 128.46), row("50501", "505", 2, 380.91),
			row("505", "", 1, 29.61), row("50502", "505", 2, 29.61),
		}}
	checks, _ := check([]budgetpdf.BudgetTable{tb}, nil)
	for _, c := range checks {
		if c.Status == "fail" {
			t.Errorf("%s", c.Message)
		}
	}
	tb.Rows[4].Values[0] = f(30)
	checks, _ = check([]budgetpdf.BudgetTable{tb}, nil)
	if len(checks) == 0 || checks[0].Status != "fail" || *checks[0].Expected != 29.61 || *checks[0].Actual != 30 {
		t.Errorf("the second group's sum is not checked on its own: %+v", checks)
	}
}

// TestCrossTableCarryover: 福州 交管支队 p7–8: the 收入总表's 合计 61764.88
// counts its 上年结转结余 column (8000), so it is the 收支总表's 收入合计
// 61764.88, not its 本年收入合计 53764.88.
func TestCrossTableCarryover(t *testing.T) {
	f := budgetpdf.Float
	summary := budgetpdf.BudgetTable{Kind: "summary", Pages: []int{7}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "预算数", Role: "amount", Side: "income"}},
		Rows: []budgetpdf.BudgetRow{
			{Page: 7, Side: "income", Name: "本年收入合计", Total: true, Values: []*float64{f(53764.88)}},
			{Page: 7, Side: "income", Name: "上年结转结余", Values: []*float64{f(8000)}},
			{Page: 7, Side: "income", Name: "收入合计", Total: true, Values: []*float64{f(61764.88)}},
		}}
	income := budgetpdf.BudgetTable{Kind: "income", Pages: []int{8}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "合计", Role: "total"}, {Header: "上年结转结余", Role: "carryover"}},
		Rows:    []budgetpdf.BudgetRow{{Page: 8, Name: "合计", Total: true, Values: []*float64{f(61764.88), f(8000)}}}}
	for _, carry := range []float64{8000, 0} {
		income.Rows[0].Values[1] = f(carry)
		checks, _ := check([]budgetpdf.BudgetTable{summary, income}, nil)
		var got []string
		for _, c := range checks {
			if c.Rule == "cross_table" {
				got = append(got, c.Status)
			}
		}
		want := "[pass]" // with the carryover: 收入合计 = 合计
		if carry == 0 {
			want = "[fail]" // without one, the 合计 must be the 本年收入合计, and 61764.88 is not
		}
		if fmt.Sprint(got) != want {
			t.Errorf("carryover %v: cross_table %v, want %s", carry, got, want)
		}
	}
}

// TestRateColumnsNotSummed: 国家信访局 p10 prints 增减(%) beside the amounts;
// a 款's percentage is no sum of its lines' percentages.
func TestRateColumnsNotSummed(t *testing.T) {
	f := budgetpdf.Float
	tb := budgetpdf.BudgetTable{Kind: "general_expenditure", Pages: []int{10}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "2026年预算数", Role: "amount"}, {Header: "2026年预算数比2025年执行数/增减(%)"}},
		Rows: []budgetpdf.BudgetRow{
			{Page: 10, Code: "20805", Item: "05", Class: "208", Level: 2, Parent: "208", Values: []*float64{f(30), f(-5.22)}},
			{Page: 10, Code: "2080501", Level: 3, Parent: "20805", Values: []*float64{f(10), f(-3)}},
			{Page: 10, Code: "2080505", Level: 3, Parent: "20805", Values: []*float64{f(20), f(-11.15)}},
		}}
	checks, _ := check([]budgetpdf.BudgetTable{tb}, nil)
	for _, c := range checks {
		if c.Status == "fail" {
			t.Errorf("%s", c.Message)
		}
	}
	tb.Rows[0].Values[0] = f(31)
	if checks, _ = check([]budgetpdf.BudgetTable{tb}, nil); len(checks) == 0 || checks[0].Status != "fail" {
		t.Errorf("the amount column is no longer checked: %+v", checks)
	}
	for h, want := range map[string]bool{"增减(%)": true, "增长率": true, "占比重": true, "预算数": false, "合计": false} {
		if rate(budgetpdf.BudgetColumn{Header: h}) != want {
			t.Errorf("rate(%q) != %v", h, want)
		}
	}
}

// TestColumnSumDeepGroups: 深圳 财政局 p19–20: 收入总计 = the leaves of
// 本年收入 (财政拨款 over 一般公共预算拨款 …, 单位资金 over 事业收入 …) + 上年结转,
// three header levels deep; the 政府采购 memo column beside 支出总计's parts
// is none of them.
func TestColumnSumDeepGroups(t *testing.T) {
	income := gridOf(19, "收入总表",
		"预算单位|收入总计|本年收入|>|>|上年结余、结转",
		"^|^|财政拨款|>|单位资金|^",
		"^|^|一般公共预算拨款|政府性基金预算拨款|事业收入|^",
		"深圳市财政局|37385.88|36989.05|0|0|396.83")
	spend := gridOf(20, "支出总表",
		"科目编码|科目名称|支出总计|基本支出|项目支出|2026年政府采购项目|>",
		"^|^|^|^|^|小计|其中：预留给中小企业",
		"2010601|行政运行|6487.76|6487.76|0|388.02|171.52")
	res := Read([]Input{in(income, "单位：万元"), in(spend, "单位：万元")})
	n := 0
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s %s: %s", c.Rule, c.Kind, c.Message)
		}
		if c.Rule == "column_sum" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d column_sum entries, want a pass for each table: %+v", n, res.Checks)
	}
}

// TestCrossTableBeyondTheYear: 烟台住建 p9 lists 上级补助收入 60.00 below its
// 本年收入合计 45907.29; the 收入总体情况表 on p10 prints it as a column of
// its 合计 45967.29, the 收支总表's 收入总计. Without that column's amount
// the 合计 must equal the year's income.
func TestCrossTableBeyondTheYear(t *testing.T) {
	f := budgetpdf.Float
	summary := budgetpdf.BudgetTable{Kind: "summary", Pages: []int{9}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "预算数", Role: "amount", Side: "income"}},
		Rows: []budgetpdf.BudgetRow{
			{Page: 9, Side: "income", Name: "本年收入合计", Total: true, Values: []*float64{f(45907.29)}},
			{Page: 9, Side: "income", Name: "上级补助收入", Values: []*float64{f(60)}},
			{Page: 9, Side: "income", Name: "收入总计", Total: true, Values: []*float64{f(45967.29)}},
		}}
	income := budgetpdf.BudgetTable{Kind: "income", Pages: []int{10}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "合计", Role: "total"}, {Header: "上级补助收入", Role: "superior_grant"}},
		Rows:    []budgetpdf.BudgetRow{{Page: 10, Name: "合计", Total: true, Values: []*float64{f(45967.29), f(60)}}}}
	for _, grant := range []float64{60, 0} {
		income.Rows[0].Values[1] = f(grant)
		checks, _ := check([]budgetpdf.BudgetTable{summary, income}, nil)
		var got []string
		for _, c := range checks {
			if c.Rule == "cross_table" {
				got = append(got, c.Status)
			}
		}
		want := "[pass]"
		if grant == 0 {
			want = "[fail]"
		}
		if fmt.Sprint(got) != want {
			t.Errorf("上级补助收入 %v: cross_table %v, want %s", grant, got, want)
		}
	}
}
