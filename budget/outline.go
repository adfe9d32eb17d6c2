package budget

import (
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// numberStyles are the list numberings a line without a code may open
// with, by style: 一、 (cn), 1、 (ar), （一） (pcn), (1) (par), 其中 (part).
var numberStyles = []struct {
	style string
	re    *regexp.Regexp
}{
	{"cn", regexp.MustCompile(`^[一二三四五六七八九十]+[、.．]`)},
	{"ar", regexp.MustCompile(`^\d+[、.．]`)},
	{"pcn", regexp.MustCompile(`^[（(][一二三四五六七八九十]+[）)]`)},
	{"par", regexp.MustCompile(`^[（(]\d+[）)]`)},
	{"part", regexp.MustCompile(`^其中`)},
}

// numberStyle is the style of a line's numbering, "" when it has none.
func numberStyle(name string) string {
	k := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '　' {
			return -1
		}
		return r
	}, cjk.Normalize(name))
	for _, s := range numberStyles {
		if s.re.MatchString(k) {
			return s.style
		}
	}
	return ""
}

// An outline is one block's numbering as read so far: a line without
// numbering or numbered 一、 is level 1, unless its 一、 list starts again
// under a 一、 line (then it nests); below it each new style of numbering
// opens the next level, in the order the table first uses them (1、 then
// (1), or （一） then 1.), and a style seen before returns to its level. A
// 其中 line is part of the line above it.
type outline struct {
	styles   []string // the styles of levels below the 一、 lists
	names    []string // the last line's name at each level
	level    int      // the last numbered line's level
	lastName string
	cn       []int // the last 一、 number of each nested 一、 list
}

// place gives a line's level and the name of its parent.
func (o *outline) place(name string) (level int, parent string) {
	style := numberStyle(name)
	switch style {
	case "":
		o.cn = o.cn[:0]
		return o.at(1, name)
	case "cn":
		return o.at(o.cnLevel(cnNumber(name)), name)
	case "part":
		return max(o.level, 1) + 1, o.lastName
	}
	base := max(len(o.cn), 1) // the styles nest under the innermost 一、 list
	k := -1
	for i, s := range o.styles {
		if s == style {
			k = i
		}
	}
	if k < 0 {
		o.styles = append(o.styles, style)
		k = len(o.styles) - 1
	}
	o.styles = o.styles[:k+1]
	level = base + k + 1
	if len(o.names) >= level-1 {
		parent = o.names[level-2]
	}
	o.names = append(o.names[:min(len(o.names), level-1)], name)
	o.level, o.lastName = level, name
	return level, parent
}

// at places a line of a 一、 list (or without numbering) at level, the
// styles below it starting afresh.
func (o *outline) at(level int, name string) (int, string) {
	o.styles = o.styles[:0]
	parent := ""
	if level > 1 && len(o.names) >= level-1 {
		parent = o.names[level-2]
	}
	o.names = append(o.names[:min(len(o.names), level-1)], name)
	o.level, o.lastName = level, name
	return level, parent
}

// cnLevel is the level of a line numbered n in the 一、 style: the next
// number of the innermost list that expects it (二、 after 一、), a new
// list one level deeper when the numbering starts again at 一、 under a
// 一、 line (一、本年支出 over 一、一般公共服务支出, 二、社会保障和就业支出 …),
// else level 1.
func (o *outline) cnLevel(n int) int {
	for d := len(o.cn) - 1; d >= 0; d-- {
		if o.cn[d]+1 == n {
			o.cn = append(o.cn[:d], n)
			return d + 1
		}
	}
	if n == 1 && len(o.cn) > 0 && o.level == len(o.cn) {
		o.cn = append(o.cn, 1)
		return len(o.cn)
	}
	o.cn = append(o.cn[:0], n)
	return 1
}

var cnDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnNumber reads the 一、 numbering of a line (十二、 is 12), 0 when none.
func cnNumber(name string) int {
	n, cur := 0, 0
	for _, r := range strings.TrimSpace(cjk.Normalize(name)) {
		switch {
		case cnDigits[r] > 0:
			cur = cnDigits[r]
		case r == '十':
			n += max(cur, 1) * 10
			cur = 0
		default:
			return n + cur
		}
	}
	return n + cur
}
