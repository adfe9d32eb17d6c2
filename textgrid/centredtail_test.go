package textgrid

import (
	"strings"
	"testing"
)

// TestDemoteCentredTails: a centred row of three lines whose target
// wraps: the tail line (name, target and basis tails) is no row of its own
// (snippets of real pdftotext -layout output).
func TestDemoteCentredTails(t *testing.T) {
	header := "一级指标   二级指标     三级指标           绩效指标描述       指标值        指标值确定依据"
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{{
		name: "wrapped target, then a one-line row",
		lines: []string{
			"",
			"                参加执法检查                      ≥160 参加执   上年度实际完成情",
			"       数量指标                    参加执法检查人数",
			"                人数                          法检查人数      况",
			"",
			"产出指标            应急演练质量                                 上年度实际完成情",
			"       质量指标                    应急演练质量达标率    ≥95%",
			"                达标率                                    况",
			"",
			"       时效指标     问题办结时限         问题办结时限       ≤23 天      年度工作计划",
			"",
			"                带动群众增收         带动群众增收金额的完",
			"                                            ≧361 万元    计划标准",
			"                金额             成情况",
			"       经济效益",
			"       指标",
			"                经济社会发展",
			"效益指标                           考核经济社会发展情况   ≥100%      经济社会发展情况",
			"                情况",
		},
		want: []string{
			"产出指标/数量指标/参加执法检查人数/参加执法检查人数/≥160参加执法检查人数/上年度实际完成情况",
			"产出指标/质量指标/应急演练质量达标率/应急演练质量达标率/≥95%/上年度实际完成情况",
			"产出指标/时效指标/问题办结时限/问题办结时限/≤23天/年度工作计划",
			"效益指标/经济效益指标/带动群众增收金额/带动群众增收金额的完成情况/≧361万元/计划标准",
			"效益指标/经济效益指标/经济社会发展情况/考核经济社会发展情况/≥100%/经济社会发展情况",
		},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := layoutTableRows(t, append([]string{header}, tc.lines...))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
