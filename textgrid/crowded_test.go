package textgrid

import (
	"strings"
	"testing"
)

// TestCrowdedCells: pdftotext -layout keeps a single space after a cell
// that overran its column, so the next cell starts left of its column (or
// inside the one before); by order it is in a later column (snippets of
// real output).
func TestCrowdedCells(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{{
		name: "value pushed into the description column",
		lines: []string{
			" 一级指标    二级指标      三级指标         绩效指标描述                指标值    指标值确定依据",
			" 产出指标    数量指标     运输企业培     运输企业培训人次              1500 人次   运输企业培训人次",
			"                  训人次",
			"         时效指标     问题办结时     反映问题办结时限情况 ≤25 个工作日             行业标准",
			"                  限",
			"         成本指标     年度预算执     反映年度预算执行偏差 ≤3 百分比               部门工作计划",
			"                  行偏差率      率情况",
		},
		want: []string{
			"产出指标/数量指标/运输企业培训人次/运输企业培训人次/1500人次/运输企业培训人次",
			"产出指标/时效指标/问题办结时限/反映问题办结时限情况/≤25个工作日/行业标准",
			"产出指标/成本指标/年度预算执行偏差率/反映年度预算执行偏差率情况/≤3百分比/部门工作计划",
		},
	}, {
		name: "sign one space after a long name",
		lines: []string{
			"绩效指标     一级指标     二级指标            三级指标       指标性质          指标值   度量单位",
			"         产出指标     数量指标      送教下乡覆盖乡镇数    =          8            个",
			"                            开展教学视导活动次数 ≥            21           次",
			"                  质量指标      多媒体教室验收合格率 ≥            98.5         ％",
		},
		want: []string{
			"产出指标/数量指标/送教下乡覆盖乡镇数/=/8/个",
			"产出指标/数量指标/开展教学视导活动次数/≥/21/次",
			"产出指标/质量指标/多媒体教室验收合格率/≥/98.5/%",
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
