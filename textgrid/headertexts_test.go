package textgrid

import (
	"strings"
	"testing"
)

// TestHeaderTexts: plain text may print the level headers apart from the
// header run (the goal text between 二级指标 and 三级指标); they are put back
// in front, level 1 before level 2 (snippets of real pdftotext output).
func TestHeaderTexts(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string
	}{{
		name: "goal text between the level-2 header and the run",
		lines: []string{"其他资金", "年度总体目标", "一级指标", "¶产出指标", "¶效益指标", "满意度指标", "¶二级指标",
			"¶通过实施危桥改造工程，大力实施危桥改造，提升农村公路管理服务水", "平，资金使用规范高效。",
			"三级指标", "¶指标性质", "¶指标值", "¶度量单位"},
		want: "一级指标|二级指标|三级指标|指标性质|指标值|度量单位",
	}, {
		name: "only the level-2 header apart: level 1 added before it",
		lines: []string{"年度总体目标", "¶二级指标", "¶通过实施危桥改造工程，资金使用规范高效。",
			"三级指标", "¶指标性质", "¶指标值", "¶度量单位"},
		want: "一级指标|二级指标|三级指标|指标性质|指标值|度量单位",
	}, {
		name:  "all headers in the run",
		lines: []string{"年度总体目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"},
		want:  "一级指标|二级指标|三级指标|指标性质|指标值|度量单位",
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps := mergeVocab(piecesOf(tc.lines...))
			s, e := headerRun(ps)
			if s < 0 {
				t.Fatal("no header run")
			}
			if got := strings.Join(headerTexts(ps[s:e], ps[:s]), "|"); got != tc.want {
				t.Errorf("header %s, want %s", got, tc.want)
			}
		})
	}
}
