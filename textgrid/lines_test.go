package textgrid

import (
	"strings"
	"testing"
)

func TestTextFurniture(t *testing.T) {
	page := func(lines ...string) rawPage { return rawPage(lines) }
	tests := []struct {
		rule  string
		pages []rawPage
		want  string // kept lines, pages joined by " / "
	}{
		{"decorated page numbers go anywhere (a footer amid table cells)",
			[]rawPage{page("参训人员满意度", "", "第4页", "", "≥", "89", "%")},
			"参训人员满意度 ≥ 89 %"},
		{"-N- and 第N页共M页 forms",
			[]rawPage{page("正文一", "-1-"), page("正文二", "第2页共9页")},
			"正文一 / 正文二"},
		{"bare numbers that run with the pages go; a lone value stays",
			[]rawPage{page("正文一", "5", "3"), page("正文二", "4")},
			"正文一 5 / 正文二"},
		{"a bare number alone between extra blank lines (no form feeds)",
			[]rawPage{page("国", "", "", "", "3", "", "有资产")},
			"国 有资产"},
		{"running headers go except on the first page",
			[]rawPage{page("某某局 2024 年部门预算", "正文一"), page("某某局 2024 年部门预算", "正文二"), page("某某局 2024 年部门预算", "正文三")},
			"某某局 2024 年部门预算 正文一 / 正文二 / 正文三"},
	}
	for _, tt := range tests {
		drop := textFurniture(tt.pages, false)
		var pages []string
		for pi, p := range tt.pages {
			var kept []string
			for li, l := range p {
				if strings.TrimSpace(l) != "" && !drop[[2]int{pi, li}] {
					kept = append(kept, l)
				}
			}
			pages = append(pages, strings.Join(kept, " "))
		}
		if got := strings.Join(pages, " / "); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, tt.want)
		}
	}
}

func TestReadTextLinesHabits(t *testing.T) {
	long := strings.Repeat("预算绩效管理", 4)
	tests := []struct {
		rule            string
		in              string
		layout, doubled bool
		pages           int
	}{
		{"blank line after every line", long + "\n\n" + long + "\n\n" + long + "\n\n" + long + "\n\n" + long + "\n\n" + long + "\n\n", false, true, 0},
		{"narrative.Paragraph lines run on", long + "\n" + long + "\n" + long + "\n\n" + long + "\n" + long + "\n" + long + "\n", false, false, 0},
		{"-layout columns", "项目名称        甲\n主管部门     某局        实施单位   某局\n一级指标   二级指标   三级指标\n产出指标   数量指标   培训次数\n\f", true, false, 1},
	}
	for _, tt := range tests {
		in := readTextLines([]byte(tt.in))
		if in.layout != tt.layout || in.doubled != tt.doubled || in.formFeeds != tt.pages {
			t.Errorf("%s: layout %v doubled %v pages %d", tt.rule, in.layout, in.doubled, in.formFeeds)
		}
	}
}

func TestJoinWrappedParts(t *testing.T) {
	lines := []textLine{{text: "第一部分 部门整"}, {text: "体绩效目标"}, {text: "第二部分"}, {text: "预算项目绩效目标"}, {text: "第三部分"}, {text: "一、总体目标"}}
	var got []string
	for _, l := range joinWrappedParts(lines) {
		got = append(got, l.text)
	}
	if want := "第一部分 部门整体绩效目标|第二部分 预算项目绩效目标|第三部分|一、总体目标"; strings.Join(got, "|") != want {
		t.Errorf("got %q", strings.Join(got, "|"))
	}
}
