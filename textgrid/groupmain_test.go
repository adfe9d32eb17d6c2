package textgrid

import (
	"strings"
	"testing"
)

// TestGroupMains: in a centred table whose rows are set apart by blank
// lines, a row with a qualitative target and wrapped cells has no line
// that looks like a main line; it still is a row of its own (snippet of
// real pdftotext -layout output).
func TestGroupMains(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{{
		name: "qualitative row between blank lines",
		lines: []string{
			"一级指标   二级指标     三级指标           绩效指标描述       指标值        指标值确定依据",
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
			"",
			"       可持续影     长效管理机制                                 长效管理机制建立",
			"                               长效管理机制建立情况   长效运行",
			"       响指标      建立情况                                   情况",
		},
		want: []string{
			"产出指标/时效指标/问题办结时限/问题办结时限/≤23天/年度工作计划",
			"效益指标/经济效益指标/带动群众增收金额/带动群众增收金额的完成情况/≧361万元/计划标准",
			"效益指标/经济效益指标/经济社会发展情况/考核经济社会发展情况/≥100%/经济社会发展情况",
			"效益指标/可持续影响指标/长效管理机制建立情况/长效管理机制建立情况/长效运行/长效管理机制建立情况",
		},
	}, {
		name: "a group with a main line keeps it",
		lines: []string{
			"   一级指标      二级指标         三级指标              绩效指标描述                指标值        指标值确定依据",
			"",
			"                    开展城乡低保审核活动次                                 ≥13 开展城乡低保",
			"                                    开展城乡低保审核活动次数                             相关政策文件规定",
			"           数量指标     数                                           审核活动次数",
			"",
			"                    组织殡葬服务场次        考核组织殡葬服务场次                  ≥12 场        组织殡葬服务场次",
		},
		want: []string{
			"产出指标/数量指标/开展城乡低保审核活动次数/开展城乡低保审核活动次数/≥13开展城乡低保审核活动次数/相关政策文件规定",
			"产出指标/数量指标/组织殡葬服务场次/考核组织殡葬服务场次/≥12场/组织殡葬服务场次",
		},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := layoutTableRows(t, tc.lines)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
