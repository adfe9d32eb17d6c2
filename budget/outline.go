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
// numbering or numbered 一、 is level 1; below it each new style of
// numbering opens the next level, in the order the table first uses them
// (1、 then (1), or （一） then 1.), and a style seen before returns to its
// level. A 其中 line is part of the line above it.
type outline struct {
	styles   []string // the styles of levels 2, 3 …
	names    []string // the last line's name at each level
	level    int      // the last numbered line's level
	lastName string
}

// place gives a line's level and the name of its parent.
func (o *outline) place(name string) (level int, parent string) {
	style := numberStyle(name)
	switch style {
	case "", "cn":
		o.styles, o.names = o.styles[:0], append(o.names[:0], name)
		o.level, o.lastName = 1, name
		return 1, ""
	case "part":
		return max(o.level, 1) + 1, o.lastName
	}
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
	level = k + 2
	if len(o.names) >= level-1 {
		parent = o.names[level-2]
	}
	o.names = append(o.names[:min(len(o.names), level-1)], name)
	o.level, o.lastName = level, name
	return level, parent
}
