package extract

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
)

// A glyph whose centre lies outside the clip in force is hidden, and
// carries that clip (in page coordinates); a shown glyph carries none. The
// clip narrows with every W, is restored by Q, and a clip with curves
// (bounds unknown here) hides nothing.
func TestHiddenGlyphsCarryTheirClip(t *testing.T) {
	// user space: y up, the page 842 high; a cell clip from y=700 to 720
	cell := "q 100 700 200 20 re W n BT /F1 10 Tf 105 705 Td (A) Tj 0 -20 Td (B) Tj ET Q"
	tests := []struct {
		name    string
		content string
		hidden  map[string]bool
	}{
		{"text inside its cell shows; its overflow below is hidden", cell, map[string]bool{"A": false, "B": true}},
		{"overflow to the right is hidden", "q 100 700 50 20 re W n BT /F1 10 Tf 105 705 Td (A) Tj 100 0 Td (B) Tj ET Q", map[string]bool{"A": false, "B": true}},
		{"Q restores the clip", cell + " BT /F1 10 Tf 105 600 Td (C) Tj ET", map[string]bool{"A": false, "B": true, "C": false}},
		{"nested clips narrow", "q 0 0 595 842 re W n q 100 700 200 20 re W n BT /F1 10 Tf 105 705 Td (A) Tj 0 -20 Td (B) Tj ET Q Q", map[string]bool{"A": false, "B": true}},
		{"a clip with curves hides nothing", "q 100 700 m 300 700 l 300 720 300 720 100 720 c h W n BT /F1 10 Tf 105 685 Td (A) Tj ET Q", map[string]bool{"A": false}},
		{"W* clips as W", "q 100 700 200 20 re W* n BT /F1 10 Tf 105 685 Td (B) Tj ET Q", map[string]bool{"B": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &pdfgen.Builder{}
			_, p := textOf(t, b.Build([]pdfgen.Page{{Resources: latinFont, Contents: []string{tt.content}}}), 1)
			if len(p.Glyphs) != len(tt.hidden) {
				t.Fatalf("%d glyphs, want %d", len(p.Glyphs), len(tt.hidden))
			}
			for _, g := range p.Glyphs {
				if got := g.Clip != nil; got != tt.hidden[g.Text] {
					t.Errorf("glyph %q hidden = %v, want %v", g.Text, got, tt.hidden[g.Text])
				}
			}
		})
	}
	// The clip is given in page coordinates (top-left origin): the cell's
	// box runs from 122 to 142 from the top.
	b := &pdfgen.Builder{}
	_, p := textOf(t, b.Build([]pdfgen.Page{{Resources: latinFont, Contents: []string{cell}}}), 1)
	for _, g := range p.Glyphs {
		if g.Clip != nil && (g.Clip.Y0 < 121.5 || g.Clip.Y0 > 122.5 || g.Clip.Y1 < 141.5 || g.Clip.Y1 > 142.5 || g.Clip.X0 != 100 || g.Clip.X1 != 300) {
			t.Errorf("clip %+v, want (100,122)-(300,142)", *g.Clip)
		}
	}
}
