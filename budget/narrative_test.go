package budget

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// TestClaims reads the totals of sentences printed by real narratives
// (and near misses that print no total); each want is read off the
// sentence by hand.
func TestClaims(t *testing.T) {
	tests := []struct {
		text string
		want []string // fact value unit
	}{
		{"2026年国家信访局收入预算总计50,616.94万元，其中，一般公共预算拨款收入16,474.82万元，占32.55%。", []string{"收入总计 50616.94 万元"}},
		{"苏州市水务局2026年度收入、支出预算总计92,596.24万元，与上年相比收、支预算总计各增加28,997.47万元，增长45.59%。",
			[]string{"收入总计 92596.24 万元", "支出总计 92596.24 万元"}},
		{"2026年度收入总计、支出总计均为2,480,372.7万元。", []string{"收入总计 2480372.7 万元", "支出总计 2480372.7 万元"}},
		{"上海市普陀区规划和自然资源局2026年度财政拨款收入支出总计9746.50万元。", []string{"财政拨款收入总计 9746.5 万元", "财政拨款支出总计 9746.5 万元"}},
		{"2026年“三公”经费预算数为10.81万元，比2025年预算持平。", []string{"三公经费 10.81 万元"}},
		{"2026年通过一般公共预算财政拨款安排的“三公”经费预算共211.18万元，比上年减少56.91万元。", []string{"三公经费 211.18 万元"}},
		{"本部门当年一般公共预算“三公”经费预算支出80.11万元，较上年减少4.70万元。", []string{"三公经费 80.11 万元"}},
		{"国家信访局2026年“三公”经费财政拨款预算数为112.61万元。", []string{"三公经费 112.61 万元"}},
		{"2026年“三公经费”预算数为7.61万元，2025年预算数为9.23万元。", []string{"三公经费 7.61 万元"}},
		{"“三公”经费支出决算为2,850元。", []string{"三公经费 2850 元 final"}},
		// a change is no total; another year's total is not this year's
		{"2026年“三公”经费预算较2025年减少1.75万元，主要是厉行节约。", nil},
		{"2026年预算数为8万元，2025年“三公”经费预算数为9.23万元。", nil},
		{"上年“三公”经费预算数为9.23万元。", nil},
		// a qualified total is another fact
		{"一般公共预算支出总计300万元。", nil},
		{"收入预算总计和支出预算总计相等。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range claims([]budgetpdf.Section{{Text: tt.text, Page: 4}}, 2026) {
			s := fmt.Sprintf("%s %s %s", c.fact, strconv.FormatFloat(c.value, 'f', -1, 64), c.unit)
			if c.final {
				s += " final"
			}
			if c.page != 4 {
				t.Errorf("%q: page %d", tt.text, c.page)
			}
			got = append(got, s)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// narrativeDoc is a 2026 document with a 收支总表 in 元 (收入总计
// 96282213.44, 支出总计 96282213.44) and a 三公 table in 万元 (10.81).
func narrativeDoc(text string) *budgetpdf.Document {
	f := budgetpdf.Float
	summary := budgetpdf.BudgetTable{Kind: "summary", Pages: []int{10}, MoneyUnit: "元",
		Columns: []budgetpdf.BudgetColumn{{Header: "本年收入/预算数", Role: "income", Side: "income"}, {Header: "本年支出/预算数", Role: "expenditure", Side: "expenditure"}},
		Rows: []budgetpdf.BudgetRow{
			{Page: 10, Side: "income", Name: "收入总计", Total: true, Values: []*float64{f(96282213.44), nil}},
			{Page: 10, Side: "expenditure", Name: "支出总计", Total: true, Values: []*float64{nil, f(96282213.44)}},
		}}
	three := budgetpdf.BudgetTable{Kind: "three_public", Pages: []int{21}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "2025年预算数/合计", Role: "total"}, {Header: "2026年预算数/合计", Role: "total"}},
		Rows:    []budgetpdf.BudgetRow{{Page: 21, Values: []*float64{f(12), f(10.81)}}}}
	return &budgetpdf.Document{Year: 2026, Sections: []budgetpdf.Section{{Text: text, Page: 3}},
		BudgetTables: []budgetpdf.BudgetTable{summary, three}}
}

// TestCheckNarrative: a figure that agrees passes (9628.22万元 rounds
// 96282213.44元 within 0.01万元), one that does not fails with the
// narrative's page and both figures in the table's unit, and a claim
// without its table is not checked.
func TestCheckNarrative(t *testing.T) {
	tests := []struct {
		text       string
		pass, fail int
		message    string
		exp, act   float64
	}{
		{"收入预算总计9,628.22万元。“三公”经费预算数为10.81万元。", 2, 0, "", 0, 0},
		{"支出预算总计9,628.24万元。", 0, 1, "支出总计: the narrative (p3) prints 9628.24 万元, summary (支出总计, p10) prints 96282213.44 元", 96282213.44, 96282400},
		{"2026年“三公”经费预算数为12万元。", 0, 1, "三公经费: the narrative (p3) prints 12 万元, three_public (2026年预算数/合计, p21) prints 10.81 万元", 10.81, 12},
		{"财政拨款收入总计9,628.22万元。", 0, 0, "", 0, 0}, // no 财政拨款收支总表
	}
	for _, tt := range tests {
		d := narrativeDoc(tt.text)
		CheckNarrative(d)
		var pass, fail int
		for _, c := range d.BudgetChecks {
			if c.Rule != "narrative" {
				t.Errorf("%q: rule %s", tt.text, c.Rule)
			}
			if c.Status == "pass" {
				pass++
				continue
			}
			fail++
			if !strings.HasPrefix(c.Message, tt.message) || c.Page != 3 || *c.Expected != tt.exp || *c.Actual != tt.act {
				t.Errorf("%q: check %+v, message %s, expected %v actual %v", tt.text, c, c.Message, *c.Expected, *c.Actual)
			}
		}
		if pass != tt.pass || fail != tt.fail || len(d.Warnings) != tt.fail {
			t.Errorf("%q: %d pass entries, %d fails, %d warnings; want %d, %d", tt.text, pass, fail, len(d.Warnings), tt.pass, tt.fail)
		}
	}
}
