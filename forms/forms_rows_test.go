package forms

import (
	"reflect"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestLevelName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1-产出指标", "产出指标"},
		{"11-数量指标", "数量指标"},
		{"  2 - 效益指标 ", "效益指标"},
		{"1.1-质量指标", "质量指标"},
		{"3、满意度指标", "满意度指标"},
		{"1．时效指标", "时效指标"},
		{"产出指标", "产出指标"},
		{"", ""},
		{"2026年度目标", "2026年度目标"}, // a number that is no numbering stays
		{"100%", "100%"},
	}
	for _, tt := range tests {
		if got := levelName(tt.in); got != tt.want {
			t.Errorf("levelName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLeadingLevels(t *testing.T) {
	tests := []struct {
		name         string
		l1, l2, rest string
		ok           bool
		note         string
	}{
		{"产出指标质量指标巩固空气质量改善成效", "产出指标", "质量指标", "巩固空气质量改善成效", true, ""},
		{"产出指标数量指标新建公厕数量", "产出指标", "数量指标", "新建公厕数量", true, ""},
		{"效益指标社会效益指标群众知晓率", "效益指标", "社会效益指标", "群众知晓率", true, ""},
		{"满意度指标服务对象满意度指标群众满意度", "满意度指标", "服务对象满意度指标", "群众满意度", true, ""},
		{"成本指标经济成本指标项目成本控制", "成本指标", "经济成本指标", "项目成本控制", true, ""},
		// names that merely start like a level stay whole
		{"产出效益分析报告", "", "", "产出效益分析报告", false, ""},
		{"产出指标完成率", "", "", "产出指标完成率", false, ""},
		{"效益指标质量指标", "", "", "效益指标质量指标", false, "质量指标 is no level 2 of 效益指标"},
		{"产出指标数量指标", "", "", "产出指标数量指标", false, "nothing after the levels"},
		{"群众满意度", "", "", "群众满意度", false, ""},
	}
	for _, tt := range tests {
		l1, l2, rest, ok := leadingLevels(tt.name)
		if l1 != tt.l1 || l2 != tt.l2 || rest != tt.rest || ok != tt.ok {
			t.Errorf("leadingLevels(%q) = %q, %q, %q, %v; want %q, %q, %q, %v %s", tt.name, l1, l2, rest, ok, tt.l1, tt.l2, tt.rest, tt.ok, tt.note)
		}
	}
}

// TestLeadingLevelsInATable: a table without level columns whose name
// cells print the levels first gives indicators with their levels.
func TestLeadingLevelsInATable(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(2, [][]string{{"项目名称", "大气污染防治", "", ""}}))
	fp.AddGrid(testGrid(2, [][]string{
		{"绩效指标", "指标名称", "指标值", "计量单位"},
		{"", "产出指标质量指标巩固空气质量改善成效", "有效巩固", ""},
		{"", "效益指标生态效益指标PM2.5浓度下降", "≥5", "%"},
	}))
	projects, _, _ := fp.Finish()
	if len(projects) != 1 || len(projects[0].Indicators) != 2 {
		t.Fatalf("projects = %+v", projects)
	}
	got := projects[0].Indicators
	if i := got[0]; i.Level1 != "产出指标" || i.Level2 != "质量指标" || i.Name != "巩固空气质量改善成效" || i.Target != "有效巩固" {
		t.Errorf("first = %+v", i)
	}
	if i := got[1]; i.Level1 != "效益指标" || i.Level2 != "生态效益指标" || i.Name != "PM2.5浓度下降" || i.Target != "≥5%" {
		t.Errorf("second = %+v", i)
	}
}

func TestPlaceholder(t *testing.T) {
	for s, want := range map[string]bool{
		"无": true, " 无 ": true, "/": true, "—": true, "——": true, "-": true, "暂无": true,
		"无障碍设施": false, "无事故": false, "0": false, "": false, "/年": false, "100%": false,
	} {
		if got := placeholder(s); got != want {
			t.Errorf("placeholder(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSubColumns(t *testing.T) {
	table := []float64{40, 90, 150, 200, 260, 310, 370}
	tests := []struct {
		name  string
		inner []float64
		remap []int
		ok    bool
	}{
		{"all boundaries: the identity", table, []int{0, 1, 2, 3, 4, 5}, true},
		{"the first three columns merged", []float64{40, 200, 260, 310, 370}, []int{0, 0, 0, 1, 2, 3}, true},
		{"two merged in the middle", []float64{40, 90, 200, 260, 310, 370}, []int{0, 1, 1, 2, 3, 4}, true},
		{"a right-hand part of the table", []float64{200, 260, 310, 370}, []int{-1, -1, -1, 0, 1, 2}, true},
		{"boundaries a little off (within the tolerance)", []float64{41.5, 198.8, 261, 309.2, 371}, []int{0, 0, 0, 1, 2, 3}, true},
		{"a boundary that is not the table's", []float64{40, 120, 200, 260, 310, 370}, nil, false},
		{"just outside the tolerance", []float64{40, 205, 260, 310, 370}, nil, false},
		{"one column is too few", []float64{40, 370}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			remap, ok := subColumns(table, tt.inner, 3)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v (remap %v)", ok, tt.ok, remap)
			}
			if ok && !reflect.DeepEqual(remap, tt.remap) {
				t.Errorf("remap = %v, want %v", remap, tt.remap)
			}
		})
	}
}

func TestCaptionNameOfForms(t *testing.T) {
	tests := []struct{ caption, want string }{
		{"城乡环境整治项目绩效目标表", "城乡环境整治"},
		{"2026年老旧小区改造项目绩效目标表", "老旧小区改造"},
		{"5.社区养老服务补贴项目绩效目标表", "社区养老服务补贴"},
		{"教师培训经费项目支出绩效目标表", "教师培训经费"},
		{"某市看守所（某市女子看守所）相关设施建设项目绩效目标表", "某市看守所（某市女子看守所）相关设施建设"},
		{"（2026年）项目支出绩效目标表", ""},
		{"农村饮水安全工程绩效目标申报表", "农村饮水安全工程"},
		{"2026年部门整体绩效目标表", ""},
		{"预算12表项目支出绩效目标表", ""},
		{"项目支出绩效目标表", ""},
		{"2026年度部门预算公开表", ""},
	}
	for _, tt := range tests {
		if got := CaptionName(tt.caption); got != tt.want {
			t.Errorf("CaptionName(%q) = %q, want %q", tt.caption, got, tt.want)
		}
	}
}

// TestCaptionNamesAGridlessProject: a project with no 项目名称 row takes
// its name from the caption above its grid.
func TestCaptionNamesAGridlessProject(t *testing.T) {
	var fp Parser
	g := testGrid(4, [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"产出指标", "数量指标", "新建公厕数量", "5座"},
	})
	g.Title = "2026年公厕建设项目绩效目标表"
	fp.AddGrid(g)
	projects, dept, _ := fp.Finish()
	if dept != nil || len(projects) != 1 || projects[0].Name != "公厕建设" || len(projects[0].Indicators) != 1 {
		t.Errorf("projects = %+v, department %+v", projects, dept)
	}
}

// TestRowDroppedWarning: a body row with no name and no target that still
// prints something gives a row_dropped warning with its page and row; a
// blank row gives none; the level printed alone still fills down.
func TestRowDroppedWarning(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(6, [][]string{{"项目名称", "测试项目", "", "", ""}}))
	fp.AddGrid(testGrid(6, [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值", "备注"},
		{"产出指标", "数量指标", "培训人次", "≥500人次", ""},
		{"", "", "", "", ""},
		{"", "", "", "", "以上指标按季度考核"},
	}))
	fp.AddGrid(testGrid(7, [][]string{
		{"效益指标", "", "", "", ""},
		{"", "社会效益指标", "群众知晓率", "≥90%", ""},
		{"无", "", "无", "/", ""},
	}))
	projects, _, _ := fp.Finish()
	if len(projects) != 1 || len(projects[0].Indicators) != 2 {
		t.Fatalf("projects = %+v", projects)
	}
	if i := projects[0].Indicators[1]; i.Level1 != "效益指标" || i.Level2 != "社会效益指标" || i.Name != "群众知晓率" || i.Page != 7 {
		t.Errorf("second indicator = %+v", i)
	}
	var dropped []budgetpdf.Warning
	for _, w := range fp.Warnings {
		if w.Code == budgetpdf.WarnRowDropped {
			dropped = append(dropped, w)
		}
	}
	want := []struct {
		page int
		has  []string
	}{
		{6, []string{"table row 4", "no indicator name or target", "以上指标按季度考核"}},
		{7, []string{"table row 1", "no indicator name or target", "效益指标"}},
		{7, []string{"table row 3", "placeholder"}},
	}
	if len(dropped) != len(want) {
		t.Fatalf("row_dropped warnings = %+v, want %d", dropped, len(want))
	}
	for k, w := range want {
		if dropped[k].Page != w.page {
			t.Errorf("warning %d on page %d, want %d: %+v", k, dropped[k].Page, w.page, dropped[k])
		}
		for _, s := range w.has {
			if !strings.Contains(dropped[k].Message, s) {
				t.Errorf("warning %d %q does not say %q", k, dropped[k].Message, s)
			}
		}
	}
}

func TestSplitLevelScore(t *testing.T) {
	for _, tt := range []struct{ in, level, score string }{
		{"产出指标（50分）", "产出指标", "50"},
		{"效益指标(30分）", "效益指标", "30"},
		{"效益指标30分", "效益指标", "30"},
		{"满意度指标10", "满意度指标", "10"},
		{"满意度指标（10）", "满意度指标", "10"},
		{"数量指标(12.5分)", "数量指标", "12.5"},
		{"产出指标", "产出指标", ""},
		{"总分", "总分", ""},
		{"项目10", "项目10", ""}, // what is left is no level name: kept as printed
		{"", "", ""},
	} {
		if l, s := splitLevelScore(tt.in); l != tt.level || s != tt.score {
			t.Errorf("splitLevelScore(%q) = %q, %q; want %q, %q", tt.in, l, s, tt.level, tt.score)
		}
	}
}
