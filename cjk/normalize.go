package cjk

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Blocks whose runes are folded to a unified ideograph.
const (
	radicalsSupplementFirst = 0x2E80
	radicalsSupplementLast  = 0x2EFF
	kangxiFirst             = 0x2F00
	kangxiLast              = 0x2FDF
	compatFirst             = 0xF900
	compatLast              = 0xFAFF
	ideographicSpace        = 0x3000
	fullWidthOffset         = 0xFEE0 // full-width form − ASCII
)

// kangxiFolds and compatFolds hold NFKC of every rune of the Kangxi
// Radicals and CJK Compatibility Ideographs blocks that NFKC turns into
// exactly one other rune. Each is filled once, when a rune of its block is
// first seen (not at start-up: 0.6 ms every process paid, and most
// documents have no such rune), so the per-glyph path does no
// normalization work.
var (
	kangxiFolds = sync.OnceValue(func() []rune { return foldBlock(kangxiFirst, kangxiLast) })
	compatFolds = sync.OnceValue(func() []rune { return foldBlock(compatFirst, compatLast) })
)

func foldBlock(first, last rune) []rune {
	folds := make([]rune, last-first+1)
	for r := first; r <= last; r++ {
		folds[r-first] = r
		out := norm.NFKC.String(string(r))
		if m, size := utf8.DecodeRuneInString(out); size == len(out) && m != utf8.RuneError {
			folds[r-first] = m
		}
	}
	return folds
}

// NormalizeRune returns r as the contract's text rules print it: radicals and
// compatibility ideographs become the unified ideograph, full-width digits,
// Latin letters and ％ ＋ － ． ／ ＜ ＝ ＞ become ASCII, U+3000 becomes a space.
// Every other rune, CJK punctuation included, is returned unchanged.
func NormalizeRune(r rune) rune {
	switch {
	case r < radicalsSupplementFirst:
		return r
	case r <= radicalsSupplementLast:
		if m := radicalsSupplement[r-radicalsSupplementFirst]; m != 0 {
			return m
		}
		return r
	case r <= kangxiLast:
		return kangxiFolds()[r-kangxiFirst]
	case r == ideographicSpace:
		return ' '
	case r < compatFirst:
		return r
	case r <= compatLast:
		return compatFolds()[r-compatFirst]
	case r >= 0xFF01 && r <= 0xFF5E:
		return fullWidthToASCII(r)
	}
	return r
}

// fullWidthToASCII folds the full-width forms the contract names; other
// full-width punctuation (（）：，！？ …) stays as printed.
func fullWidthToASCII(r rune) rune {
	a := r - fullWidthOffset
	switch {
	case a >= '0' && a <= '9', a >= 'A' && a <= 'Z', a >= 'a' && a <= 'z':
		return a
	}
	switch a {
	case '%', '+', '-', '.', '/', '<', '=', '>':
		return a
	}
	return r
}

// Normalize applies NormalizeRune to every rune of s. It returns s itself,
// without allocating, when no rune changes; invalid UTF-8 bytes are replaced
// by U+FFFD so the result is always valid UTF-8.
func Normalize(s string) string {
	i := firstChange(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		b.WriteRune(NormalizeRune(r))
	}
	return b.String()
}

// firstChange is the byte offset of the first rune Normalize would change
// (or of the first invalid byte), or -1 when s is already normal.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || NormalizeRune(r) != r {
			return i
		}
		i += size
	}
	return -1
}
