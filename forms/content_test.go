package forms

import (
	"testing"
)

// Headers the lexicon does not know, or that name the wrong thing, beside
// cells that say what their columns are: the cells decide. Each case is a
// wording seen in no real-cn file (指标方向, 计量, 具体指标, 指标项 …), so
// the rules are tested on layouts they were not written for.
func TestColumnsByTheirCells(t *testing.T) {
	row := func(cells ...string) []string { return cells }
	want := []mIndicator{
		{"道路养护", "产出指标", "数量指标", "养护里程", "≥100公里"},
		{"道路养护", "产出指标", "质量指标", "合格率", "≥95%"},
		{"道路养护", "效益指标", "社会效益指标", "通行能力", "有效提升"},
	}
	body := func(l1, l2, name, sign, value, unit bool) [][]string {
		var out [][]string
		for i, w := range want {
			var r []string
			if l1 {
				r = append(r, w.level1)
				if i == 1 {
					r[len(r)-1] = "^"
				}
			}
			if l2 {
				r = append(r, w.level2)
			}
			if name {
				r = append(r, w.name)
			}
			v, s, u := []string{"100", "95", "有效提升"}[i], []string{"≥", "≥", "定性"}[i], []string{"公里", "%", ""}[i]
			switch {
			case sign && unit:
				r = append(r, s, v, u)
			case sign:
				r = append(r, s, v+u)
			case unit:
				if s == "定性" {
					s = ""
				}
				r = append(r, s+v, u)
			default:
				r = append(r, w.target)
			}
			out = append(out, r)
		}
		return out
	}
	tests := []struct {
		name   string
		header []string
		rows   [][]string
	}{
		{"a sign column under a header the lexicon does not know", row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "单位"), body(true, true, true, true, true, true)},
		{"a sign column under a blank header", row("一级指标", "二级指标", "三级指标", "", "指标值"), body(true, true, true, true, true, false)},
		{"a unit column under a header the lexicon does not know", row("一级指标", "二级指标", "三级指标", "指标值", "计量"), body(true, true, true, false, true, true)},
		{"level 1 under 绩效指标", row("绩效指标", "二级指标", "三级指标", "指标值"), body(true, true, true, false, false, false)},
		{"the name under 具体指标", row("一级指标", "二级指标", "具体指标", "指标值"), body(true, true, true, false, false, false)},
		{"the name under 考核指标", row("一级指标", "二级指标", "考核指标", "指标值"), body(true, true, true, false, false, false)},
		{"the name under a bare 指标", row("一级指标", "二级指标", "指标", "指标值"), body(true, true, true, false, false, false)},
		{"the name under 指标项, level 2 beside it", row("一级指标", "二级指标", "指标项", "指标值"), body(true, true, true, false, false, false)},
		{"level 1 under 绩效指标, the name under 指标项", row("绩效指标", "二级指标", "指标项", "指标值"), body(true, true, true, false, false, false)},
		{"the target under 预期目标", row("一级指标", "二级指标", "三级指标", "预期目标"), body(true, true, true, false, false, false)},
		{"the year's value beside the actual one (a 自评表)", row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
			[][]string{
				{"产出指标", "数量指标", "养护里程", "≥100公里", "105公里", "10", "10"},
				{"^", "质量指标", "合格率", "≥95%", "97%", "10", "9"},
				{"效益指标", "社会效益指标", "通行能力", "有效提升", "提升", "10", "10"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := [][]string{{"项目名称", "道路养护"}}
			for len(rows[0]) < len(tt.header) {
				rows[0] = append(rows[0], "<")
			}
			rows = append(rows, tt.header)
			rows = append(rows, tt.rows...)
			got := readGrids(sketch(rows).build(5))
			if len(got.indicators) != len(want) {
				t.Fatalf("%d indicators, want %d:\n%s", len(got.indicators), len(want), got)
			}
			for i, w := range want {
				if got.indicators[i] != w {
					t.Errorf("indicator %d = %v, want %v", i, got.indicators[i], w)
				}
			}
			if len(got.dropped) != 0 {
				t.Errorf("row_dropped: %v", got.dropped)
			}
		})
	}
}

// The framework's level names are values, run together or cut at their
// start too (text input: 社会效益指标指标, 意度指标): a body row that prints one
// beside a text ending in 值 (指标6：外贸进出口总值) is an indicator, never
// a second header.
func TestLevelNamesAreNoHeader(t *testing.T) {
	got := readGrids(sketch([][]string{
		{"项目名称", "商务发展", "<", "<"},
		{"一级指标", "二级指标", "三级指标", "指标值"},
		{"效益指标", "经济效益指标", "指标5：企业进口额", "逐年增长"},
		{"^", "^", "指标6：外贸进出口总值", "同比增长5%"},
		{"^", "^", "指标7：企业业务收入", "提升"},
	}).build(75))
	if len(got.indicators) != 3 {
		t.Fatalf("%d indicators, want 3:\n%s", len(got.indicators), got)
	}
	if i := got.indicators[2]; i.name != "指标7：企业业务收入" || i.level2 != "经济效益指标" || i.target != "提升" {
		t.Errorf("the row after a 值 name = %v", i)
	}
	for _, k := range []string{"产出指标", "11-数量指标", "经济效益指标", "社会效益指标指标", "意度指标"} {
		if s := scoreHeader(k); len(s) != 0 {
			t.Errorf("scoreHeader(%q) = %v, want nothing: a level name is no header", k, s)
		}
	}
}
