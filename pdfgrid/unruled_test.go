package pdfgrid

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

func TestBestCutFindsTheGutter(t *testing.T) {
	data := []layout.Line{layout.NewLine(append(glyphsAt("数量指标", 0, 10), glyphsAt("河道建设数量", 60, 10)...), 1)}
	// The header cells end at 40 and start at 70; text runs 0-40 and 60-120.
	x := bestCut(40, 70, data)
	if x < 40 || x > 60 {
		t.Errorf("cut at %.1f, want inside the empty gutter 40-60", x)
	}
}

func TestCentredSpans(t *testing.T) {
	// Five rows; 产出指标 printed at the middle of rows 0-2, 效益指标 at the
	// middle of rows 3-4.
	bands := [][2]float64{{10, 10}, {30, 30}, {50, 50}, {70, 70}, {90, 90}}
	col := []cellText{{text: "产出指标", top: 30, bot: 30}, {text: "效益指标", top: 80, bot: 80}}
	got := centredSpans(col, bands)
	if got[0].row != 0 || got[0].span != 3 || got[1].row != 3 || got[1].span != 2 {
		t.Errorf("spans = %+v, want rows 0-2 and 3-4", got)
	}
}

func TestCentredSpansOnAContinuedPage(t *testing.T) {
	// The first two rows continue a label printed on the previous page:
	// 效益指标 is centred on rows 2-3 only.
	bands := [][2]float64{{10, 10}, {30, 30}, {50, 50}, {70, 70}}
	got := centredSpans([]cellText{{text: "效益指标", top: 60, bot: 60}}, bands)
	if got[0].row != 2 || got[0].span != 2 {
		t.Errorf("span = %+v, want rows 2-3", got[0])
	}
}

func TestGroupFragmentsRowStart(t *testing.T) {
	frag := func(y float64) fragment { return fragment{glyphs: glyphsAt("字", 0, y), y: y, size: 10} }
	// Two wrapped lines 13.4 apart, then a new row 13.9 below: the pitch
	// alone would join all three; other columns start cells at 353.6.
	frags := []fragment{frag(326.3), frag(339.7), frag(353.6)}
	cells := groupFragments(frags, []float64{332.4, 353.6})
	if len(cells) != 2 {
		t.Fatalf("got %d cells, want 2 (the third line starts the next row)", len(cells))
	}
	// A three-line cell centred on its row: the middle line sits on the row
	// start, and still belongs to the cell.
	frags = []fragment{frag(235.0), frag(248.8), frag(262.5)}
	if cells := groupFragments(frags, []float64{248.8}); len(cells) != 1 {
		t.Errorf("got %d cells, want the three lines as one centred cell", len(cells))
	}
}

func TestSplitTokensAtLabels(t *testing.T) {
	l := layout.NewLine(glyphsAt("项目名称教师培训专项经费", 0, 10), 1)
	toks := splitTokens(l)
	if len(toks) != 2 || toks[0].text() != "项目名称" || !toks[0].label || toks[1].text() != "教师培训专项经费" {
		var got []string
		for _, tk := range toks {
			got = append(got, tk.text())
		}
		t.Errorf("tokens = %q", got)
	}
}

func TestMendSplitLabels(t *testing.T) {
	lines := []layout.Line{
		layout.NewLine(glyphsAt("其他资", 300, 100), 1),
		layout.NewLine(append(glyphsAt("预算数", 0, 107), glyphsAt("0.00", 400, 107)...), 1),
		layout.NewLine(glyphsAt("金", 300, 114), 1),
	}
	out := mendSplitLabels(lines)
	if len(out) != 1 {
		t.Fatalf("got %d lines, want the label moved into the middle line", len(out))
	}
	var texts []string
	for _, tk := range splitTokens(out[0]) {
		texts = append(texts, tk.text())
	}
	if len(texts) != 3 || texts[1] != "其他资金" {
		t.Errorf("tokens = %q, want 预算数 | 其他资金 | 0.00", texts)
	}
}

// TestOpensTable: an unruled header line opens a table whether its cells
// stand apart or run together; a sentence that starts with header words
// (绩效指标目标值不合理，…, a 决算 report's finding) opens none.
func TestOpensTable(t *testing.T) {
	line := func(parts ...string) layout.Line {
		var gs []extract.Glyph
		x := 50.0
		for _, p := range parts {
			g := glyphsAt(p, x, 300)
			gs = append(gs, g...)
			x += 10*float64(len([]rune(p))) + 30
		}
		return layout.NewLine(gs, 1)
	}
	tests := []struct {
		name string
		line layout.Line
		want bool
	}{
		{"header cells apart", line("一级指标", "二级指标", "三级指标", "指标值"), true},
		{"header cells run together", line("一级指标二级指标三级指标指标值"), true},
		{"an opening label", line("项目名称", "教师培训专项经费"), true},
		{"a sentence starting with header words", line("绩效指标目标值不合理，业务管理不规范，项目台账管"), false},
		{"a sentence with a full stop", line("绩效指标", "目标值", "按要求完成。"), false},
		{"plain text", line("本单位共有项目如下"), false},
	}
	for _, tt := range tests {
		if got := opensTable(tt.line); got != tt.want {
			t.Errorf("%s: opensTable = %v, want %v", tt.name, got, tt.want)
		}
	}
}
