package narrative

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// Line is one printed line of body text, as the narrative reads it: its
// text, page, left and right edges, baseline, top and font size (page
// units, y down). A nil line in a sequence is a table or a caption that
// interrupts the text.
type Line struct {
	Text           string
	Page           int
	X0, X1, Y, Top float64
	Size           float64
}

// Paragraphs groups the lines of body text into paragraphs: a new one at a
// change of size, an indented first line, a heading, a line that stopped
// short, a blank line, or an interruption (nil).
func Paragraphs(lines []*Line) []Paragraph {
	var kept []*Line
	for _, l := range lines {
		if l != nil {
			kept = append(kept, l)
		}
	}
	return buildParagraphs(lines, pageMargins(kept))
}

// Paragraph is a run of lines of body text joined per the text rules.
type Paragraph struct {
	Text  string
	Page  int
	Size  float64
	Lines int
	Title bool // part of the title block (the cover), not narrative
}

// margins are a page's body text edges.
type margins struct{ left, right float64 }

func pageMargins(lines []*Line) map[int]margins {
	byPage := map[int][]*Line{}
	for _, l := range lines {
		byPage[l.Page] = append(byPage[l.Page], l)
	}
	out := map[int]margins{}
	for p, ls := range byPage {
		counts := map[int]int{}
		right := 0.0
		for _, l := range ls {
			counts[int(math.Round(l.X0/2))]++
			right = math.Max(right, l.X1)
		}
		best, bestN := 0, -1
		keys := make([]int, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, k := range keys {
			if counts[k] > bestN {
				best, bestN = k, counts[k]
			}
		}
		left := float64(best) * 2
		// The body's left edge is the leftmost common edge, not an indent.
		for _, k := range keys {
			if float64(k)*2 < left && counts[k]*3 >= bestN {
				left = float64(k) * 2
				break
			}
		}
		out[p] = margins{left, right}
	}
	return out
}

// breaksBefore reports whether line cur starts a new Paragraph after prev.
func breaksBefore(prev, cur *Line, m map[int]margins) bool {
	if prev == nil {
		return true
	}
	mc := m[cur.Page]
	if math.Abs(cur.Size-prev.Size) > 0.15*math.Max(cur.Size, prev.Size) {
		return true
	}
	if cur.X0-mc.left > 1.2*cur.Size {
		return true // indented first line
	}
	if IsHeadingStart(cur.Text) {
		return true
	}
	if t := prev.Text; IsHeadingStart(t) && !strings.Contains(t, "。") && utf8.RuneCountInString(t) <= 20 {
		return true // a short numbered heading stands on its own line
	}
	mp := m[prev.Page]
	if prev.X1 < mp.right-2*prev.Size {
		return true // the previous line stopped short
	}
	if cur.Page == prev.Page && cur.Top-prev.Y > 2.2*cur.Size {
		return true // a blank line between
	}
	return false
}

// buildParagraphs groups consecutive lines into paragraphs.
func buildParagraphs(lines []*Line, m map[int]margins) []Paragraph {
	var out []Paragraph
	var cur []*Line
	flush := func() {
		if len(cur) == 0 {
			return
		}
		parts := make([]string, len(cur))
		for i, l := range cur {
			parts[i] = l.Text
		}
		out = append(out, Paragraph{Text: cjk.JoinLines(parts), Page: cur[0].Page, Size: cur[0].Size, Lines: len(cur)})
		cur = nil
	}
	var prev *Line
	for _, l := range lines {
		if l == nil { // a table or caption interrupts the text
			flush()
			prev = nil
			continue
		}
		if breaksBefore(prev, l, m) {
			flush()
		}
		cur = append(cur, l)
		prev = l
	}
	flush()
	return out
}
