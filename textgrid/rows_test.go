package textgrid

import (
	"strings"
	"testing"
)

func TestSplitRows(t *testing.T) {
	tests := []struct {
		rule  string
		lines []string
		want  []string // per row: level1/level2/first content piece
	}{
		{"level 1 and level 2 open a row; a level name as a later cell does not",
			[]string{"产出指标", "数量指标", "代表活动调研次数", "代表活动调研次数 4次", "满意度指标 服务对象满意度指标", "服务对象满意度指标", "≥80服务对象满意度指标", "服务对象满意度指标"},
			[]string{"产出指标/数量指标/代表活动调研次数", "满意度指标/服务对象满意度指标/服务对象满意度指标"}},
		{"wrapped level names are rebuilt first (经济效益指 / 标)",
			[]string{"效益指标", "经济效益指", "标", "经济社会发展情况", "≥100百分比", "社会效益指", "标", "代表联系选民情况", "≥100百分比"},
			[]string{"效益指标/经济效益指标/经济社会发展情况", "/社会效益指标/代表联系选民情况"}},
		{"a row without its level 1 (plain text printed it elsewhere)",
			[]string{"数量指标", "群众培训人次", "≥840人次", "质量指标", "资金使用合规性", "合规"},
			[]string{"/数量指标/群众培训人次", "/质量指标/资金使用合规性"}},
	}
	for _, tt := range tests {
		ps := mergeVocab(piecesOf(tt.lines...))
		var got []string
		for _, r := range splitRows(ps, true) {
			first := ""
			if len(r.content) > 0 {
				first = r.content[0].text
			}
			got = append(got, r.level1+"/"+r.level2+"/"+first)
		}
		if strings.Join(got, " ; ") != strings.Join(tt.want, " ; ") {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, tt.want)
		}
	}
}

func TestFillLevels(t *testing.T) {
	rows := []*textRow{{level1: "满意度指标", level2: "生态效益指标"}, {level2: "可持续影响指标"}, {level2: "自定义指标"}, {}, {level1: "产出指标", level2: "数量指标"}}
	fillLevels(rows)
	want := []string{"效益指标/生态效益指标", "效益指标/可持续影响指标", "效益指标/自定义指标", "效益指标/自定义指标", "产出指标/数量指标"}
	for i, r := range rows {
		if got := r.level1 + "/" + r.level2; got != want[i] {
			t.Errorf("row %d: %s, want %s", i, got, want[i])
		}
	}
}

func TestMergeVocab(t *testing.T) {
	tests := []struct{ lines, want []string }{
		{[]string{"预算规模及", "资金用途"}, []string{"预算规模及资金用途"}},
		{[]string{"其中：财政", "资金"}, []string{"其中：财政资金"}},
		{[]string{"资金支出计", "划（%）"}, []string{"资金支出计划（%）"}},
		{[]string{"资金支出计划", "（%）"}, []string{"资金支出计划（%）"}},
		{[]string{"3 月底"}, []string{"3月底"}},
		{[]string{"服务对象满", "意度指标"}, []string{"服务对象满意度指标"}},
		{[]string{"满意度指标", "指标"}, []string{"满意度指标", "指标"}},
		{[]string{"对象满意度", "指标"}, []string{"对象满意度", "指标"}},
		{[]string{"项目名称 代表调研协调经费"}, []string{"项目名称", "代表调研协调经费"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range mergeVocab(piecesOf(tt.lines...)) {
			got = append(got, p.text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// TestMoveStrayUnits: plain pdftotext printed two unit cells after the
// page's last row (dev-001: 统计报表持续发挥作用年限 ≥ 19 / % / 年).
func TestMoveStrayUnits(t *testing.T) {
	ps := piecesOf("统计调查样本运行完好率", "¶≥", "¶93", "¶统计执法资源节约情况", "¶定性", "¶明显节约",
		"¶统计报表持续发挥作用年限", "¶≥", "¶19", "¶%", "¶年")
	rows := []*textRow{{content: ps[0:3]}, {content: ps[3:6]}, {content: ps[6:]}}
	for _, r := range rows {
		r.groups = stitchGroups(r.content, rolesT3, false)
	}
	moveStrayUnits(rows, rolesT3)
	var got []string
	for _, r := range rows {
		got = append(got, joinPieces(r.groups[2])+joinPieces(r.groups[3]))
	}
	if want := "93%|明显节约|19年"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestAnchorRows: plain pdftotext printed the merged level-2 cells once,
// before the rows (dev-011's 数量指标 / 质量指标), so rows are found from
// their targets; a qualitative target between two anchors is a row too.
func TestAnchorRows(t *testing.T) {
	ps := piecesOf("数量指标", "¶质量指标",
		"¶社区养老服务站覆盖数量", "¶反映社区养老服务站覆盖数量情况", "¶≥41 个", "¶社区养老服务站覆盖数量",
		"¶开展城乡低保审核活动次", "数", "¶开展城乡低保审核活动次数", "¶≥13 开展城乡低保", "审核活动次数", "¶相关政策文件规定",
		"¶特困人员供养工作质量", "¶特困人员供养工作质量", "¶优良", "¶历史标准",
		"¶资金使用合规率", "¶衡量资金使用合规率", "¶100%", "¶预算安排")
	rows := anchorRows(ps, rolesT1, false)
	var got []string
	for _, r := range rows {
		var cells []string
		for _, g := range r.groups {
			cells = append(cells, joinPieces(g))
		}
		got = append(got, strings.Join(cells, "|"))
	}
	want := []string{
		"社区养老服务站覆盖数量|反映社区养老服务站覆盖数量情况|≥41个|社区养老服务站覆盖数量",
		"开展城乡低保审核活动次数|开展城乡低保审核活动次数|≥13开展城乡低保审核活动次数|相关政策文件规定",
		"特困人员供养工作质量|特困人员供养工作质量|优良|历史标准",
		"资金使用合规率|衡量资金使用合规率|100%|预算安排",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
