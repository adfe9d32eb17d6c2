package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CollapseSpace trims s, drops every run of white space that touches a CJK
// character or CJK punctuation ("2022 年" → "2022年", "目标 ：" → "目标："),
// and turns every other run into one space ("A  B" → "A B"). It returns s
// itself, without allocating, when nothing changes.
func CollapseSpace(s string) string {
	var b *strings.Builder
	prev := rune(-1) // last non-space rune, -1 at the start
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			if b != nil {
				b.WriteString(s[i : i+size])
			}
			prev = r
			i += size
			continue
		}
		j := spaceRunEnd(s, i)
		next, _ := utf8.DecodeRuneInString(s[j:])
		keep := prev >= 0 && j < len(s) && !isWide(prev) && !isWide(next)
		unchanged := keep && j-i == 1 && s[i] == ' '
		if !unchanged && b == nil {
			b = &strings.Builder{}
			b.Grow(len(s))
			b.WriteString(s[:i])
		}
		if keep && b != nil {
			b.WriteByte(' ')
		}
		i = j
	}
	if b == nil {
		return s
	}
	return b.String()
}

// spaceRunEnd returns the offset just past the white-space run starting at i.
func spaceRunEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}
