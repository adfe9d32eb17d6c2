package pdfgrid

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
)

// glyphsAt spells text from x at baseline y, one 10 pt glyph per rune.
func glyphsAt(text string, x, y float64) []extract.Glyph {
	var out []extract.Glyph
	for _, r := range text {
		out = append(out, extract.Glyph{Text: string(r), X: x, Y: y, W: 10, Size: 10, Mapped: true})
		x += 10
	}
	return out
}

func hline(y, x0, x1 float64) extract.Segment {
	return extract.Segment{X0: x0, Y0: y, X1: x1, Y1: y, Width: 0.5}
}
func vline(x, y0, y1 float64) extract.Segment {
	return extract.Segment{X0: x, Y0: y0, X1: x, Y1: y1, Width: 0.5}
}

func TestLatticeMergedCellsAndWraps(t *testing.T) {
	// Three rows, three columns; the first column's cell spans rows 2-3
	// (no rule between them there); the name cell of row 2 wraps over two
	// lines; borders are drawn one piece per cell edge, as LibreOffice does.
	var rules []extract.Segment
	for _, y := range []float64{0, 20, 60, 80} {
		for _, xs := range [][2]float64{{0, 100}, {100, 200}, {200, 300}} {
			if y == 60 && xs[0] == 0 {
				continue // merged: no rule under the first column of row 2
			}
			rules = append(rules, hline(y, xs[0], xs[1]))
		}
	}
	for _, x := range []float64{0, 100, 200, 300} {
		for _, ys := range [][2]float64{{0, 20}, {20, 60}, {60, 80}} {
			rules = append(rules, vline(x, ys[0], ys[1]))
		}
	}
	var gs []extract.Glyph
	gs = append(gs, glyphsAt("一级指标", 5, 15)...)
	gs = append(gs, glyphsAt("三级指标", 105, 15)...)
	gs = append(gs, glyphsAt("指标值", 205, 15)...)
	gs = append(gs, glyphsAt("产出指标", 5, 45)...)
	gs = append(gs, glyphsAt("代表活动调", 105, 35)...)
	gs = append(gs, glyphsAt("研次数", 105, 50)...)
	gs = append(gs, glyphsAt("4次", 205, 45)...)
	gs = append(gs, glyphsAt("召开座谈会次数", 105, 75)...)
	gs = append(gs, glyphsAt("≥10次", 205, 75)...)
	gs = append(gs, glyphsAt("表外的文字", 0, 120)...)

	grids, rest := latticeTables(extract.Page{Number: 1, Glyphs: gs, Rules: rules})
	if len(grids) != 1 {
		t.Fatalf("got %d grids, want 1", len(grids))
	}
	want := [][]string{
		{"一级指标", "三级指标", "指标值"},
		{"产出指标", "代表活动调研次数", "4次"},
		{"", "召开座谈会次数", "≥10次"},
	}
	got := grids[0].Rows()
	for r := range want {
		for c := range want[r] {
			if got[r][c] != want[r][c] {
				t.Errorf("cell (%d,%d) = %q, want %q", r, c, got[r][c], want[r][c])
			}
		}
	}
	if cell := grids[0].At(2, 0); cell == nil || cell.RowSpan != 2 || cell.Text != "产出指标" {
		t.Errorf("merged cell at (2,0) = %+v, want 产出指标 spanning 2 rows", cell)
	}
	if len(rest) != 5 {
		t.Errorf("%d glyphs outside the table, want 5", len(rest))
	}
}

func TestJoinCollinear(t *testing.T) {
	in := []rule{{10, 0, 50}, {10.5, 51, 100}, {10, 200, 250}, {40, 0, 100}}
	got := joinCollinear(in)
	if len(got) != 3 {
		t.Fatalf("got %d rules %+v, want 3", len(got), got)
	}
	if got[0].lo != 0 || got[0].hi != 100 {
		t.Errorf("first rule spans %v-%v, want the two pieces joined 0-100", got[0].lo, got[0].hi)
	}
}

func TestWhiteFrameIsNotATable(t *testing.T) {
	rules := []extract.Segment{hline(0, 0, 100), hline(50, 0, 100), vline(0, 0, 50), vline(100, 0, 50)}
	grids, _ := latticeTables(extract.Page{Number: 1, Rules: rules, Glyphs: glyphsAt("框里的字", 5, 25)})
	if len(grids) != 0 {
		t.Errorf("a single frame gave %d tables", len(grids))
	}
}

func TestVerticalTextInAMergedCell(t *testing.T) {
	// 一级指标 printed top to bottom (glyphs turned clockwise) in a narrow
	// first column; the glyph box lies right of the vertical baseline.
	var gs []extract.Glyph
	for i, r := range []rune("产出指标") {
		gs = append(gs, extract.Glyph{Text: string(r), X: 5, Y: 25 + float64(i)*10, W: 10, Size: 10, Dir: 270, Mapped: true})
	}
	gs = append(gs, glyphsAt("三级指标", 35, 15)...)
	gs = append(gs, glyphsAt("调研次数", 35, 45)...)
	rules := []extract.Segment{hline(0, 0, 100), hline(30, 30, 100), hline(70, 0, 100), vline(0, 0, 70), vline(30, 0, 70), vline(100, 0, 70)}
	grids, _ := latticeTables(extract.Page{Number: 1, Glyphs: gs, Rules: rules})
	if len(grids) != 1 {
		t.Fatalf("%d grids", len(grids))
	}
	if got := grids[0].Rows()[0][0]; got != "产出指标" {
		t.Errorf("vertical cell = %q, want 产出指标", got)
	}
}
