package normalize

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// A target-table caption wrapped over two lines names its table whole; a
// heading above a whole caption stays a heading.
func TestWrappedCaption(t *testing.T) {
	g := layout.NewGrid(28, 1, 1)
	tests := []struct {
		name       string
		lines      []string
		title      string
		headingOut bool // the first line stays out of the caption
	}{
		{"wrapped", []string{"301008_某市公安局某分局_科技兴警绩效", "目标表"}, "301008_某市公安局某分局_科技兴警绩效目标表", false},
		{"a heading over a whole caption", []string{"三、项目支出绩效目标", "教师培训经费项目支出绩效目标表"}, "教师培训经费项目支出绩效目标表", true},
		{"a sentence over a short caption", []string{"本单位共有项目如下。", "收支总表"}, "收支总表", true},
		{"a word cut by the wrap, the tail a caption itself", []string{"某市看守所（某市女子看守所）相关设施建设项", "目绩效目标表"}, "某市看守所（某市女子看守所）相关设施建设项目绩效目标表", false},
		{"a heading over a caption, no word cut", []string{"二、项目绩效目标", "道路维修项目绩效目标表"}, "道路维修项目绩效目标表", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []layout.Item
			for i, s := range tt.lines {
				items = append(items, layout.Item{Line: printedLine(s, 28, i)})
			}
			items = append(items, layout.Item{Grid: g})
			captions, titles := markCaptions(items)
			if titles[g] != tt.title {
				t.Errorf("title = %q, want %q", titles[g], tt.title)
			}
			if captions[items[0].Line] == tt.headingOut {
				t.Errorf("first line taken as caption: %v, want %v", captions[items[0].Line], !tt.headingOut)
			}
		})
	}
}

// printedLine sets text on one line of page, row rows down, one 10 pt
// glyph per rune.
func printedLine(text string, page, row int) *layout.Line {
	var gs []extract.Glyph
	x := 50.0
	for _, r := range text {
		gs = append(gs, extract.Glyph{Text: string(r), X: x, Y: float64(row+1) * 16, W: 10, Size: 10})
		x += 10
	}
	l := layout.NewLine(gs, page)
	return &l
}

// TestCaptionTitle: a table's title is the line that names it, above a
// line that only numbers it (公开01表) and a line that names the unit
// (部门（单位）：…); a qualifier in brackets after 表 keeps a line a caption.
func TestCaptionTitle(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		title string
	}{
		{"title above its number and the unit line", []string{"收入支出决算总表", "公开01表", "编制部门：某市卫生健康委员会 金额单位：万元"}, "收入支出决算总表"},
		{"number above the title", []string{"公开表2", "收入总体情况表", "部门（单位）：某市交通运输局", "单位：万元"}, "收入总体情况表"},
		{"a qualifier after 表", []string{"一般公共预算支出表（按支出功能分类科目）", "单位：元"}, "一般公共预算支出表（按支出功能分类科目）"},
		{"a number alone", []string{"附表3", "单位：万元"}, "附表3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := layout.NewGrid(9, 1, 1)
			var items []layout.Item
			for i, s := range tt.lines {
				items = append(items, layout.Item{Line: printedLine(s, 9, i)})
			}
			items = append(items, layout.Item{Grid: g})
			captions, titles := markCaptions(items)
			if titles[g] != tt.title {
				t.Errorf("title = %q, want %q", titles[g], tt.title)
			}
			for _, it := range items[:len(items)-1] {
				if !captions[it.Line] {
					t.Errorf("%q not taken as a caption line", it.Line.Text())
				}
			}
		})
	}
}
