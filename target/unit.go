package target

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unitAfter reads the unit from rest, the text after the number, and returns
// it with any comparator word printed after it ("以上", "以内" …). name is
// the indicator's name, the unit's source when rest merely repeats the name
// or is a phrase rather than a unit.
func unitAfter(rest, name string) (unit, qualifier string) {
	rest, qualifier = cutQualifier(rest)
	rest = unwrapParens(rest)
	switch {
	case rest == "":
		return "", qualifier
	case hasPercentPrefix(rest):
		return "%", qualifier
	case isUnit(rest):
		return rest, qualifier
	case repeatsName(rest, compact(name)):
		return unitFromName(name), qualifier
	case looksLikeUnit(rest):
		return rest, qualifier
	}
	return unitFromName(name), qualifier
}

// qualifiers are comparator words printed after the number and unit.
var qualifiers = []string{"及以上", "及以下", "以上", "以下", "以内", "左右", "内"}

func cutQualifier(rest string) (string, string) {
	for _, q := range qualifiers {
		if len(rest) > 0 && strings.HasSuffix(rest, q) {
			return strings.TrimSuffix(rest, q), q
		}
	}
	return rest, ""
}

// unwrapParens turns "(平方米)" or "（平方米）" into "平方米".
func unwrapParens(s string) string {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"(", "）"}, {"（", ")"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) >= len(p[0])+len(p[1]) {
			return s[len(p[0]) : len(s)-len(p[1])]
		}
	}
	return s
}

// percentForms are the printed spellings of "%".
var percentForms = []string{"%", "百分比", "百分数", "百分之", "％"}

func hasPercentPrefix(s string) bool {
	for _, p := range percentForms {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// repeatsName reports text after the number that is the indicator's name or
// a part of it of two characters or more ("≥15开展调研次数" for 开展调研次数).
func repeatsName(rest, name string) bool {
	if name == "" {
		return false
	}
	return rest == name || strings.Contains(rest, name) ||
		(utf8.RuneCountInString(rest) >= 2 && strings.Contains(name, rest))
}

// looksLikeUnit accepts a short unit not in the lists by its shape: at most
// three characters, Han or Latin letters, none of the characters that make an
// indicator phrase (率, 度, 数, verbs …).
func looksLikeUnit(s string) bool {
	if utf8.RuneCountInString(s) > 3 {
		return false
	}
	for _, r := range s {
		if strings.ContainsRune(phraseRunes, r) {
			return false
		}
		if !unicode.Is(unicode.Han, r) && !isASCIILetter(r) && r != '/' && r != '²' && r != '³' {
			return false
		}
	}
	return true
}

// phraseRunes occur in indicator names and phrases, never in a unit.
const phraseRunes = "率度数的了和与及或按完成开展参加实现提高升降低保障确达到于为"

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

// IsUnit reports whether s, trimmed, is a unit by itself (个, 万元, 人次,
// %, 百分比, 次/年): what a unit column of an indicator table holds.
func IsUnit(s string) bool {
	s = strings.TrimSpace(unwrapParens(strings.TrimSpace(s)))
	if s == "" {
		return false
	}
	for _, p := range percentForms {
		if s == p {
			return true
		}
	}
	return isUnit(s)
}
