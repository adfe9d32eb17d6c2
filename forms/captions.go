package forms

import (
	"regexp"
	"strings"
)

var (
	// captionRe: a title (…表, …表（按支出功能分类科目）: a qualifier in
	// brackets may follow), a unit or money line (单位：万元, 部门（单位）：…),
	// a year line.
	captionRe = regexp.MustCompile(`(表|表格)[）)]?([（(][^（()）]{1,24}[）)])?$|单位[：:]|^[（(]\d{4}年度?[）)]$|填报单位|编制单位|预算单位`)
	// UnitDecl is a line that names the unit a table is for (部门（单位）：XX,
	// 编制部门：XX, 单位名称：XX): a caption line, never the title.
	UnitDecl = regexp.MustCompile(`^(部门|单位|编制部门|填报单位|编制单位|预算单位)([（(](部门|单位)[）)])?(名称)?\s*[：:]`)
	// TableNumber is a line that only numbers a table (公开01表, 预算03表,
	// 表1, 附表2-1): a caption line, but no title when a line above names
	// the table.
	TableNumber = regexp.MustCompile(`^(公开|预算|决算|部门|附)?\s*表?\s*[0-9一二三四五六七八九十]+(\s*[-－]\s*\d+)?\s*(号)?\s*表?$`)
	// UnitLine is the line above a T1 form: the unit's six-digit code, its
	// name and the money unit (101002XX县… 单位：万元).
	UnitLine = regexp.MustCompile(`^(\d{6})\s*(\S.*?)\s*(金额)?单位[：:]\s*(万元|元)\s*$`)
	// MoneyLine is a money-unit declaration (（金额）单位：万元, 单位 : 元);
	// group 1 is the unit.
	MoneyLine = regexp.MustCompile(`单位\s*[：:]\s*(万元|元)`)
	// TableTitle is a line that ends like a table's title (…表, …表格）).
	TableTitle = regexp.MustCompile(`(表|表格)[）)]?$`)
)

// IsCaption reports whether a line is part of a table's caption block: the
// title (…表), the unit line (101002XX县… 单位：万元), a (2024年度) line.
func IsCaption(text string) bool {
	t := strings.TrimSpace(text)
	return captionRe.MatchString(t) || UnitLine.MatchString(t) || UnitDecl.MatchString(t) || TableNumber.MatchString(t)
}
