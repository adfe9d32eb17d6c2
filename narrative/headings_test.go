package narrative

import "testing"

func TestSplitHeading(t *testing.T) {
	tests := []struct {
		in        string
		heading   string
		level     int
		rest      string
		isHeading bool
	}{
		{"第一部分 部门整体绩效目标", "第一部分 部门整体绩效目标", levelPart, "", true},
		{"一、总体绩效目标", "一、总体绩效目标", levelChapter, "", true},
		{"（一）提升医保服务水平，努力在医疗救助中大力实施", "（一）提升医保服务水平，努力在医疗救助中大力实施", levelSub, "", true},
		{"1.持续深化思想理论武装。牢记人大是党领导下的重要政治机关。", "1.持续深化思想理论武装", levelItem, "牢记人大是党领导下的重要政治机关。", true},
		{"（二）切实做好统计服务。全年计划完成统计业务培训2次以上。", "（二）切实做好统计服务", levelSub, "全年计划完成统计业务培训2次以上。", true},
		{"12.做好人大宣传工作", "12.做好人大宣传工作", levelItem, "", true},
		// Not headings: list items, glossary entries, numbers, sentences.
		{"1、加强组织领导，明确分工，完善目标责任制；", "", 0, "", false},
		{"1.基本支出：指为保障机构正常运转的支出。", "", 0, "", false},
		{"1.5万元用于培训", "", 0, "", false},
		{"2023年是实施“十四五”规划的关键之年。", "", 0, "", false},
		{"1.这是一个很长的句子它的第一句话超过了四十个字所以它不可能是一个标题而只是一段带编号的正文。后面还有更多内容。", "", 0, "", false},
	}
	for _, tt := range tests {
		h, rest, ok := SplitHeading(tt.in)
		if ok != tt.isHeading {
			t.Errorf("SplitHeading(%q) heading=%v, want %v", tt.in, ok, tt.isHeading)
			continue
		}
		if ok && (h.text != tt.heading || h.level != tt.level || rest != tt.rest) {
			t.Errorf("SplitHeading(%q) = %q level %d rest %q, want %q level %d rest %q", tt.in, h.text, h.level, rest, tt.heading, tt.level, tt.rest)
		}
	}
}

func TestChineseNumber(t *testing.T) {
	for in, want := range map[string]int{"一": 1, "九": 9, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "九十九": 99} {
		if got := chineseNumber(in); got != want {
			t.Errorf("chineseNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestNotHeadings(t *testing.T) {
	for _, p := range []string{
		"（一）贯彻执行国家和本市有关财政工作的法律、法规；研究拟订本区财政发展战略",
		"10.“住房保障支出（类）住房改革支出（款）住房公积金（项）”204.91万元，主要用于缴纳在职人员住房公积金。",
		"（二）承担政府各项财政收支管理的责任；负责政府财政资金和财政专户管理；",
		"3.做好预算公开。",
	} {
		if h, _, ok := SplitHeading(p); ok {
			t.Errorf("SplitHeading(%q) = heading %q", p, h.text)
		}
	}
}
