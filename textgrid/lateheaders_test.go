package textgrid

import (
	"strings"
	"testing"
)

// TestLateHeaders: plain pdftotext printed 指标值 and 指标值确定依据 after a
// page's rows (real order of dev output); they complete the header row.
func TestLateHeaders(t *testing.T) {
	pieces := func(texts ...string) []piece {
		var ps []piece
		for i, s := range texts {
			ps = append(ps, piece{text: s, line: i, gap: gapBlank})
		}
		return ps
	}
	cases := []struct {
		name   string
		header []string
		body   []piece
		want   []string
	}{{
		name:   "target and basis after the rows",
		header: []string{"一级指标", "二级指标", "三级指标", "绩效指标描述"},
		body:   pieces("产出指标", "数量指标", "完成危桥改造项目数量", "≥14 个", "-4-", "指标值", "指标值确定依据", "满意度指标"),
		want:   []string{"指标值", "指标值确定依据"},
	}, {
		name:   "header already has its target",
		header: []string{"一级指标", "二级指标", "三级指标", "指标值"},
		body:   pieces("产出指标", "数量指标", "完成危桥改造项目数量", "≥14 个", "指标值确定依据"),
	}, {
		name:   "late words that give no target",
		header: []string{"一级指标", "二级指标", "三级指标", "绩效指标描述"},
		body:   pieces("产出指标", "指标值确定依据", "数量指标", "指标值"),
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lateHeaders(c.header, c.body)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("late headers %q, want %q", got, c.want)
			}
		})
	}
}
