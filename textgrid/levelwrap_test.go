package textgrid

import (
	"strings"
	"testing"
)

// TestWrappedLevel2Mains: in a top-aligned table whose level-2 names mark
// the rows, a level-2 name that wraps ("生态效益指" / "标") still starts its
// row (snippets of real pdftotext -layout output).
func TestWrappedLevel2Mains(t *testing.T) {
	header := "一级指标   二级指标       三级指标         绩效指标描述          指标值       指标值确定依据"
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{{
		name: "level-2 name wrapped after one that fits",
		lines: []string{
			"       时效指标       资金拨付及        考核资金拨付及时率       ≥98%      预算安排",
			"                  时率",
			"",
			"效益指标   生态效益指      空气质量优        空气质量优良天数比率      ≧80%      空气质量优良天数",
			"       标          良天数比率                                  比率",
		},
		want: []string{
			"产出指标/时效指标/资金拨付及时率/考核资金拨付及时率/≥98%/预算安排",
			"效益指标/生态效益指标/空气质量优良天数比率/空气质量优良天数比率/≧80%/空气质量优良天数比率",
		},
	}, {
		name: "level-1 and level-2 names both wrapped",
		lines: []string{
			"       数量指标       受益群众人        反映受益群众人数情况      12900 人   受益群众人数",
			"                  数",
			"",
			"满意度指   服务对象满      参训人员满        考核参训人员满意度       >90 百分数   参训人员满意度",
			"标      意度指标       意度",
		},
		want: []string{
			"产出指标/数量指标/受益群众人数/反映受益群众人数情况/12900人/受益群众人数",
			"满意度指标/服务对象满意度指标/参训人员满意度/考核参训人员满意度/>90百分数/参训人员满意度",
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
