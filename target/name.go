package target

import "strings"

// unitFromName takes the unit from the indicator's name, used when the
// printed unit is a repeat of the name: a unit in parentheses at the end
// ("培训人数（人）"), else the measure word at the end of the name, else a
// measure word inside it, else "" (shared/corpus/README.md, "Unit taken from
// the name").
func unitFromName(name string) string {
	n := compact(name)
	if inner, ok := trailingParens(n); ok {
		switch {
		case hasPercentPrefix(inner):
			return "%"
		case isUnit(inner):
			return inner
		}
		n = strings.TrimSuffix(n, "("+inner+")")
		n = strings.TrimSuffix(n, "（"+inner+"）")
	}
	for _, m := range nameSuffixUnits {
		if strings.HasSuffix(n, m.word) {
			return m.unit
		}
	}
	for _, m := range nameInnerUnits {
		if strings.Contains(n, m.word) {
			return m.unit
		}
	}
	return ""
}

type measureWord struct{ word, unit string }

// nameSuffixUnits are tried in order: 次数/场次 before 人次 before 人数 …
var nameSuffixUnits = []measureWord{
	{"次数", "次"}, {"场次", "次"}, {"人次", "人次"}, {"人数", "人"}, {"户数", "户"},
	{"满意度指标", "%"}, {"满意度", "%"}, {"率", "%"},
}

var nameInnerUnits = []measureWord{{"满意度", "%"}, {"次数", "次"}, {"人数", "人"}}

// trailingParens returns the text of a parenthesised group ending n.
func trailingParens(n string) (string, bool) {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if !strings.HasSuffix(n, p[1]) {
			continue
		}
		body := strings.TrimSuffix(n, p[1])
		if i := strings.LastIndex(body, p[0]); i >= 0 {
			return body[i+len(p[0]):], true
		}
	}
	return "", false
}
