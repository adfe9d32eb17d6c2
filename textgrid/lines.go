package textgrid

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/narrative"
)

// textLine is one non-blank line of text input.
type textLine struct {
	text   string // without leading and trailing white space
	raw    string // as printed (tabs expanded), trailing space removed
	indent int    // display columns of leading white space
	page   int    // 1-based page when the text has form feeds, else 0
	blank  bool   // a meaningful blank line comes before it
	row    int    // vertical position within the page, in line pitches
}

// textInput is a text file split into lines, with what its producer's
// habits say about it.
type textInput struct {
	lines     []textLine
	formFeeds int
	layout    bool // columns side by side (pdftotext -layout)
	doubled   bool // every line followed by a blank line (blank lines mean nothing)
}

// rawPage is one form-feed page as lines (blank lines kept as "").
type rawPage []string

func splitRawPages(data []byte) ([]rawPage, int) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	ff := strings.Count(s, "\f")
	chunks := strings.Split(s, "\f")
	if ff > 0 && strings.TrimSpace(chunks[len(chunks)-1]) == "" {
		chunks = chunks[:len(chunks)-1]
	}
	pages := make([]rawPage, len(chunks))
	for i, c := range chunks {
		for _, l := range strings.Split(c, "\n") {
			l = strings.ReplaceAll(cjk.Normalize(l), "\t", "    ")
			l = strings.ReplaceAll(l, "\u3000", "  ")
			pages[i] = append(pages[i], strings.TrimRightFunc(l, unicode.IsSpace))
		}
	}
	return pages, ff
}

// readTextLines reads text input into lines with page numbers, after
// removing page furniture.
func readTextLines(data []byte) textInput {
	pages, ff := splitRawPages(data)
	in := textInput{formFeeds: ff, layout: looksLayout(pages), doubled: looksDoubled(pages)}
	drop := textFurniture(pages, in.doubled)
	for pi, p := range pages {
		pageNo := 0
		if ff > 0 {
			pageNo = pi + 1
		}
		row, blanks, furniture := 0, 0, false
		for li, raw := range p {
			if drop[[2]int{pi, li}] {
				furniture = true // the blank lines around a page number mean nothing
				continue
			}
			if strings.TrimSpace(raw) == "" {
				blanks++
				continue
			}
			meaningful := blanks > 0 && !furniture
			if in.doubled {
				meaningful = blanks > 1 && !furniture
			}
			furniture = false
			if meaningful && !in.layout {
				row++ // -layout prints blank lines inside paragraphs
			}
			text := strings.TrimSpace(raw)
			in.lines = append(in.lines, textLine{text: text, raw: raw, indent: displayWidth(raw[:len(raw)-len(strings.TrimLeft(raw, " "))]),
				page: pageNo, blank: meaningful, row: row})
			row++
			blanks = 0
		}
	}
	in.lines = joinWrappedParts(in.lines)
	return in
}

// looksLayout: pdftotext -layout keeps columns apart with runs of spaces.
func looksLayout(pages []rawPage) bool {
	wide, total := 0, 0
	for _, p := range pages {
		for _, l := range p {
			t := strings.TrimSpace(l)
			if t == "" {
				continue
			}
			total++
			if strings.Contains(t, "   ") {
				wide++
			}
		}
	}
	return wide >= 3 && wide*10 >= total
}

// looksDoubled: some converters put a blank line after every line; then a
// single blank line says nothing about paragraphs or cells. Long lines
// (narrative.Paragraph lines) tell: elsewhere they run on without blank lines.
func looksDoubled(pages []rawPage) bool {
	followed, total := 0, 0
	for _, p := range pages {
		for i := 0; i+1 < len(p); i++ {
			if displayWidth(strings.TrimSpace(p[i])) < 40 {
				continue // short lines may be table cells, blank-separated in any text
			}
			total++
			if strings.TrimSpace(p[i+1]) == "" {
				followed++
			}
		}
	}
	return total >= 6 && followed*10 >= total*8
}

// displayWidth counts columns: wide (CJK) runes take two.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	if cjk.IsCJK(r) || cjk.IsCJKPunct(r) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0x3040 && r <= 0x30FF) {
		return 2
	}
	return 1
}

// joinWrappedParts re-joins a part title that the producer wrapped over two
// lines ("第一部分 部门整" + "体绩效目标"): a 第X部分 line followed by a short
// line that is no heading of its own, on the same page.
func joinWrappedParts(lines []textLine) []textLine {
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if i+1 < len(lines) && narrative.IsPartStart(l.text) && len([]rune(l.text)) <= 12 {
			next := lines[i+1]
			if next.page == l.page && len([]rune(next.text)) <= 16 && !narrative.IsHeadingStart(next.text) && !forms.IsCaption(next.text) && !strings.ContainsAny(next.text, "。，；") {
				sep := ""
				if strings.HasSuffix(l.text, "部分") {
					sep = " "
				}
				l.text += sep + next.text
				l.raw += sep + next.text
				i++
			}
		}
		out = append(out, l)
	}
	return out
}
