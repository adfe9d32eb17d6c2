package forms

import (
	"regexp"
	"strings"
)

var (
	captionRe = regexp.MustCompile(`(表|表格)[）)]?$|单位[：:]|^[（(]\d{4}年度?[）)]$|填报单位|编制单位|预算单位`)
	// UnitLine is the line above a T1 form: the unit's six-digit code, its
	// name and the money unit (101002XX县… 单位：万元).
	UnitLine = regexp.MustCompile(`^(\d{6})\s*(\S.*?)\s*(金额)?单位[：:]\s*(万元|元)\s*$`)
	// MoneyLine is a money-unit declaration (（金额）单位：万元); group 2 is
	// the unit.
	MoneyLine = regexp.MustCompile(`(金额)?单位[：:]\s*(万元|元)`)
	// TableTitle is a line that ends like a table's title (…表, …表格）).
	TableTitle = regexp.MustCompile(`(表|表格)[）)]?$`)
)

// IsCaption reports whether a line is part of a table's caption block: the
// title (…表), the unit line (101002XX县… 单位：万元), a (2024年度) line.
func IsCaption(text string) bool {
	t := strings.TrimSpace(text)
	return captionRe.MatchString(t) || UnitLine.MatchString(t)
}
