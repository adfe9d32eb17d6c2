package pdfgrid

import (
	"reflect"
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
)

// run sets text as glyphs of one size from x on baseline y.
func run(text string, x, y, size float64) []extract.Glyph {
	var gs []extract.Glyph
	for _, r := range text {
		w := size
		if r < 0x3000 {
			w = size / 2
		}
		gs = append(gs, extract.Glyph{Text: string(r), X: x, Y: y, W: w, Size: size})
		x += w
	}
	return gs
}

// TestBuildLines: glyphs share a line by baseline, whatever their size —
// a subscript or superscript set smaller stays in its line; the next
// printed line, one line pitch down, is a line of its own.
func TestBuildLines(t *testing.T) {
	cat := func(parts ...[]extract.Glyph) []extract.Glyph {
		var out []extract.Glyph
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	tests := []struct {
		name   string
		glyphs []extract.Glyph
		want   []string
	}{
		{"subscript lower and smaller (PM2.5)",
			cat(run("（PM", 576.9, 429.31, 8.6), run("2.5", 594.1, 431.09, 5.6), run("）年均浓度", 602.5, 429.31, 8.6)),
			[]string{"（PM2.5）年均浓度"}},
		{"superscript higher and smaller (m³ as m 3)",
			cat(run("面积1200m", 100, 300, 10), run("2", 145, 297.5, 6)),
			[]string{"面积1200m2"}},
		{"two lines a pitch apart",
			cat(run("第一行", 100, 300, 10), run("第二行", 100, 312, 10)),
			[]string{"第一行", "第二行"}},
		{"a small footnote line under a line",
			cat(run("正文", 100, 300, 10), run("注：单位万元", 100, 308, 6)),
			[]string{"正文", "注：单位万元"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range buildLines(tt.glyphs, 1) {
				got = append(got, l.Text())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFakeBold: a glyph printed twice, slightly offset, is one glyph; the
// dots of an ellipsis, each narrower than the offset a bold copy may
// have, are all kept.
func TestFakeBold(t *testing.T) {
	bold := func(text string, x, dx float64) []extract.Glyph {
		var gs []extract.Glyph
		for _, g := range run(text, x, 300, 10) {
			c := g
			c.X += dx
			gs = append(gs, g, c)
		}
		return gs
	}
	dots := func(n int) []extract.Glyph {
		var gs []extract.Glyph
		for i := range n {
			gs = append(gs, extract.Glyph{Text: ".", X: 150 + 2.5*float64(i), Y: 300, W: 2.5, Size: 10})
		}
		return gs
	}
	tests := []struct {
		name   string
		glyphs []extract.Glyph
		want   string
	}{
		{"bold CJK copies 0.4 pt apart", bold("项目名称", 100, 0.4), "项目名称"},
		{"bold digits copies 0.3 pt apart", bold("2026", 100, 0.3), "2026"},
		{"an ellipsis of three dots", append(run("待单位补充", 100, 300, 10), dots(3)...), "待单位补充..."},
		{"two equal digits side by side", run("100", 100, 300, 10), "100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := buildLines(tt.glyphs, 1)
			if len(lines) != 1 || lines[0].Text() != tt.want {
				var got []string
				for _, l := range lines {
					got = append(got, l.Text())
				}
				t.Errorf("lines = %q, want [%q]", got, tt.want)
			}
		})
	}
}
