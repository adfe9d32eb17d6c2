package budget

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// gridOf makes a grid from rows of cells separated by "|"; a cell ">"
// extends the cell on its left (a merged header cell), "^" the one above.
func gridOf(page int, title string, rows ...string) *layout.Grid {
	var cells [][]string
	for _, r := range rows {
		cells = append(cells, strings.Split(r, "|"))
	}
	cols := 0
	for _, r := range cells {
		cols = max(cols, len(r))
	}
	g := layout.NewGrid(page, len(cells), cols)
	g.Title = title
	for r, row := range cells {
		for c := 0; c < len(row); c++ {
			if row[c] == ">" || row[c] == "^" {
				continue
			}
			span := 1
			for c+span < len(row) && row[c+span] == ">" {
				span++
			}
			down := 1
			for r+down < len(cells) && c < len(cells[r+down]) && cells[r+down][c] == "^" {
				down++
			}
			g.Place(&layout.Cell{Text: row[c], Row: r, Col: c, RowSpan: down, ColSpan: span, Page: page})
		}
	}
	return g
}

func in(g *layout.Grid, caption ...string) Input { return Input{Grid: g, Caption: caption} }

// A 功能分类 table over a three-row header, continued on the next page
// without its header: one table, codes split, blank = nil, and a 款 that
// does not add up is a check with its figures, the printed value kept.
func TestGeneralExpenditureContinuedAndChecked(t *testing.T) {
	p1 := gridOf(5, "2025年部门一般公共预算支出功能分类预算表",
		"项目|>|>|>|一般公共预算支出|>|>",
		"功能分类科目编码|>|>|功能分类科目名称|合计|基本支出|项目支出",
		"类|款|项|^|^|^|^",
		"201|||一般公共服务支出|100.00|60.00|40.00",
		"201|06||财政事务|100.00|60.00|40.00",
		"201|06|01|行政运行|60.00|60.00|")
	p2 := gridOf(6, "",
		"201|06|02|一般行政管理事务|39.00||39.00",
		"合计||||100.00|60.00|40.00")
	res := Read([]Input{in(p1, "单位：万元"), in(p2)})
	if len(res.Tables) != 1 {
		t.Fatalf("%d tables, want 1 continued over two pages", len(res.Tables))
	}
	bt := res.Tables[0]
	if bt.Kind != "general_expenditure" || bt.MoneyUnit != "万元" || len(bt.Pages) != 2 || len(bt.Rows) != 5 {
		t.Fatalf("got %s %s pages %v, %d rows", bt.Kind, bt.MoneyUnit, bt.Pages, len(bt.Rows))
	}
	var roles []string
	for _, c := range bt.Columns {
		roles = append(roles, c.Role)
	}
	if strings.Join(roles, ",") != "total,basic,project" || bt.Columns[1].Header != "一般公共预算支出/基本支出" {
		t.Errorf("columns %+v", bt.Columns)
	}
	r := bt.Rows[2]
	if r.Code != "2010601" || r.Class != "201" || r.Item != "06" || r.Sub != "01" || r.Level != 3 || r.Parent != "20106" || r.Values[2] != nil {
		t.Errorf("行政运行 typed as %+v", r)
	}
	if !bt.Rows[4].Total || *bt.Rows[4].Values[0] != 100 {
		t.Errorf("合计 row %+v", bt.Rows[4])
	}
	var fails []string
	for _, c := range res.Checks {
		if c.Status == "fail" {
			fails = append(fails, c.Rule+": "+c.Message)
		}
	}
	// 20106 prints 100 with lines 60 + 39; the 合计 (100) is checked
	// against the 类 201 (100) and holds.
	if len(fails) != 2 || !strings.Contains(fails[0], "20106 财政事务") || !strings.Contains(fails[0], "99") {
		t.Errorf("failures: %q", fails)
	}
	if *bt.Rows[1].Values[0] != 100 {
		t.Errorf("the printed 100 was changed")
	}
	warned := 0
	for _, w := range res.Warnings {
		if w.Code == budgetpdf.WarnBudgetCheck {
			warned++
		}
	}
	if warned != len(fails) {
		t.Errorf("%d warnings for %d failures", warned, len(fails))
	}
}

// A two-sided 收支总表 and a 三公 table: sides, the grouped-header formula,
// the balance and the same total across tables in different units.
func TestSummaryThreePublicAndCrossTable(t *testing.T) {
	sum := gridOf(1, "部门财务收支预算总表",
		"本年收入|>|本年支出|>",
		"项目|预算数|项目|预算数",
		"一、财政拨款收入|1,000,000|一、一般公共服务支出|800,000",
		"1、一般公共预算资金|1,000,000|二、住房保障支出|200,000",
		"二、事业收入|||",
		"收入总计|1,000,000|支出总计|1,000,000")
	exp := gridOf(2, "部门支出预算总表",
		"科目编码|科目名称|合计|基本支出|项目支出",
		"201|一般公共服务支出|80.00|50.00|30.00",
		"221|住房保障支出|20.00|20.00|",
		"合计||100.00|70.00|30.00")
	three := gridOf(3, "“三公”经费预算表",
		"“三公”经费预算数|>|>|>|>|>",
		"合计|因公出国(境)费|公务接待费|公务用车购置及运行费|>|>",
		"^|^|^|小计|购置费|运行费",
		"3.00|1.00|0.50|1.40||1.40")
	res := Read([]Input{in(sum, "单位：元"), in(exp, "单位：万元"), in(three, "单位：万元")})
	if len(res.Tables) != 3 {
		t.Fatalf("%d tables", len(res.Tables))
	}
	s := res.Tables[0]
	sides := map[string]int{}
	for _, r := range s.Rows {
		sides[r.Side]++
	}
	if sides["income"] != 4 || sides["expenditure"] != 3 {
		t.Errorf("sides %v", sides)
	}
	byRule := map[string]string{}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			byRule[c.Rule] += c.Message + "; "
		}
	}
	if !strings.Contains(byRule["three_public_sum"], "0.1") || len(byRule) != 1 {
		t.Errorf("want only the 三公 failure (3.00 vs 2.90): %v", byRule)
	}
	rules := map[string]bool{}
	for _, c := range res.Checks {
		rules[c.Rule+"/"+c.Status] = true
	}
	for _, r := range []string{"balance/pass", "cross_table/pass", "total_sum/pass", "column_sum/pass", "parent_sum/pass"} {
		if !rules[r] {
			t.Errorf("no %s check", r)
		}
	}
}

// An empty table: no statement is a failed check; 本表无数据 under it, or a
// narrative sentence, passes.
func TestEmptyStatement(t *testing.T) {
	g := func() *layout.Grid {
		return gridOf(4, "政府性基金预算支出表", "科目编码|科目名称|合计", "合计||")
	}
	res := Read([]Input{in(g())})
	if len(res.Checks) != 1 || res.Checks[0].Rule != "empty_statement" || res.Checks[0].Status != "fail" {
		t.Errorf("no statement: %+v", res.Checks)
	}
	res = Read([]Input{{Grid: g(), After: []string{"注：本单位无政府性基金预算收支，故本表无数据。"}}})
	if len(res.Checks) != 1 || res.Checks[0].Status != "pass" {
		t.Errorf("statement under it: %+v", res.Checks)
	}
	res = Read([]Input{in(g())}, "政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0。")
	if len(res.Checks) != 1 || res.Checks[0].Status != "pass" {
		t.Errorf("statement in the narrative: %+v", res.Checks)
	}
}

func TestKindByCaption(t *testing.T) {
	for caption, want := range map[string]string{
		"预算01表 2025年部门财务收支预算总表":      "summary",
		"表1 收入支出决算总表":                "summary",
		"附表3：2024年部门财政拨款收支预算总表":      "fiscal_summary",
		"一般公共预算财政拨款支出决算表":            "general_expenditure",
		"2025年一般公共预算基本支出部门预算经济分类预算表": "basic_expenditure",
		"财政拨款“三公”经费支出决算表":            "three_public",
		"政府性基金预算财政拨款收入支出决算表":         "fund_expenditure",
		"部门项目支出绩效目标表":                "",
		"2025年部门收入预算总表":              "income",
		"支出决算表":                      "expenditure",
		"收支总体情况表":                    "summary", // 烟台, 长沙, 重庆
		"收入总体情况表":                    "income",
		"支出总体情况表":                    "expenditure",
		"2026年财政拨款收支总体情况表":           "fiscal_summary",
		"一般公共预算支出情况表":                "general_expenditure",
	} {
		if got := kindOf(caption); got != want {
			t.Errorf("%s: %q, want %q", caption, got, want)
		}
	}
}

func TestLexiconParses(t *testing.T) {
	if _, err := parseLexicon(lexiconTSV); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"kind\tcontains\t表\tx", "nosuch\texact\t表\tx\t1", "kind\tnear\t表\tx\t1", "kind\texact\t表\tx\tw"} {
		if _, err := parseLexicon(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// FuzzRead: any grid text (rows by line, cells by |, a caption first)
// reads without a panic, and every grid row of a table is accounted for.
func FuzzRead(f *testing.F) {
	f.Add("一般公共预算支出表\n科目编码|科目名称|合计\n201|一般公共服务支出|1,000\n合计||1,000")
	f.Add("收支总表\n收入|>|支出|>\n项目|预算数|项目|预算数\n一、财政拨款|5|一、支出|x\n收入总计|5|支出总计|6")
	f.Add("“三公”经费\n合计|出国|>\n^|小计|运行费\n1|2|-")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		if len(lines) < 2 || len(lines) > 40 || len(text) > 4000 {
			return
		}
		for _, l := range lines {
			if strings.Count(l, "|") > 20 {
				return
			}
		}
		g := gridOf(1, lines[0], lines[1:]...)
		res := Read([]Input{{Grid: g, Caption: []string{lines[0]}}, {Grid: gridOf(2, "", lines[1:]...)}})
		for i, s := range res.Stats {
			if s.GridRows != s.Typed+s.Notes+s.Blank+s.Lost {
				t.Fatalf("table %d: %+v does not add up", i, s)
			}
			for _, r := range res.Tables[i].Rows {
				if len(r.Values) != len(res.Tables[i].Columns) {
					t.Fatalf("row with %d values for %d columns", len(r.Values), len(res.Tables[i].Columns))
				}
			}
		}
	})
}
