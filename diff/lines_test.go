package diff

import (
	"strings"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// line builds a typed row: code, name, page and amounts (NaN for a blank).
func line(code, name string, page int, vs ...float64) budgetpdf.BudgetRow {
	r := budgetpdf.BudgetRow{Code: code, Name: name, Page: page}
	for _, v := range vs {
		if v != v {
			r.Values = append(r.Values, nil)
		} else {
			r.Values = append(r.Values, budgetpdf.Float(v))
		}
	}
	return r
}

var blank = func() float64 { z := 0.0; return z / z }()

// spending is a 一般公共预算支出表 with 合计 / 基本支出 / 项目支出 columns.
func spending(unit string, rows ...budgetpdf.BudgetRow) budgetpdf.BudgetTable {
	return budgetpdf.BudgetTable{Kind: "general_expenditure", Title: "一般公共预算支出表", Pages: []int{rows[0].Page}, MoneyUnit: unit,
		Columns: []budgetpdf.BudgetColumn{{Header: "合计", Role: "total"}, {Header: "基本支出", Role: "basic"}, {Header: "项目支出", Role: "project"}},
		Rows:    rows}
}

func docWith(year int, ts ...budgetpdf.BudgetTable) *budgetpdf.Document {
	return &budgetpdf.Document{Unit: budgetpdf.Unit{Name: "甲县司法局"}, Year: year, BudgetTables: ts}
}

// lc builds an expected change of the 一般公共预算支出表.
func lc(kind LineKind, code, name, column string, from, to any, unit string, oldPage, newPage int) LineChange {
	role := map[string]string{"合计": "total", "基本支出": "basic", "项目支出": "project"}[column]
	return LineChange{Kind: kind, Table: "general_expenditure", Title: "一般公共预算支出表", Code: code, Name: name,
		Column: column, Role: role, From: from, To: to, MoneyUnit: unit, OldPage: oldPage, NewPage: newPage}
}

// TestBudgetLineChanges compares hand-built tables; each expected change
// is worked out from the rows by hand, not by running the code.
func TestBudgetLineChanges(t *testing.T) {
	base := []budgetpdf.BudgetRow{
		line("2040601", "行政运行", 5, 100, 100, 0),
		line("2040699", "其他司法支出", 5, 20, blank, 20),
		line("", "合计", 6, 120, 100, 20),
	}
	tests := []struct {
		name     string
		old, new []budgetpdf.BudgetRow
		oldUnit  string
		newUnit  string
		want     []LineChange
	}{
		{"same lines", base, base, "元", "元", nil},
		{"an amount and its total move",
			base,
			[]budgetpdf.BudgetRow{line("2040601", "行政运行", 5, 130, 100, 30), base[1], line("", "合计", 6, 150, 100, 50)},
			"元", "元",
			[]LineChange{
				lc(LineChanged, "2040601", "行政运行", "合计", 100.0, 130.0, "元", 5, 5),
				lc(LineChanged, "2040601", "行政运行", "项目支出", 0.0, 30.0, "元", 5, 5),
				lc(LineChanged, "", "合计", "合计", 120.0, 150.0, "元", 6, 6),
				lc(LineChanged, "", "合计", "项目支出", 20.0, 50.0, "元", 6, 6),
			}},
		{"a blank cell equals a printed 0",
			base,
			[]budgetpdf.BudgetRow{base[0], line("2040699", "其他司法支出", 5, 20, 0, 20), base[2]},
			"元", "元", nil},
		{"a line added and one removed, each with its first amount",
			base,
			[]budgetpdf.BudgetRow{base[0], line("2040610", "社区矫正", 7, blank, 20, blank), base[2]},
			"元", "元",
			[]LineChange{
				lc(LineAdded, "2040610", "社区矫正", "基本支出", nil, 20.0, "元", 0, 7),
				lc(LineRemoved, "2040699", "其他司法支出", "合计", 20.0, nil, "元", 5, 0),
			}},
		{"the same code renamed",
			base,
			[]budgetpdf.BudgetRow{base[0], line("2040699", "其他司法 支出（项）", 5, 20, blank, 20), base[2]},
			"元", "元",
			[]LineChange{lc(LineRenamed, "2040699", "其他司法 支出（项）", "", "其他司法支出", "其他司法 支出（项）", "元", 5, 5)}},
		{"a line without a code in one year matched by name",
			base,
			[]budgetpdf.BudgetRow{line("", "行政运行", 5, 100, 100, 0), base[1], base[2]},
			"元", "元", nil},
		{"list numbering is not the name",
			[]budgetpdf.BudgetRow{line("", "1、行政运行", 5, 100, 100, 0), line("", "（二）其他司法支出", 5, 20, blank, 20), line("", "合计", 6, 120, 100, 20)},
			[]budgetpdf.BudgetRow{line("", "一、行政运行", 5, 100, 100, 0), line("", "(2)其他司法支出", 5, 20, blank, 20), line("", "合计", 6, 120, 100, 20)},
			"元", "元", nil},
		{"two codes under one name are two lines",
			base,
			[]budgetpdf.BudgetRow{line("2040602", "行政运行", 5, 100, 100, 0), base[1], base[2]},
			"元", "元",
			[]LineChange{
				lc(LineAdded, "2040602", "行政运行", "合计", nil, 100.0, "元", 0, 5),
				lc(LineRemoved, "2040601", "行政运行", "合计", 100.0, nil, "元", 5, 0),
			}},
		{"元 against 万元: compared in 万元, within 0.01",
			[]budgetpdf.BudgetRow{line("2040601", "行政运行", 5, 1234500, 1234500, 0), line("", "合计", 6, 1234500, 1234500, 0)},
			[]budgetpdf.BudgetRow{line("2040601", "行政运行", 5, 123.46, 123.46, 0), line("", "合计", 6, 124.45, 123.46, 0.99)},
			"元", "万元",
			[]LineChange{
				lc(LineChanged, "", "合计", "合计", 123.45, 124.45, "万元", 6, 6),
				lc(LineChanged, "", "合计", "项目支出", 0.0, 0.99, "万元", 6, 6),
			}},
		{"a repeated code: the k-th with the k-th",
			[]budgetpdf.BudgetRow{line("2040601", "行政运行", 5, 10, 10, 0), line("2040601", "行政运行", 9, 7, 7, 0)},
			[]budgetpdf.BudgetRow{line("2040601", "行政运行", 5, 10, 10, 0), line("2040601", "行政运行", 9, 8, 8, 0)},
			"元", "元",
			[]LineChange{
				lc(LineChanged, "2040601", "行政运行", "合计", 7.0, 8.0, "元", 9, 9),
				lc(LineChanged, "2040601", "行政运行", "基本支出", 7.0, 8.0, "元", 9, 9),
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(docWith(2025, spending(tt.oldUnit, tt.old...)), docWith(2026, spending(tt.newUnit, tt.new...)), Options{})
			if g, w := dump(t, r.BudgetChanges), dump(t, tt.want); g != w {
				t.Errorf("got\n%swant\n%s", g, w)
			}
			if !r.Compared.BudgetTables || r.NothingCompared() || r.Changed() != (len(tt.want) > 0) {
				t.Errorf("compared %v, nothing compared %v, changed %v", r.Compared.BudgetTables, r.NothingCompared(), r.Changed())
			}
		})
	}
}

// TestBudgetTablesPairing: tables are paired by kind, a kind printed on
// one side only is named in a note and not compared, and a column printed
// on one side only is not compared.
func TestBudgetTablesPairing(t *testing.T) {
	old := spending("元", line("2040601", "行政运行", 5, 100, 100, 0))
	three := budgetpdf.BudgetTable{Kind: "three_public", Pages: []int{9}, MoneyUnit: "万元",
		Columns: []budgetpdf.BudgetColumn{{Header: "合计", Role: "total"}}, Rows: []budgetpdf.BudgetRow{line("", "", 9, 3)}}
	new := spending("元", line("2040601", "行政运行", 5, 100, 100, 0))
	new.Columns = append(new.Columns[:2], budgetpdf.BudgetColumn{Header: "财政拨款", Role: "fiscal"})
	new.Rows[0].Values[2] = budgetpdf.Float(55)
	r := Compare(docWith(2025, three, old), docWith(2026, new), Options{})
	if len(r.BudgetChanges) != 0 {
		t.Errorf("changes %v: the 项目支出 and 财政拨款 columns are not the same column", r.BudgetChanges)
	}
	want := "budget tables printed by 2025 only, not compared: three_public (2026 prints none of that kind)"
	if !strings.Contains(strings.Join(r.Compared.Notes, "\n"), want) {
		t.Errorf("notes %q lack %q", r.Compared.Notes, want)
	}
	r = Compare(docWith(2025, three), docWith(2026, new), Options{})
	if r.Compared.BudgetTables || !r.NothingCompared() {
		t.Errorf("no kind on both sides, yet compared %v", r.Compared.BudgetTables)
	}
}

// TestBudgetTwoSides: the 收入 and 支出 halves of a 收支总表 are matched
// side by side, by name, each line against its own side's columns only.
func TestBudgetTwoSides(t *testing.T) {
	summary := func(income, spend float64) budgetpdf.BudgetTable {
		in := line("", "一般公共预算拨款收入", 3, income, blank)
		in.Side = "income"
		out := line("", "一般公共预算拨款收入", 3, blank, spend) // the same words on the other side
		out.Side = "expenditure"
		return budgetpdf.BudgetTable{Kind: "summary", Title: "收支总表", Pages: []int{3}, MoneyUnit: "万元",
			Columns: []budgetpdf.BudgetColumn{{Header: "预算数", Role: "income", Side: "income"}, {Header: "预算数", Role: "expenditure", Side: "expenditure"}},
			Rows:    []budgetpdf.BudgetRow{out, in}}
	}
	r := Compare(docWith(2025, summary(10, 10)), docWith(2026, summary(12, 10)), Options{})
	want := []LineChange{{Kind: LineChanged, Table: "summary", Title: "收支总表", Side: "income", Name: "一般公共预算拨款收入",
		Column: "预算数", Role: "income", From: 10.0, To: 12.0, MoneyUnit: "万元", OldPage: 3, NewPage: 3}}
	if g, w := dump(t, r.BudgetChanges), dump(t, want); g != w {
		t.Errorf("got\n%swant\n%s", g, w)
	}
}
