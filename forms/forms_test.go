package forms

import (
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// testGrid builds a one-cell-per-position grid from rows of text.
func testGrid(page int, rows [][]string) *layout.Grid {
	g := layout.NewGrid(page, len(rows), len(rows[0]))
	g.Ruled = true
	for r, row := range rows {
		for c, text := range row {
			g.Place(&layout.Cell{Text: text, Row: r, Col: c, RowSpan: 1, ColSpan: 1, Page: page})
		}
	}
	return g
}

func TestFormFromGrids(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(3, [][]string{
		{"项目编码", "13022523P00QK8310006H", "项目名称", "代表调研协调经费"},
		{"预算数", "15.00", "其中：财政资金", "15.00"},
		{"其他资金", "", "绩效目标", "确保代表活动正常开展。"},
		{"3月底", "6月底", "10月底", "12月底"},
		{"2.00", "6.00", "10.00", "15.00"},
	}))
	fp.AddGrid(testGrid(3, [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准", "自定义列"},
		{"产出指标", "数量指标", "代表活动调研次数", "4次", "", "x"},
		{"", "", "召开座谈会次数", "≥10次", "", "y"},
		{"效果指标", "创新指标", "工作创新", "有效提升", "", ""},
	}))
	projects, dept, _ := fp.Finish()
	if dept != nil || len(projects) != 1 {
		t.Fatalf("projects %d, department %v", len(projects), dept)
	}
	p := projects[0]
	if p.Code != "13022523P00QK8310006H" || p.Name != "代表调研协调经费" || *p.Budget.Total != 15 || p.Budget.Other != nil || p.Goal == "" {
		t.Errorf("header block = %+v", p)
	}
	if len(p.Plan) != 4 || p.Plan[3].Period != "12月底" || *p.Plan[3].Value != 15 {
		t.Errorf("plan = %+v", p.Plan)
	}
	if len(p.Indicators) != 3 {
		t.Fatalf("indicators = %+v", p.Indicators)
	}
	second := p.Indicators[1]
	if second.Level1 != "产出指标" || second.Level2 != "数量指标" || second.Op != "≥" || *second.Value != 10 || second.Unit != "次" {
		t.Errorf("fill-down or target parse wrong: %+v", second)
	}
	if second.Extra["自定义列"] != "y" {
		t.Errorf("unknown column not kept in extra: %+v", second.Extra)
	}
	codes := map[string]int{}
	for _, w := range fp.Warnings {
		codes[w.Code]++
	}
	if codes[budgetpdf.WarnUnknownHeader] != 1 || codes[budgetpdf.WarnUnknownLevel] != 1 {
		t.Errorf("warnings = %+v: want one unknown column (自定义列; 评（扣）分标准 is known) and one unknown 二级 (创新指标)", fp.Warnings)
	}
}

func TestBudgetChecksWarnNeverFix(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(1, [][]string{
		{"项目名称", "测试项目", "预算数", "20.00"},
		{"其中：财政资金", "15.00", "其他资金", "1.00"},
		{"3月底", "6月底", "10月底", "12月底"},
		{"1", "2", "3", "18"},
	}))
	projects, _, _ := fp.Finish()
	if *projects[0].Budget.Total != 20 {
		t.Errorf("the total was changed")
	}
	codes := map[string]bool{}
	for _, w := range fp.Warnings {
		codes[w.Code] = true
	}
	if !codes[budgetpdf.WarnBudgetSum] || !codes[budgetpdf.WarnPlanEnd] {
		t.Errorf("warnings = %+v, want budget_sum_mismatch and plan_end_mismatch", fp.Warnings)
	}
}

func TestDepartmentTableT2(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(2, [][]string{
		{"部门（单位）名称", "XX县财政局", "", "", "", "", "", "", ""},
		{"年度总体绩效目标", "保障机关正常运转，完成年度预算编制。", "", "", "", "", "", "", ""},
		{"一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评（扣）分标准", "备注"},
		{"产出指标", "数量指标", "培训人次", "≥", "1200", "人次", "全年培训人次", "完成得满分", ""},
		{"", "时效指标", "预算编制完成时间", "定性", "按时完成", "", "按期完成", "", "无"},
	}))
	projects, dept, _ := fp.Finish()
	if len(projects) != 0 || dept == nil {
		t.Fatalf("projects %d, department %v", len(projects), dept)
	}
	if fp.UnitName != "XX县财政局" {
		t.Errorf("unit name from the department table = %q", fp.UnitName)
	}
	if dept.Goal != "保障机关正常运转，完成年度预算编制。" || len(dept.Indicators) != 2 {
		t.Fatalf("department = %+v", dept)
	}
	first := dept.Indicators[0]
	if first.Target != "≥1200人次" || first.Op != "≥" || *first.Value != 1200 || first.Unit != "人次" || first.Description != "全年培训人次" {
		t.Errorf("T2 row = %+v (target is 指标值类型 when a comparator + 指标值 + 计量单位; 指标值类型 is kept in extra too)", first)
	}
	if first.Extra["指标值类型"] != "≥" || first.Extra["评（扣）分标准"] != "完成得满分" {
		t.Errorf("extra = %+v", first.Extra)
	}
	if second := dept.Indicators[1]; second.Level1 != "产出指标" || second.Op != "" || second.Value != nil {
		t.Errorf("qualitative row = %+v", second)
	}
}

func TestHubeiFormT4(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(5, [][]string{
		{"项目名称", "农村公路养护", "项目类别", "延续性项目"},
		{"预算金额（万元）", "120.50", "", ""},
		{"绩效目标", "完成农村公路养护300公里。", "", ""},
		{"一级指标", "二级指标", "绩效标准", "当年预期实现值"},
		{"产出指标", "养护里程", "≥300公里", "≥300公里"},
		{"效益指标", "群众满意度", "≥90%", "≥90%"},
	}))
	projects, _, money := fp.Finish()
	if len(projects) != 1 {
		t.Fatalf("projects = %+v", projects)
	}
	p := projects[0]
	if p.Name != "农村公路养护" || *p.Budget.Total != 120.5 || p.Budget.Fiscal != nil || money != "万元" {
		t.Errorf("header = %+v, money unit %q", p, money)
	}
	ind := p.Indicators[0]
	if ind.Name != "养护里程" || ind.Level2 != "" || ind.Target != "≥300公里" || ind.Unit != "公里" || ind.Extra["绩效标准"] != "≥300公里" {
		t.Errorf("T4 row = %+v (name is the 二级指标 column, level2 empty, 绩效标准 in extra)", ind)
	}
}

func TestRowSplitByAPageBreak(t *testing.T) {
	header := []string{"一级指标", "二级指标", "三级指标", "指标值"}
	tests := []struct {
		name       string
		foot, head []string // the last row on page 3, the first on page 4
		wantName   string
		wantTarget string
	}{
		{"the target is on the second page", []string{"", "", "促进水资源", ""}, []string{"", "", "节约经济发展", "有效促进"}, "促进水资源节约经济发展", "有效促进"},
		{"the name goes on without the target", []string{"", "", "代表活动调", "4次"}, []string{"", "", "研次数", ""}, "代表活动调研次数", "4次"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fp Parser
			fp.AddGrid(testGrid(3, [][]string{{"项目名称", "测试项目", "", ""}}))
			fp.AddGrid(testGrid(3, [][]string{header, {"产出指标", "数量指标", "河道建设数量", "≥3处"}, tt.foot}))
			fp.AddGrid(testGrid(4, [][]string{tt.head, {"", "", "群众满意度", "≥90%"}}))
			projects, _, _ := fp.Finish()
			inds := projects[0].Indicators
			if len(inds) != 3 {
				t.Fatalf("%d indicators, want 3: %+v", len(inds), inds)
			}
			if inds[1].Name != tt.wantName || inds[1].Target != tt.wantTarget || inds[1].Page != 3 {
				t.Errorf("merged row = %+v", inds[1])
			}
			if fmtPages := projects[0].Pages; len(fmtPages) != 2 {
				t.Errorf("pages = %v", fmtPages)
			}
		})
	}
}
