package narrative

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Heading levels, outermost first.
const (
	levelPart    = iota // 第一部分 …
	levelChapter        // 一、…
	levelSub            // （一）… or a second run of 一、… inside a chapter
	levelItem           // 1.…
)

var (
	partRe    = regexp.MustCompile(`^第[一二三四五六七八九十百]+部分`)
	chapterRe = regexp.MustCompile(`^([一二三四五六七八九十]+)、`)
	subRe     = regexp.MustCompile(`^[（(]([一二三四五六七八九十]+)[）)]`)
	itemRe    = regexp.MustCompile(`^(\d{1,2})[.．]([^\d]|$)`)
)

// IsHeadingStart reports whether text begins like a numbered heading.
func IsHeadingStart(text string) bool {
	return partRe.MatchString(text) || chapterRe.MatchString(text) || subRe.MatchString(text) || itemRe.MatchString(text)
}

// heading is a recognised heading: its printed text, level and number.
type heading struct {
	text  string
	level int
	num   int
	size  float64 // font size where known (0 for text input)
}

// maxHeadingRunes bounds a run-in heading's phrase; maxStandaloneRunes a
// heading printed on its own.
const (
	maxHeadingRunes    = 40
	maxStandaloneRunes = 60
)

// SplitHeading decides whether a Paragraph is a heading, a run-in heading
// followed by text (`1.短语。正文`), or ordinary text.
func SplitHeading(p string) (h heading, rest string, ok bool) {
	level, num := headingKind(p)
	if level < 0 {
		return h, p, false
	}
	if strings.ContainsAny(p, "；;") {
		return h, p, false // a list entry (…；) is never a heading
	}
	if i := strings.Index(p, "。"); i >= 0 {
		phrase := p[:i]
		rest := strings.TrimSpace(p[i+len("。"):])
		if rest != "" && utf8.RuneCountInString(phrase) <= maxHeadingRunes && !strings.ContainsAny(phrase, "：:") {
			return heading{text: phrase, level: level, num: num}, rest, true
		}
		return h, p, false // a numbered sentence, not a heading
	}
	if strings.ContainsAny(p, "：:") && level == levelItem {
		return h, p, false // a glossary entry
	}
	if utf8.RuneCountInString(p) > maxStandaloneRunes {
		return h, p, false
	}
	return heading{text: p, level: level, num: num}, "", true
}

// IsPartStart reports whether text opens a part (第一部分 …).
func IsPartStart(text string) bool { return partRe.MatchString(text) }

// IsOutlineStart reports whether text opens a part, a chapter (一、) or a
// sub-chapter (（一）): a heading above the item level.
func IsOutlineStart(text string) bool {
	return partRe.MatchString(text) || chapterRe.MatchString(text) || subRe.MatchString(text)
}

func headingKind(p string) (level, num int) {
	switch {
	case partRe.MatchString(p):
		return levelPart, 0
	case chapterRe.MatchString(p):
		return levelChapter, chineseNumber(chapterRe.FindStringSubmatch(p)[1])
	case subRe.MatchString(p):
		return levelSub, chineseNumber(subRe.FindStringSubmatch(p)[1])
	case itemRe.MatchString(p):
		m := itemRe.FindStringSubmatch(p)
		n := 0
		for _, c := range m[1] {
			n = n*10 + int(c-'0')
		}
		return levelItem, n
	}
	return -1, 0
}

// chineseNumber reads 一 … 九十九.
func chineseNumber(s string) int {
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = digits[r]
	}
	return n + cur
}
