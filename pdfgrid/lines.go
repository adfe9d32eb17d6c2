package pdfgrid

import (
	"math"
	"slices"
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// buildLines groups upright glyphs into lines by baseline. Glyphs whose
// baselines differ by less than a third of the larger one's size share a
// line: a subscript (PM2.5's 2.5, set smaller and lower) stays in its line.
func buildLines(glyphs []extract.Glyph, page int) []layout.Line {
	gs := make([]extract.Glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.Dir == 0 && strings.TrimSpace(g.Text) != "" {
			gs = append(gs, g)
		}
	}
	slices.SortStableFunc(gs, func(a, b extract.Glyph) int { return less(a.Y, b.Y) })
	var lines []layout.Line
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].Y-gs[j-1].Y < 0.3*max(gs[j].Size, gs[j-1].Size, 4) && gs[j].Y-gs[i].Y < 0.5*math.Max(gs[i].Size, 4) {
			j++
		}
		lines = append(lines, makeLine(gs[i:j], page)...)
		i = j
	}
	return lines
}

// makeLine sorts one baseline's glyphs and splits them where they overlap
// badly (two lines printed on one baseline is impossible; overlapping
// glyphs are duplicates from fake bold and are dropped).
func makeLine(gs []extract.Glyph, page int) []layout.Line {
	// In place: buildLines, the only caller, hands over a stretch of its
	// own copy (copying each baseline again was 2 % of an extraction's
	// allocations); capped, so that an append to the line reallocates.
	row := gs[:len(gs):len(gs)]
	slices.SortStableFunc(row, func(a, b extract.Glyph) int { return less(a.X, b.X) })
	out := row[:0]
	for _, g := range row {
		if n := len(out); n > 0 && fakeBold(out[n-1], g) {
			continue
		}
		out = append(out, g)
	}
	return []layout.Line{layout.NewLine(out, page)}
}

// fakeBold: b is a's glyph printed again, slightly offset, to thicken it.
// The copies overlap by most of their width; glyphs in a row (the dots
// of ..., narrower than the 0.3 em a CJK copy may be offset) do not.
func fakeBold(a, b extract.Glyph) bool {
	dx := math.Abs(a.X - b.X)
	return a.Text == b.Text && dx < 0.3*b.Size && (b.W <= 0 || dx < 0.5*b.W)
}

// less orders two coordinates the way the sort.SliceStable it replaced did
// (a < b), for slices.SortStableFunc: the same merge sort without
// reflection, the same order whatever the values (NaN included).
func less(a, b float64) int {
	switch {
	case a < b:
		return -1
	case b < a:
		return 1
	}
	return 0
}

// splitByGap cuts a line into chunks wherever the gap between two glyphs is
// wider than gap × size: the columns of an unruled table.
func splitByGap(l layout.Line, gap float64) []layout.Line {
	var out []layout.Line
	start := 0
	for i := 1; i < len(l.Glyphs); i++ {
		prev, g := l.Glyphs[i-1], l.Glyphs[i]
		if g.X-(prev.X+prev.W) > gap*math.Max(l.Size, 1) {
			out = append(out, layout.NewLine(l.Glyphs[start:i], l.Page))
			start = i
		}
	}
	return append(out, layout.NewLine(l.Glyphs[start:], l.Page))
}

// joinLines joins the text of wrapped lines per the contract's rules.
func joinLines(lines []layout.Line) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		parts = append(parts, l.Text())
	}
	return cjk.JoinLines(parts)
}
