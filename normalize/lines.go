package normalize

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/extract"
)

// Line is one printed line of text: glyphs sharing a baseline, left to right.
type Line struct {
	Glyphs []extract.Glyph
	X0, X1 float64
	Y      float64 // baseline
	Size   float64 // median glyph size
	Page   int
	text   string // the glyphs' text, computed once by lineOf
}

// Text is the line's text, with a space where a gap separates two Latin
// words or numbers.
func (l Line) Text() string {
	if l.text == "" && len(l.Glyphs) > 0 {
		return glyphText(l.Glyphs)
	}
	return l.text
}

// Top is the top of the line's tallest glyph box.
func (l Line) Top() float64 { return l.Y - 0.86*l.Size }

func glyphText(gs []extract.Glyph) string {
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			prev := gs[i-1]
			gap := g.X - (prev.X + prev.W)
			if gap > 0.2*math.Max(g.Size, prev.Size) && needsSpace(prev.Text, g.Text) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.Text)
	}
	return b.String()
}

// needsSpace: only Latin letters and digits on both sides keep a visible gap.
func needsSpace(a, b string) bool {
	ra, _ := lastRune(a)
	rb, _ := firstRune(b)
	latin := func(r rune) bool { return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	return latin(ra) && latin(rb)
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// buildLines groups upright glyphs into lines by baseline. Glyphs whose
// baselines differ by less than a third of their size share a line.
func buildLines(glyphs []extract.Glyph, page int) []Line {
	gs := make([]extract.Glyph, 0, len(glyphs))
	for _, g := range glyphs {
		if g.Dir == 0 && strings.TrimSpace(g.Text) != "" {
			gs = append(gs, g)
		}
	}
	slices.SortStableFunc(gs, func(a, b extract.Glyph) int { return less(a.Y, b.Y) })
	var lines []Line
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].Y-gs[j-1].Y < 0.3*math.Max(gs[j].Size, 4) && gs[j].Y-gs[i].Y < 0.5*math.Max(gs[i].Size, 4) {
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
func makeLine(gs []extract.Glyph, page int) []Line {
	// In place: buildLines, the only caller, hands over a stretch of its
	// own copy (copying each baseline again was 2 % of an extraction's
	// allocations); capped, so that an append to the line reallocates.
	row := gs[:len(gs):len(gs)]
	slices.SortStableFunc(row, func(a, b extract.Glyph) int { return less(a.X, b.X) })
	out := row[:0]
	for _, g := range row {
		if n := len(out); n > 0 && out[n-1].Text == g.Text && math.Abs(out[n-1].X-g.X) < 0.3*g.Size {
			continue // fake bold: the same glyph printed twice, slightly offset
		}
		out = append(out, g)
	}
	return []Line{lineOf(out, page)}
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

func lineOf(gs []extract.Glyph, page int) Line {
	l := Line{Glyphs: gs, Page: page, X0: math.Inf(1), X1: math.Inf(-1)}
	var buf [64]float64 // most lines: no allocation for the median size
	sizes := buf[:0]
	if len(gs) > len(buf) {
		sizes = make([]float64, 0, len(gs))
	}
	sizes = sizes[:len(gs)]
	var ysum float64
	for i, g := range gs {
		l.X0 = math.Min(l.X0, g.X)
		l.X1 = math.Max(l.X1, g.X+g.W)
		sizes[i] = g.Size
		ysum += g.Y
	}
	slices.Sort(sizes) // sort.Float64s would make buf escape to the heap
	l.Size = sizes[len(sizes)/2]
	l.Y = ysum / float64(len(gs))
	l.text = glyphText(gs)
	return l
}

// splitByGap cuts a line into chunks wherever the gap between two glyphs is
// wider than gap × size: the columns of an unruled table.
func splitByGap(l Line, gap float64) []Line {
	var out []Line
	start := 0
	for i := 1; i < len(l.Glyphs); i++ {
		prev, g := l.Glyphs[i-1], l.Glyphs[i]
		if g.X-(prev.X+prev.W) > gap*math.Max(l.Size, 1) {
			out = append(out, lineOf(l.Glyphs[start:i], l.Page))
			start = i
		}
	}
	return append(out, lineOf(l.Glyphs[start:], l.Page))
}

// joinLines joins the text of wrapped lines per the contract's rules.
func joinLines(lines []Line) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		parts = append(parts, l.Text())
	}
	return cjk.JoinLines(parts)
}
