package diff

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// sideDoc is a document of year and kind with n projects of two
// indicators each, and a department table when dept.
func sideDoc(year int, kind string, n int, dept bool) *budgetpdf.Document {
	d := &budgetpdf.Document{Schema: budgetpdf.Schema, Unit: budgetpdf.Unit{Name: "某某区司法局"}, Year: year, Kind: kind}
	ind := []budgetpdf.Indicator{{Level1: "产出指标", Name: "培训人次", Target: "100人次"}, {Level1: "效益指标", Name: "满意度", Target: "≥90%"}}
	for i := range n {
		d.Projects = append(d.Projects, budgetpdf.Project{Name: string(rune('甲'+i)) + "项目", Indicators: ind})
	}
	if dept {
		d.Department = &budgetpdf.Department{Goal: "履职", Indicators: ind[:1]}
	}
	return d
}

// TestCompared: what each side prints, and a note for every thing that
// could not be compared.
func TestCompared(t *testing.T) {
	tests := []struct {
		name                 string
		old, new             *budgetpdf.Document
		projects, department bool
		notes                []string
	}{
		{"both print target tables", sideDoc(2025, "部门预算", 2, true), sideDoc(2026, "部门预算", 3, true), true, true, []string{}},
		{"neither prints one", sideDoc(2026, "部门预算", 0, false), sideDoc(2026, "单位预算", 0, false), false, false, []string{
			"OLD (2026 部门预算) and NEW (2026 单位预算): no target tables printed — projects and indicators cannot be compared",
			"the documents are of different kinds: OLD (2026 部门预算) is a 部门预算, NEW (2026 单位预算) is a 单位预算"}},
		{"the new year prints none", sideDoc(2023, "部门预算", 5, false), sideDoc(2024, "部门预算", 0, false), false, false, []string{
			"2024: no target tables printed — projects cannot be compared (every project of 2023 is listed as removed)"}},
		{"the old year prints none", sideDoc(2023, "部门预算", 0, false), sideDoc(2024, "部门预算", 1, false), false, false, []string{
			"2023: no target tables printed — projects cannot be compared (every project of 2024 is listed as added)"}},
		{"a department table on one side", sideDoc(2023, "", 1, true), sideDoc(2024, "", 1, false), true, false, []string{
			"2024: no department-wide target table printed — the department table of 2023 is not compared"}},
		{"a department table alone counts as a target table", sideDoc(2023, "部门预算", 0, true), sideDoc(2024, "部门预算", 0, true), true, true, []string{}},
		{"a kind not printed on one side", sideDoc(2023, "", 1, false), sideDoc(2024, "部门预算", 1, false), true, false, []string{
			"the documents are of different kinds: 2023 is of no printed kind, 2024 is a 部门预算"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(tt.old, tt.new, Options{}).Compared
			if c.Projects != tt.projects || c.Department != tt.department {
				t.Errorf("projects %v, department %v; want %v, %v", c.Projects, c.Department, tt.projects, tt.department)
			}
			if !slices.Equal(c.Notes, tt.notes) {
				t.Errorf("notes\n got %q\nwant %q", c.Notes, tt.notes)
			}
			if c.Old.Projects != len(tt.old.Projects) || c.New.Projects != len(tt.new.Projects) {
				t.Errorf("project counts %d, %d", c.Old.Projects, c.New.Projects)
			}
			want := 2 * len(tt.new.Projects)
			if tt.new.Department != nil {
				want++
			}
			if c.New.Indicators != want {
				t.Errorf("new indicators %d, want %d (projects' and the department's)", c.New.Indicators, want)
			}
		})
	}
}

// TestTotalsOf: the 收支总表's totals, by the rows the templates print.
func TestTotalsOf(t *testing.T) {
	tb := func(title, money string, rows ...[]string) budgetpdf.Table {
		return budgetpdf.Table{Page: 1, Title: title, MoneyUnit: money, Rows: rows}
	}
	head := []string{"项目", "预算数", "项目", "预算数"}
	tests := []struct {
		name                string
		tables              []budgetpdf.Table
		income, expenditure float64 // -1: nil
		money               string
	}{
		{"收入总计 and 支出总计", []budgetpdf.Table{tb("2026年部门财务收支预算总表", "元", head, []string{"一、财政拨款收入", "96,282,213.44", "一、公共安全支出", "87,267,272.44"}, []string{"收入总计", "96,282,213.44", "支出总计", "96,282,213.44"})}, 96282213.44, 96282213.44, "元"},
		{"spaced labels", []budgetpdf.Table{tb("部门收支总表", "万元", []string{"收 入 总 计", "50,616.94", "支 出 总 计", "50,616.94"})}, 50616.94, 50616.94, "万元"},
		{"收入合计 without a 总计 row", []budgetpdf.Table{tb("2026年度收支预算总表", "万元", []string{"本年收入合计", "351904.90", "本年支出合计", "351904.90"}, []string{"收入合计", "351904.90", "支出合计", "351904.90"})}, 351904.90, 351904.90, "万元"},
		{"总计 on both sides of a 决算", []budgetpdf.Table{tb("收入支出决算总表", "万元", []string{"本年收入合计", "9746.50", "本年支出合计", "9759.38"}, []string{"总计", "9859.38", "总计", "9859.38"})}, 9859.38, 9859.38, "万元"},
		{"合计 on both sides", []budgetpdf.Table{tb("2026年部门收支总体情况表", "万元", head), tb("", "", []string{"合计", "186,549.30", "合计", "186,549.30"})}, 186549.30, 186549.30, "万元"},
		{"the 总计 row on a continuation page", []budgetpdf.Table{tb("收支总表", "万元", head), tb("收支总表", "", []string{"一、财政拨款", "36,989.05"}), tb("", "", []string{"收入总计", "37,385.88", "支出总计", "37,385.88"})}, 37385.88, 37385.88, "万元"},
		{"expenditure split over columns", []budgetpdf.Table{tb("收支预算总表", "万元", []string{"收入合计", "37,188.34", "支出合计", "", "", "37,188.34"})}, 37188.34, 37188.34, "万元"},
		{"not the 财政拨款 table", []budgetpdf.Table{tb("财政拨款收支总表", "万元", []string{"收入总计", "18,728.94", "支出总计", "18,728.94"}), tb("部门收支总表", "万元", []string{"收入总计", "50,616.94", "支出总计", "50,616.94"})}, 50616.94, 50616.94, "万元"},
		{"an untitled 收支总表 by its 总计 labels", []budgetpdf.Table{tb("第二部分2026年度部门预算表", "", []string{"收入总计", "1682.76", "支出总计", "1682.76"})}, 1682.76, 1682.76, "元"},
		{"no 合计 of any other table", []budgetpdf.Table{tb("2026年度收入预算总表", "万元", []string{"合计", "351904.90", "351904.90"})}, -1, -1, ""},
		{"income only", []budgetpdf.Table{tb("收入预算总表", "万元", []string{"收入总计", "", "27,664.22"})}, 27664.22, -1, "万元"},
		{"no table", nil, -1, -1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := totalsOf(&budgetpdf.Document{MoneyUnit: "元", Tables: tt.tables})
			if tt.income < 0 && tt.expenditure < 0 {
				if got != nil {
					t.Errorf("totals %+v, want none", got)
				}
				return
			}
			if got == nil {
				t.Fatal("no totals")
			}
			for _, f := range []struct {
				what string
				got  *float64
				want float64
			}{{"income", got.Income, tt.income}, {"expenditure", got.Expenditure, tt.expenditure}} {
				if (f.got == nil) != (f.want < 0) || f.got != nil && *f.got != f.want {
					t.Errorf("%s %v, want %v", f.what, number(f.got), f.want)
				}
			}
			if got.MoneyUnit != tt.money {
				t.Errorf("money unit %q, want %q", got.MoneyUnit, tt.money)
			}
		})
	}
}

// realPairs are the situations of issue 11 on real documents: the two
// 司法局 2026 files (a 部门预算 and its office's 单位预算, neither printing a
// target table, totals differing), and 万里街道 2023 (made: five project
// tables) against the real 2024 file, which prints none.
func realPairs(t *testing.T) map[string][2]*budgetpdf.Document {
	return map[string][2]*budgetpdf.Document{
		"justice": {loadShared(t, "justice-2026-dept.json"), loadShared(t, "justice-2026-unit.json")},
		"wanli":   {loadShared(t, "wanli-2023.json"), loadShared(t, "../golden/real-wanli-2024.json")},
	}
}

// loadShared reads a document from the repository's testdata/diff.
func loadShared(t *testing.T, name string) *budgetpdf.Document {
	t.Helper()
	return load(t, "../../testdata/diff/"+name)
}

// TestReportsSayWhatWasCompared: every format carries the counts, the
// totals and the notes, so "0 changes" is never read as "equal" where
// nothing was compared.
func TestReportsSayWhatWasCompared(t *testing.T) {
	pairs := realPairs(t)
	tests := []struct {
		pair   string
		format string
		wants  []string
	}{
		{"justice", "text", []string{
			"上海市普陀区司法局 2026 部门预算 (shpt_2026_justice_dept_budget.pdf) → 上海市普陀区司法局 2026 单位预算 (shpt_2026_justice_unit_budget.pdf)",
			"compared: projects 0 → 0, indicators 0 → 0, department table no → no",
			"budget totals (收支总表): 收入总计 96282213.44 → 86959408.34 元 (-9322805.1, -9.7%); 支出总计 96282213.44 → 86959408.34 元 (-9322805.1, -9.7%)",
			"note: OLD (2026 部门预算) and NEW (2026 单位预算): no target tables printed — projects and indicators cannot be compared",
			"0 changes, and nothing compared: neither document prints a target table"}},
		{"justice", "csv", []string{
			"上海市普陀区司法局,2026,2026,compared,,,projects,0,0,+0,,,",
			"上海市普陀区司法局,2026,2026,compared,,,department_table,no,no,,,,",
			"上海市普陀区司法局,2026,2026,compared,,,income_total_yuan,96282213.44,86959408.34,-9322805.1,-9.7%,,",
			"上海市普陀区司法局,2026,2026,note,,,,OLD (2026 部门预算) and NEW (2026 单位预算): no target tables printed — projects and indicators cannot be compared,,,,,"}},
		{"justice", "html", []string{
			"<th>项目 projects</th><td>0</td><td>0</td>",
			"<th>收入总计 income total</th><td class=\"hot\">96282213.44 元</td><td class=\"hot\">86959408.34 元</td>",
			"<li>OLD (2026 部门预算) and NEW (2026 单位预算): no target tables printed — projects and indicators cannot be compared</li>",
			"<strong>0 changes, and nothing compared</strong>"}},
		{"wanli", "text", []string{
			"compared: projects 5 → 0, indicators 10 → 0, department table no → no",
			"budget totals (收支总表): 收入总计 150000000 → 156211123 元 (+6211123, +4.1%)",
			"note: 2024: no target tables printed — projects cannot be compared (every project of 2023 is listed as removed)",
			"5 changes: 0 projects changed, 0 unchanged, 0 added, 5 removed",
			"Removed (5): 2024 prints no target tables, so these are not compared"}},
		{"wanli", "csv", []string{
			",2023,2024,compared,,,projects,5,0,-5,-100.0%,,",
			",2023,2024,compared,,,indicators,10,0,-10,-100.0%,,",
			",2023,2024,note,,,,2024: no target tables printed — projects cannot be compared (every project of 2023 is listed as removed),,,,,",
			",2023,2024,project_removed,社区事务受理服务中心运行经费,"}},
		{"wanli", "html", []string{
			"<th>项目 projects</th><td class=\"hot\">5</td><td class=\"hot\">0</td>",
			"<li>2024: no target tables printed — projects cannot be compared (every project of 2023 is listed as removed)</li>"}},
	}
	for _, tt := range tests {
		t.Run(tt.pair+"/"+tt.format, func(t *testing.T) {
			p := pairs[tt.pair]
			r := Compare(p[0], p[1], Options{})
			var buf bytes.Buffer
			var err error
			switch tt.format {
			case "text":
				err = WriteText(&buf, r)
			case "csv":
				err = WriteCSV(&buf, r)
			case "html":
				err = WriteHTML(&buf, r, p[0], p[1])
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.wants {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("missing %q in\n%s", w, buf.String())
				}
			}
		})
	}
	t.Run("justice/json", func(t *testing.T) {
		p := pairs["justice"]
		var buf bytes.Buffer
		if err := WriteJSON(&buf, Compare(p[0], p[1], Options{})); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Old, New Ref
			Compared Compared
			Changes  []Change
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		c := got.Compared
		if got.Old.Kind != "部门预算" || got.New.Kind != "单位预算" || len(got.Changes) != 0 || c.Projects || len(c.Notes) != 2 {
			t.Errorf("kinds %q %q, %d changes, projects compared %v, notes %q", got.Old.Kind, got.New.Kind, len(got.Changes), c.Projects, c.Notes)
		}
		if c.Old.Totals == nil || c.New.Totals == nil || *c.Old.Totals.Income != 96282213.44 || *c.New.Totals.Expenditure != 86959408.34 || c.New.Totals.MoneyUnit != "元" {
			t.Errorf("totals %+v → %+v", c.Old.Totals, c.New.Totals)
		}
	})
}
