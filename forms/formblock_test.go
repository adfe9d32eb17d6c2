package forms

import "testing"

// The project's amounts, however the header block lays them out: label |
// value pairs, a label column over sub-labels, or a row of labels over a
// row of amounts (with 合计 for the total when a group label stands over
// them). The row of amounts is read, not reported as dropped; the first
// body row under a grouped header that names 资金总额 is an indicator.
func TestAmountLayouts(t *testing.T) {
	tests := []struct {
		name  string
		block [][]string
		want  string
	}{
		{"label | value pairs", [][]string{
			{"项目名称", "道路养护", "<", "<", "<", "<"},
			{"年度资金总额", "100.00", "财政拨款", "80.00", "其他资金", "20.00"},
		}, "道路养护 (100.00/80.00/20.00) "},
		{"a label column over sub-labels", [][]string{
			{"项目名称", "道路养护", "<", "<"},
			{"项目资金（万元）", "资金总额", "<", "100.00"},
			{"^", "其中：财政资金", "<", "80.00"},
			{"^", "其他资金", "<", "20.00"},
		}, "道路养护 (100.00/80.00/20.00) "},
		{"labels over their amounts", [][]string{
			{"项目名称", "道路养护", "<"},
			{"资金总额", "财政拨款", "其他资金"},
			{"100.00", "80.00", "20.00"},
		}, "道路养护 (100.00/80.00/20.00) "},
		{"合计 and its parts over their amounts, under a group label", [][]string{
			{"项目名称", "道路养护", "<", "<"},
			{"预算金额（万元）", "合计", "当年财政拨款", "其他资金"},
			{"^", "100.00", "80.00", "20.00"},
		}, "道路养护 (100.00/80.00/20.00) "},
		{"a blank value beside a label stays blank", [][]string{
			{"项目名称", "道路养护", "<", "<"},
			{"资金总额", "100.00", "<", "<"},
			{"财政拨款", "", "<", "<"},
			{"其他资金", "20.00", "<", "<"},
		}, "道路养护 (100.00/-/20.00) "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append(tt.block,
				[]string{"一级指标", "二级指标", "三级指标", "指标值"},
				[]string{"产出指标", "数量指标", "养护里程", "≥100公里"})
			width := 0
			for _, r := range rows {
				width = max(width, len(r))
			}
			for i := range rows {
				for len(rows[i]) < width {
					rows[i] = append(rows[i], "<")
				}
			}
			got := readGrids(sketch(rows).build(5))
			if len(got.projects) != 1 || got.projects[0] != tt.want {
				t.Errorf("projects = %q, want [%q]", got.projects, tt.want)
			}
			if len(got.indicators) != 1 || len(got.dropped) != 0 {
				t.Errorf("indicators %v, dropped %v", got.indicators, got.dropped)
			}
		})
	}
}

// A grouped header that names 资金总额 over a body row that prints the
// amount among the indicator's cells: that row is an indicator, not the
// label's value row.
func TestAmountLabelInAGroupedHeader(t *testing.T) {
	g := sketch([][]string{
		{"部门名称", "某局", "<", "<", "<", "<", "<"},
		{"单位名称", "资金总额", "按收入性质分", "绩效指标", "<", "<", "<"},
		{"^", "^", "其他资金", "一级指标", "二级指标", "三级指标", "指标值"},
		{"某局", "100.00", "20.00", "产出指标", "数量指标", "养护里程", "≥100公里"},
		{"^", "^", "^", "^", "质量指标", "合格率", "≥95%"},
	}).build(30)
	g.Title = "部门整体支出绩效目标表"
	got := readGrids(g)
	if len(got.indicators) != 2 {
		t.Fatalf("%d indicators, want 2:\n%s", len(got.indicators), got)
	}
}
