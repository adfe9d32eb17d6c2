package pdfgrid

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
)

// hiddenBy marks glyphs as hidden by the clip c.
func hiddenBy(gs []extract.Glyph, c extract.Rect) []extract.Glyph {
	for i := range gs {
		gs[i].Clip = &c
	}
	return gs
}

// Text that overflows a clipped cell is drawn on, hidden, over the rows
// below (北京 预算表12): it belongs to its own cell. Text hidden above a
// sliver of a clip (a cell cut by the page break scrolls the lines the page
// before showed off its top) and text hidden in a cell that shows none stay
// where they lie; a table whose clip is not one cell's keeps every glyph
// where it lies.
func TestHiddenOverflowJoinsItsCell(t *testing.T) {
	// two columns, three rows of 20 pt
	var rules []extract.Segment
	for _, y := range []float64{0, 20, 40, 60} {
		rules = append(rules, hline(y, 0, 300))
	}
	for _, x := range []float64{0, 150, 300} {
		rules = append(rules, vline(x, 0, 60))
	}
	row1 := extract.Rect{X0: 150, Y0: 20, X1: 300, Y1: 40}
	tests := []struct {
		name   string
		glyphs [][]extract.Glyph
		want   [][]string
	}{
		{"a cell's hidden overflow over the row below joins the cell",
			[][]extract.Glyph{
				glyphsAt("名称", 5, 35), glyphsAt("优完成四十", 155, 35), hiddenBy(glyphsAt("项任务", 155, 48), row1),
				glyphsAt("差旅费", 5, 55), glyphsAt("26", 155, 55),
			},
			[][]string{{"", ""}, {"名称", "优完成四十项任务"}, {"差旅费", "26"}}},
		{"text hidden above a sliver of a clip stays",
			[][]extract.Glyph{
				glyphsAt("名称", 5, 35), hiddenBy(glyphsAt("前页", 155, 15), extract.Rect{X0: 150, Y0: 20, X1: 300, Y1: 20.8}), glyphsAt("本页", 155, 35),
			},
			[][]string{{"", "前页"}, {"名称", "本页"}, {"", ""}}},
		{"text hidden in a cell that shows none stays",
			[][]extract.Glyph{
				hiddenBy(glyphsAt("overflow", 155, 55), row1), glyphsAt("合计", 5, 55),
			},
			[][]string{{"", ""}, {"", ""}, {"合计", "overflow"}}},
		{"a clip that is the whole table's is no cell's",
			[][]extract.Glyph{
				glyphsAt("名称", 5, 35), glyphsAt("优", 155, 35), hiddenBy(glyphsAt("26", 155, 55), extract.Rect{X0: 0, Y0: 0, X1: 300, Y1: 45}),
			},
			[][]string{{"", ""}, {"名称", "优"}, {"", "26"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gs []extract.Glyph
			for _, g := range tt.glyphs {
				gs = append(gs, g...)
			}
			grids, _ := latticeTables(extract.Page{Number: 1, Glyphs: gs, Rules: rules})
			if len(grids) != 1 {
				t.Fatalf("%d grids, want 1", len(grids))
			}
			got := grids[0].Rows()
			for r := range tt.want {
				for c := range tt.want[r] {
					if got[r][c] != tt.want[r][c] {
						t.Errorf("cell (%d,%d) = %q, want %q", r, c, got[r][c], tt.want[r][c])
					}
				}
			}
		})
	}
}
