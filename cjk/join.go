package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Join joins two wrapped lines of one table cell or paragraph. Both are
// trimmed; one space is put between them only when the first ends a Latin
// word or number and the second starts one ("annual" + "report",
// "2023" + "Q4"). Nothing is put next to CJK characters or CJK punctuation
// ("覆盖" + "90个" → "覆盖90个"), after a hyphen, slash or opening bracket, before
// closing or trailing punctuation (")" "%" "," …), or inside a number
// wrapped after its separator ("1,250." + "00").
func Join(a, b string) string {
	a = strings.TrimSpace(a)
	b = strings.TrimSpace(b)
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	if needsSpace(a, b) {
		return a + " " + b
	}
	return a + b
}

// JoinLines joins wrapped lines in order with Join; blank lines are ignored.
func JoinLines(lines []string) string {
	out := ""
	for _, line := range lines {
		out = Join(out, line)
	}
	return out
}

// needsSpace decides the gap between trimmed, non-empty a and b.
func needsSpace(a, b string) bool {
	last, size := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if !endsWord(last) || !startsWord(first) {
		return false
	}
	if (last == '.' || last == ',') && isASCIIDigit(first) {
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-size])
		return !isASCIIDigit(before) // "1,250." + "00" continues the number
	}
	return true
}

// endsWord: a rune after which a following Latin word is set off by a space.
func endsWord(r rune) bool {
	if isWide(r) {
		return false
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true
	}
	return strings.ContainsRune(`)]}%.,;:!?'"`, r)
}

// startsWord: a rune that begins a Latin word or number.
func startsWord(r rune) bool {
	if isWide(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(' || r == '['
}

// isWide reports the characters that take no spaces around them in Chinese
// text: Han, CJK punctuation, kana.
func isWide(r rune) bool {
	return IsCJK(r) || IsCJKPunct(r) || (r >= 0x3040 && r <= 0x30FF)
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
