package textgrid

import (
	"unicode"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// gapKind is what separates a piece of text input from the one before it.
type gapKind int

const (
	gapSoft  gapKind = iota // one space between a CJK character and a digit or letter: maybe an autospace inside a cell
	gapHard                 // wider space, or one between CJK characters: another cell
	gapLine                 // the next line, no blank line between
	gapBlank                // the next line after a blank line
)

// piece is one run of text of a line between column gaps.
type piece struct {
	text     string
	line     int // index into textInput.lines
	page     int
	col, end int // display columns on the printed line
	// rcol, rend: character offsets on the printed line. pdftotext
	// -layout places text on a grid of characters whatever their width,
	// so these are the positions that line up from line to line.
	rcol, rend int
	gap        gapKind
}

// linePieces cuts a line at its spaces. Spaces inside a Latin phrase
// ("Page 3") do not cut.
func linePieces(l textLine, idx int) []piece {
	var out []piece
	raw := l.raw
	col, rc := 0, 0
	start, startCol, startRC := -1, 0, 0
	gap := gapLine
	if l.blank {
		gap = gapBlank
	}
	flush := func(end, endCol int) {
		if start >= 0 {
			out = append(out, piece{text: raw[start:end], line: idx, page: l.page, col: startCol, end: endCol,
				rcol: startRC, rend: startRC + utf8.RuneCountInString(raw[start:end]), gap: gap})
			start = -1
		}
	}
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if r != ' ' {
			if start < 0 {
				start, startCol, startRC = i, col, rc
			}
			i += size
			col += runeWidth(r)
			rc++
			continue
		}
		j := i
		for j < len(raw) && raw[j] == ' ' {
			j++
		}
		if start < 0 || j >= len(raw) {
			col += j - i
			rc += j - i
			i = j
			continue
		}
		left, _ := utf8.DecodeLastRuneInString(raw[start:i])
		right, _ := utf8.DecodeRuneInString(raw[j:])
		kind := spaceKind(j-i, left, right)
		if kind < 0 {
			col += j - i
			rc += j - i
			i = j
			continue // Latin phrase: keep together
		}
		flush(i, col)
		gap = kind
		col += j - i
		rc += j - i
		i = j
	}
	flush(len(raw), col)
	return out
}

// spaceKind classifies a run of n spaces between runes a and b: -1 keeps
// them in one piece.
func spaceKind(n int, a, b rune) gapKind {
	if n >= 2 {
		return gapHard
	}
	la, lb := latinAlnum(a), latinAlnum(b)
	switch {
	case la && lb && (unicode.IsLetter(a) || unicode.IsLetter(b)):
		return -1 // a Latin phrase ("Page 3"); numbers side by side are cells
	case (la && isWideRune(b)) || (isWideRune(a) && lb):
		return gapSoft
	}
	return gapHard
}

func latinAlnum(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' || r == '.')
}

func isWideRune(r rune) bool { return runeWidth(r) == 2 }

// joinPieces joins pieces of one cell: the text rules' join, so wrapped
// lines run together and an autospace disappears.
func joinPieces(ps []piece) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.text
	}
	return cjk.JoinLines(parts)
}
