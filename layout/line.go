package layout

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/budgetpdf/budgetpdf/extract"
)

// Line is one printed line of text: glyphs sharing a baseline, left to
// right. Both producers make lines: the PDF producer from the page's
// glyphs, the text producer from plain text set on synthetic geometry.
type Line struct {
	Glyphs []extract.Glyph
	X0, X1 float64
	Y      float64 // baseline
	Size   float64 // median glyph size
	Page   int
	text   string // the glyphs' text, computed once by NewLine
}

// NewLine makes the line of glyphs gs (in reading order) on page: its
// extent, baseline, median size and text.
func NewLine(gs []extract.Glyph, page int) Line {
	l := Line{Glyphs: gs, Page: page, X0: math.Inf(1), X1: math.Inf(-1)}
	if len(gs) == 0 {
		return Line{Page: page}
	}
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
	l.text = GlyphText(gs)
	return l
}

// Text is the line's text, with a space where a gap separates two Latin
// words or numbers.
func (l Line) Text() string {
	if l.text == "" && len(l.Glyphs) > 0 {
		return GlyphText(l.Glyphs)
	}
	return l.text
}

// Top is the top of the line's tallest glyph box.
func (l Line) Top() float64 { return l.Y - 0.86*l.Size }

// GlyphText is the text of glyphs in reading order: a space only where a
// visible gap separates two Latin letters or digits (CJK text prints
// none).
func GlyphText(gs []extract.Glyph) string {
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			prev := gs[i-1]
			gap := g.X - (prev.X + prev.W)
			if gap > 0.2*math.Max(g.Size, prev.Size) && latinPair(prev.Text, g.Text) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.Text)
	}
	return b.String()
}

// latinPair: only Latin letters and digits on both sides keep a visible gap.
func latinPair(a, b string) bool {
	latin := func(r rune) bool { return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	var ra, rb rune
	for _, r := range a {
		ra = r
	}
	for _, r := range b {
		rb = r
		break
	}
	return latin(ra) && latin(rb)
}

// Item is one element of a page's reading flow: a text line or a table.
// Exactly one of Line and Grid is set.
type Item struct {
	Line *Line
	Grid *Grid
}

// Top is the item's top edge on its page.
func (it Item) Top() float64 {
	if it.Grid != nil {
		return it.Grid.Y0
	}
	return it.Line.Top()
}

// PageNumber is the page the item is printed on.
func (it Item) PageNumber() int {
	if it.Grid != nil {
		return it.Grid.Page
	}
	return it.Line.Page
}
