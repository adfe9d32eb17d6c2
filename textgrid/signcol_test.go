package textgrid

import (
	"strings"
	"testing"
)

// TestSignsToSignColumn: a 指标性质 sign printed one space after a name
// that fills its column (or on the main line of a wrapped name) lands in
// the name column by position; it belongs to the sign column (snippets of
// real pdftotext -layout output).
func TestSignsToSignColumn(t *testing.T) {
	header := " 一级指标    二级指标       三级指标             指标性质         指标值   度量单位"
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{{
		name: "sign after a long name",
		lines: []string{
			"         数量指标    完成临时救助项目数量 =               13          个",
			"         数量指标    困境儿童培训人次        ≥          1900        人次",
		},
		want: []string{
			"产出指标/数量指标/完成临时救助项目数量/=/13/个",
			"产出指标/数量指标/困境儿童培训人次/≥/1900/人次",
		},
	}, {
		name: "sign on the main line of a wrapped name",
		lines: []string{
			"         数量指标    困境儿童培训人次        ≥          1900        人次",
			"                 城乡低保审核涉及高龄",
			"         数量指标               ≥               1100        户",
			"                 老人户数",
			"         质量指标    资金使用合规性         定性         合规",
		},
		want: []string{
			"产出指标/数量指标/困境儿童培训人次/≥/1900/人次",
			"产出指标/数量指标/城乡低保审核涉及高龄老人户数/≥/1100/户",
			"产出指标/质量指标/资金使用合规性/定性/合规/",
		},
	}, {
		name: "qualitative sign after a long name",
		lines: []string{
			"        经济效益指标   经济社会发展情况        ≥          100         %",
			"        经济效益指标   促进社会救助经济发展 定性              逐步提高",
		},
		want: []string{
			"效益指标/经济效益指标/经济社会发展情况/≥/100/%",
			"效益指标/经济效益指标/促进社会救助经济发展/定性/逐步提高/",
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
