package normalize

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/narrative"
)

func paras(texts ...string) []narrative.Paragraph {
	out := make([]narrative.Paragraph, len(texts))
	for i, t := range texts {
		out[i] = narrative.Paragraph{Text: t, Page: 1}
	}
	return out
}

func TestBuildSectionsNesting(t *testing.T) {
	tests := []struct {
		name  string
		in    []narrative.Paragraph
		paths []string
	}{
		{
			name:  "title block gives no section; only headings with text do",
			in:    paras("XX县教育局", "2024年部门预算", "一、部门主要职责", "负责全县教育工作。", "二、主要任务", "（一）抓好教学", "提高质量。"),
			paths: []string{"一、部门主要职责", "二、主要任务>（一）抓好教学"},
		},
		{
			name: "a second run of 一、 inside a chapter nests; the chapter after it does not",
			in: paras("第一部分 部门整体绩效目标", "二、分项绩效目标", "一、坚持思想政治引领", "1.持续深化。正文一。", "二、坚持依法监督", "2.聚焦实效。正文二。",
				"三、坚持推进依法治县", "3.优化环境。正文三。", "三、工作保障措施", "1、加强领导；"),
			paths: []string{
				"第一部分 部门整体绩效目标>二、分项绩效目标>一、坚持思想政治引领>1.持续深化",
				"第一部分 部门整体绩效目标>二、分项绩效目标>二、坚持依法监督>2.聚焦实效",
				"第一部分 部门整体绩效目标>二、分项绩效目标>三、坚持推进依法治县>3.优化环境",
				"第一部分 部门整体绩效目标>三、工作保障措施",
			},
		},
		{
			name:  "run-in heading text follows the 。",
			in:    paras("一、总体目标", "1.着力推进督查。坚持稳中求进。", "第二段。"),
			paths: []string{"一、总体目标>1.着力推进督查"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			markTitleBlock(tt.in)
			for _, s := range narrative.Sections(tt.in) {
				got = append(got, strings.Join(s.Path, ">"))
			}
			if strings.Join(got, "|") != strings.Join(tt.paths, "|") {
				t.Errorf("paths\n got  %q\n want %q", got, tt.paths)
			}
		})
	}
}

func TestNestedRunEndsByStyle(t *testing.T) {
	// 一、二、 nested, then 三、: numbers alone would continue the nested run;
	// printed in the outer chapters' size, it is an outer chapter.
	in := []narrative.Paragraph{
		{Text: "一、总体绩效目标", Size: 13.5}, {Text: "正文。", Size: 12},
		{Text: "二、分项绩效目标", Size: 13.5},
		{Text: "一、加强监管", Size: 12.5}, {Text: "1.推进督查。正文。", Size: 12},
		{Text: "二、推动发展", Size: 12.5}, {Text: "2.聚焦宣传。正文。", Size: 12},
		{Text: "三、工作保障措施", Size: 13.5}, {Text: "1、加强队伍建设；", Size: 12},
	}
	secs := narrative.Sections(in)
	last := strings.Join(secs[len(secs)-1].Path, ">")
	if last != "三、工作保障措施" {
		t.Errorf("last section path = %q, want the outer chapter 三、工作保障措施", last)
	}
}

func TestRunInSectionText(t *testing.T) {
	secs := narrative.Sections(paras("一、总体目标", "1.着力推进督查。坚持稳中求进。", "第二段。"))
	if len(secs) != 1 || secs[0].Text != "坚持稳中求进。\n第二段。" {
		t.Fatalf("sections = %+v", secs)
	}
}

func TestStyledTitlesOpenSections(t *testing.T) {
	in := []narrative.Paragraph{
		{Text: "XX区财政局", Size: 22, Lines: 1}, // title block: never a section
		{Text: "一、部门主要职能", Size: 16, Lines: 1},
		{Text: "负责本区财政工作。", Size: 12, Lines: 3},
		{Text: "名词解释", Size: 16, Lines: 1}, // unnumbered, larger: a chapter
		{Text: "财政拨款收入：指从本级财政取得的拨款。", Size: 12, Lines: 2},
		{Text: "本表为空表。", Size: 16, Lines: 1}, // a sentence, not a title
		{Text: "注：单位为万元", Size: 12, Lines: 1},
	}
	var got []string
	markTitleBlock(in)
	for _, s := range narrative.Sections(in) {
		got = append(got, strings.Join(s.Path, ">"))
	}
	want := []string{"一、部门主要职能", "名词解释"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paths %q, want %q", got, want)
	}
}

func TestNestedRunEndsByShapeWithoutSizes(t *testing.T) {
	// Text input: every size equal. 三、工作保障措施 is a short title like the
	// outer chapters, not a long phrase like the nested run.
	secs := narrative.Sections(paras("一、总体绩效目标", "正文。", "二、分项绩效目标",
		"一、加强生态环境监管执法，努力在空气质量改善中积极推动", "1.推进督查。正文。",
		"二、推动绿色低碳发展，努力在空气质量改善中切实做好", "2.聚焦宣传。正文。",
		"三、工作保障措施", "1、加强队伍建设；"))
	if last := strings.Join(secs[len(secs)-1].Path, ">"); last != "三、工作保障措施" {
		t.Errorf("last path %q, want the outer chapter", last)
	}
	if got := narrative.Sections(nil); got == nil {
		t.Error("no sections must be an empty list, not null")
	}
}
