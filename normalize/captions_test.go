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
