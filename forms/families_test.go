package forms

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// One small table per layout family seen in real disclosures, each with
// the indicators a reader takes from the page. Every family exercises a
// rule that was written for another one too (a header band found below
// title rows, roles by head word, a project column, a caption naming the
// project, a continuation fragment), so a rule fitted to one family shows
// up as a failure in the others.
func TestLayoutFamilies(t *testing.T) {
	titled := func(title string, g *layout.Grid) *layout.Grid { g.Title = title; return g }
	tests := []struct {
		name  string
		grids []*layout.Grid
		want  []mIndicator
		// dropped is how many row_dropped warnings the tables must give
		dropped int
	}{
		{"a title row and a blank row inside the grid above the header; one table for many projects (长春)",
			[]*layout.Grid{sketch([][]string{
				{"XX市信访局2026年项目支出绩效目标表", "<", "<", "<", "<", "<", "<", "<"},
				{"", "<", "<", "<", "<", "<", "<", "<"},
				{"单位名称", "项目名称", "年度资金总额(万元)", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"},
				{"105001XX市信访局", "信访专项经费", "30.00", "维护稳定", "产出指标", "数量指标", "专家评审", ">=2次"},
				{"^", "^", "^", "^", "效益指标", "社会效益指标", "网络覆盖率", ">=100百分比"},
				{"^", "驻京经费", "312.00", "保障运转", "产出指标", "数量指标", "驻京人数", "<=18人"},
			}).build(16)},
			[]mIndicator{
				{"信访专项经费", "产出指标", "数量指标", "专家评审", ">=2次"},
				{"信访专项经费", "效益指标", "社会效益指标", "网络覆盖率", ">=100百分比"},
				{"驻京经费", "产出指标", "数量指标", "驻京人数", "<=18人"},
			}, 0},
		{"no level columns: a vertical 绩效指标 label beside name, sign, value, unit, weight (重庆)",
			[]*layout.Grid{titled("2026年部门整体绩效目标表", sketch([][]string{
				{"绩效指标", "指标名称", "指标性质", "指标值", "计量单位", "指标权重(%)", "是否核心"},
				{"", "续建大中型水库", "≥", "27", "座", "20", "是"},
				{"^", "受益人口", "≥", "150", "万人次", "20", "是"},
			}).build(30))},
			[]mIndicator{
				{"(department)", "", "", "续建大中型水库", "≥27座"},
				{"(department)", "", "", "受益人口", "≥150万人次"},
			}, 0},
		{"a two-row grouped header, the sign after the value, total and unit rows without indicators (长沙)",
			[]*layout.Grid{sketch([][]string{
				{"单位编码", "单位（项目）名称", "资金总额", "绩效目标", "绩效指标", "<", "<", "<", "<", "<"},
				{"^", "^", "^", "^", "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标值类型"},
				{"合计", "", "40,233.95", "", "", "", "", "", "", ""},
				{"106001", "XX市公安局", "40,233.95", "", "", "", "", "", "", ""},
				{"106001", "大型安保经费", "428.69", "做好安保", "成本指标", "经济成本指标", "成本控制率", "100", "%", "≤"},
				{"^", "^", "^", "^", "产出指标", "数量指标", "检查次数", "1", "次", "≥"},
			}).build(23)},
			[]mIndicator{
				{"大型安保经费", "成本指标", "经济成本指标", "成本控制率", "≤100%"},
				{"大型安保经费", "产出指标", "数量指标", "检查次数", "≥1次"},
			}, 2},
		{"the project named by the caption above the grid; amount labels with a colon (泉州)",
			[]*layout.Grid{titled("电诈中心建设项目绩效目标表", sketch([][]string{
				{"专项资金情况（万元）", "资金总额：", "47.50", "<", "<"},
				{"^", "财政拨款：", "47.50", "<", "<"},
				{"项目实施期目标", "持续开发反诈平台", "<", "<", "<"},
				{"绩效目标指标", "一级指标", "二级指标", "三级指标", "目标值"},
				{"^", "成本指标", "经济成本指标", "预算执行率", "100%"},
				{"^", "产出指标", "时效指标", "核查及时率", "100%"},
			}).build(27))},
			[]mIndicator{
				{"电诈中心建设", "成本指标", "经济成本指标", "预算执行率", "100%"},
				{"电诈中心建设", "产出指标", "时效指标", "核查及时率", "100%"},
			}, 0},
		{"the year's value beside the whole period's; level 1 and 2 run into the name cell (广州, 北京 13表)",
			[]*layout.Grid{titled("部门整体绩效目标表", sketch([][]string{
				{"活动", "绩效指标", "实施周期指标值", "年度指标值", "度量单位"},
				{"大气保护", "产出指标质量指标空气质量达标率", "≥80", "≥85", "%"},
				{"水保护", "效益指标社会效益指标饮用水达标率", "100", "100", "%"},
			}).build(51))},
			[]mIndicator{
				{"(department)", "产出指标", "质量指标", "空气质量达标率", "≥85%"},
				{"(department)", "效益指标", "社会效益指标", "饮用水达标率", "100%"},
			}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readGrids(tt.grids...)
			if len(got.indicators) != len(tt.want) {
				t.Fatalf("%d indicators, want %d:\n%s", len(got.indicators), len(tt.want), got)
			}
			for i, w := range tt.want {
				if got.indicators[i] != w {
					t.Errorf("indicator %d = %v, want %v", i, got.indicators[i], w)
				}
			}
			if len(got.dropped) != tt.dropped {
				t.Errorf("row_dropped warnings: %d, want %d:\n%s", len(got.dropped), tt.dropped, strings.Join(got.dropped, "\n"))
			}
		})
	}
}

// A header that names no 值 column: the column whose cells read as targets
// is the target, the year's over the whole period's; a column of amounts
// or of long goals is not.
func TestTargetColumnByContent(t *testing.T) {
	got := readGrids(sketch([][]string{
		{"项目名称", "教育经费", "<", "<", "<"},
		{"一级指标", "二级指标", "三级指标", "中期目标", "年度目标"},
		{"产出指标", "数量指标", "培训人次", "≥3000人次", "≥1000人次"},
		{"^", "质量指标", "合格率", "≥95%", "≥95%"},
		{"效益指标", "社会效益指标", "群众满意", "明显提升", "有所提升"},
	}).build(3))
	want := []string{"培训人次=≥1000人次", "合格率=≥95%", "群众满意=有所提升"}
	if len(got.indicators) != len(want) {
		t.Fatalf("indicators:\n%s", got)
	}
	for i, w := range want {
		if s := got.indicators[i].name + "=" + got.indicators[i].target; s != w {
			t.Errorf("indicator %d = %s, want %s", i, s, w)
		}
	}
	amounts := readGrids(sketch([][]string{
		{"一级指标", "二级指标", "三级指标", "资金额度"},
		{"产出指标", "数量指标", "培训", "238.00"},
	}).build(3))
	for _, i := range amounts.indicators {
		if i.target != "" {
			t.Errorf("a column of bare amounts became the target: %v", i)
		}
	}
}

// Word tables often print a block label and its value in one cell.
func TestLabelAndValueInOneCell(t *testing.T) {
	got := readGrids(sketch([][]string{
		{"项目名称：城乡环境整治", "<", "<", "<"},
		{"资金总额：47.50", "<", "财政资金：40.00", "<"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "整治村庄数", "≥12个"},
	}).build(5))
	if len(got.projects) != 1 || got.projects[0] != "城乡环境整治 (47.50/40.00/-) " {
		t.Errorf("projects = %q", got.projects)
	}
	if len(got.indicators) != 1 || got.indicators[0].project != "城乡环境整治" {
		t.Errorf("indicators:\n%s", got)
	}
}

// A second form whose block prints label and value in one cell opens a new
// project after the first form's indicators, on the same grid.
func TestInlineLabelOpensANewForm(t *testing.T) {
	got := readGrids(sketch([][]string{
		{"项目名称：甲项目", "<", "<", "<"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "培训次数", "4次"},
		{"项目名称：乙项目", "<", "<", "<"},
		{"一级指标", "二级指标", "指标名称", "指标值"},
		{"产出指标", "数量指标", "检查次数", "2次"},
	}).build(5))
	want := []mIndicator{{"甲项目", "产出指标", "数量指标", "培训次数", "4次"}, {"乙项目", "产出指标", "数量指标", "检查次数", "2次"}}
	if len(got.indicators) != 2 || got.indicators[0] != want[0] || got.indicators[1] != want[1] {
		t.Errorf("indicators:\n%s", got)
	}
}

// A budget table's 财政拨款 / 其他资金 cells open no form and feed none; a
// block label known only by its head word (实施期资金总额) is read.
func TestAmountLabelsOpenNoForm(t *testing.T) {
	budgetTable := sketch([][]string{
		{"项目", "合计", "财政拨款", "其他资金"},
		{"一般公共服务支出", "100.00", "90.00", "10.00"},
	}).build(4)
	form := sketch([][]string{
		{"项目名称", "办案差旅", "<", "<"},
		{"资金金额（万元）", "实施期资金总额：", "5.00", "<"},
		{"^", "其中：财政拨款", "5.00", "<"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"成本指标", "经济成本指标", "差旅费", "≤5万元"},
	}).build(9)
	got := readGrids(budgetTable, form, budgetTable)
	if len(got.projects) != 1 || got.projects[0] != "办案差旅 (5.00/5.00/-) " {
		t.Errorf("projects = %q, want one 办案差旅 with total and fiscal 5.00 (the budget table feeds nothing)", got.projects)
	}
}

// A goal label over its text: the whole-width label with the text in the
// row below (重庆), and a 决算 form's 预期目标（年初设定） over the expected
// goal beside 实际完成情况 over what was done (西安).
func TestGoalUnderItsLabel(t *testing.T) {
	var fp Parser
	fp.AddGrid(sketch([][]string{
		{"部门名称", "XX市水利局", "<", "<"},
		{"当年整体绩效目标", "<", "<", "<"},
		{"完善全市水网建设布局。", "<", "<", "<"},
		{"绩效指标", "指标名称", "指标值", "计量单位"},
		{"", "续建水库", "27", "座"},
	}).build(30))
	_, dept, _ := fp.Finish()
	if dept == nil || dept.Goal != "完善全市水网建设布局。" {
		t.Errorf("department = %+v", dept)
	}
	for _, w := range fp.Warnings {
		if w.Code == "row_dropped" {
			t.Errorf("the goal's text is no stray row: %+v", w)
		}
	}
	got := readGrids(sketch([][]string{
		{"项目名称", "病媒生物防制", "<", "<"},
		{"年度总体目标完成情况", "预期目标（年初设定）", "<", "实际完成情况"},
		{"^", "控制病媒密度。", "<", "已控制在标准内。"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "监测次数", "12次"},
	}).build(55))
	if len(got.projects) != 1 || got.projects[0] != "病媒生物防制 (-/-/-) 控制病媒密度。" {
		t.Errorf("projects = %q", got.projects)
	}
}

// A project's 项目名称 after a department table opens the project's own
// form: its indicators are the project's, not the department's (西安).
func TestProjectAfterDepartmentTable(t *testing.T) {
	dept := sketch([][]string{
		{"部门名称", "XX局", "<", "<"},
		{"年度总体目标", "提升政务服务效能。", "<", "<"},
	}).build(35) // its indicators follow on later pages
	deptRows := sketch([][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "办件量", "≥1万件"},
	}).build(45)
	deptRows.Title = "部门整体支出绩效目标表"
	dept.Title = "部门整体支出绩效目标表"
	project := sketch([][]string{
		{"项目名称", "办公区室外绿化项目", "<", "<"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "绿植养护覆盖率", "≥95%"},
	}).build(36)
	project.Title = "（2025年度）"
	got := readGrids(dept, project, deptRows)
	want := []mIndicator{{"(department)", "产出指标", "数量指标", "办件量", "≥1万件"}}
	if len(got.projects) != 1 || len(got.indicators) != 2 || got.indicators[0].project != "办公区室外绿化项目" || got.indicators[1] != want[0] {
		t.Errorf("read:\n%s", got)
	}
}

// A sign column printed without a header of its own (its glyphs left of
// the 指标值 header, or under a header merged over both) joins the target.
func TestSignColumnWithoutHeader(t *testing.T) {
	got := readGrids(sketch([][]string{
		{"一级指标", "二级指标", "三级指标", "", "指标值", "计量单位"},
		{"产出指标", "数量指标", "培训人次", "≥", "1000", "人次"},
		{"^", "质量指标", "合格率", "≥", "95", "%"},
		{"效益指标", "社会效益指标", "群众满意", "定性", "有所提升", ""},
	}).build(3))
	want := []string{"≥1000人次", "≥95%", "有所提升"}
	if len(got.indicators) != len(want) {
		t.Fatalf("indicators:\n%s", got)
	}
	for i, w := range want {
		if got.indicators[i].target != w {
			t.Errorf("indicator %d target %q, want %q", i, got.indicators[i].target, w)
		}
	}
}

// TestLabelColumnBySpan: a header cell that reaches down over every body
// row (a vertical 年度绩效指标 beside the levels) is a label, whatever its
// words: no unknown column, no extra, the indicators read as without it.
func TestLabelColumnBySpan(t *testing.T) {
	body := [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "培训人次", "≥500人次"},
		{"^", "质量指标", "培训合格率", "≥95%"},
		{"满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"},
	}
	bare := readGrids(sketch(body).build(2))
	// a 备注 row under the indicators, outside the label's span, changes nothing
	t.Run("with a 备注 row below", func(t *testing.T) {
		rows := [][]string{append([]string{"绩效目标指标"}, body[0]...)}
		for _, row := range body[1:] {
			rows = append(rows, append([]string{"^"}, row...))
		}
		rows = append(rows, []string{"备注", "", "", "", ""})
		got := readGrids(sketch(rows).build(2))
		if !reflect.DeepEqual(got.indicators, bare.indicators) {
			t.Errorf("indicators = %v, want %v", got.indicators, bare.indicators)
		}
		if len(got.projects) > 0 && strings.Contains(got.projects[0], "备注") {
			t.Errorf("project %q took the 备注 row as its goal", got.projects[0])
		}
	})
	for _, label := range []string{"年度绩效指标", "绩效指标", "指标体系"} {
		t.Run(label, func(t *testing.T) {
			var rows [][]string
			for r, row := range body {
				side := "^"
				if r == 0 {
					side = label
				}
				rows = append(rows, append([]string{side}, row...))
			}
			var fp Parser
			fp.AddGrid(sketch(rows).build(2))
			projects, dept, _ := fp.Finish()
			for _, w := range fp.Warnings {
				if w.Code == budgetpdf.WarnUnknownHeader {
					t.Errorf("warning: %s", w.Message)
				}
			}
			got := readGrids(sketch(rows).build(2))
			if !reflect.DeepEqual(got.indicators, bare.indicators) || len(bare.indicators) != 3 {
				t.Errorf("indicators = %v, want %v", got.indicators, bare.indicators)
			}
			for _, p := range projects {
				for _, ind := range p.Indicators {
					if len(ind.Extra) > 0 {
						t.Errorf("%s: extra %v", ind.Name, ind.Extra)
					}
				}
			}
			if dept != nil {
				for _, ind := range dept.Indicators {
					if len(ind.Extra) > 0 {
						t.Errorf("%s: extra %v", ind.Name, ind.Extra)
					}
				}
			}
		})
	}
}

// TestProjectList: a table of projects, one a row, with amount and goal
// and no indicator columns (杭州 项目支出绩效表, 深圳 重点项目绩效目标)
// gives one project a row, whatever the header's wording; a goal cut by
// a page break joins its project; a row with no project warns.
func TestProjectList(t *testing.T) {
	headers := [][]string{
		{"单位名称", "项目名称", "金额", "绩效目标"},
		{"二级预算单位名称", "一级项目名称", "预算数（万元）", "绩效目标"},
	}
	for _, h := range headers {
		t.Run(h[1], func(t *testing.T) {
			page1 := sketch([][]string{
				h,
				{"某市司法局", "法治政府建设", "676.51", "推进行政立法工作科学高效。"},
				{"某市司法局", "公共法律服务", "196.87", "优化公共法律服务体系建设，"},
			}).build(39)
			page2 := sketch([][]string{
				{"", "", "", "打造法治化营商环境。"},
				{"某市监狱", "罪犯生活保障", "932.77", "保障罪犯的基本生活需求。"},
				{"合计", "", "1806.15", ""},
			}).build(40)
			var fp Parser
			fp.AddGrid(page1)
			fp.AddGrid(page2)
			projects, dept, _ := fp.Finish()
			var got []string
			for _, p := range projects {
				got = append(got, fmt.Sprintf("%s/%s %v %.2f %s %d", p.UnitName, p.Name, p.Pages, *p.Budget.Total, p.Goal, len(p.Indicators)))
			}
			want := []string{
				"某市司法局/法治政府建设 [39] 676.51 推进行政立法工作科学高效。 0",
				"某市司法局/公共法律服务 [39 40] 196.87 优化公共法律服务体系建设，打造法治化营商环境。 0",
				"某市监狱/罪犯生活保障 [40] 932.77 保障罪犯的基本生活需求。 0",
			}
			if dept != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("projects:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			var dropped []string
			for _, w := range fp.Warnings {
				dropped = append(dropped, w.Message)
			}
			if len(dropped) != 1 || !strings.Contains(dropped[0], "合计") {
				t.Errorf("warnings = %q, want one for the 合计 row", dropped)
			}
		})
	}
	// a label row with a goal beside it is no header of a project list
	t.Run("a label row", func(t *testing.T) {
		if cm, ok := MapHeader([]string{"项目名称", "道路维修", "年度绩效目标", "完成10公里道路维修。"}); ok {
			t.Errorf("label row mapped as a header: %v", cm.Roles)
		}
	})
}

// TestGoalColumnOfOneForm: a department table with a goal column beside
// its indicators (湖南: 整体绩效目标 over one cell spanning the rows, a
// group label 部门整体支出年度绩效目标 over the indicator header) takes
// its goal from the column, not from the group label, and keeps every
// indicator row.
func TestGoalColumnOfOneForm(t *testing.T) {
	g := sketch([][]string{
		{"单位名称", "资金总额", "整体绩效目标", "部门整体支出年度绩效目标", "<", "<", "<"},
		{"^", "^", "^", "一级指标", "二级指标", "三级指标", "指标值"},
		{"某市信访局", "417.41", "1.推动信访法治化。2.做好群众来访接待。", "产出指标", "数量指标", "接待群众人次", "≥5000人次"},
		{"^", "^", "^", "^", "质量指标", "信访事项按期办结率", "≥95%"},
		{"^", "^", "^", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"},
	}).build(30)
	g.Title = "部门整体支出绩效目标表"
	var fp Parser
	fp.AddGrid(g)
	projects, dept, _ := fp.Finish()
	if dept == nil || len(projects) != 0 {
		t.Fatalf("department %+v, projects %d", dept, len(projects))
	}
	if dept.Goal != "1.推动信访法治化。2.做好群众来访接待。" || len(dept.Indicators) != 3 {
		t.Errorf("goal %q, %d indicators; want the goal column's text and 3", dept.Goal, len(dept.Indicators))
	}
}
