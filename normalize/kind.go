package normalize

import (
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// kindPhrase is the report-kind phrase of a cover or title line: 部门预算,
// 单位预算, 部门决算, 单位决算, with the qualifier titles put between
// (部门综合预算). 部门整体预算 (a department-wide target form) names no kind
// of disclosure, nor does 预算单位 (a label: 预算单位：X).
var kindPhrase = regexp.MustCompile(`(部门|单位)(综合)?(预|决)算`)

// kindOf reads the kind of disclosure (budgetpdf.Kind*) from the title
// block and the running headers, texts in reading order: the first kind
// phrase a title prints, once the unit's own name is taken out (a
// 部门预算编审中心 names no kind). "" when no title names one: a file of
// tables or forms alone is not guessed at, nor is its file name read.
func kindOf(texts []string, unit string) string {
	u := squeeze(unit)
	for _, t := range texts {
		t = squeeze(t)
		if footnoteStart.MatchString(t) {
			continue
		}
		if u != "" {
			t = strings.ReplaceAll(t, u, "")
		}
		if m := kindPhrase.FindStringSubmatch(t); m != nil {
			return m[1] + m[3] + "算"
		}
	}
	return budgetpdf.KindNotPrinted
}

// tableMoneyUnit is the money unit one table declares: 单位：万元 or
// 金额单位：元 in a caption line above it, else in its first rows (a title
// row inside the grid); "" when it declares none. A header cell's
// 预算金额（万元） is not a declaration of the whole table.
func tableMoneyUnit(captions []string, rows [][]string) string {
	for _, c := range captions {
		if m := forms.MoneyLine.FindStringSubmatch(c); m != nil {
			return m[1]
		}
	}
	for r := 0; r < len(rows) && r < 3; r++ {
		for _, c := range rows[r] {
			if m := forms.MoneyLine.FindStringSubmatch(c); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// tableMoney follows the reading flow to give each table the money unit
// it declares: the caption lines since the last table are the next
// table's, and a caption line cut into cells (部门名称 | ：X | 单位：万元, a
// one-row grid) declares for the table under it on the same page too.
type tableMoney struct {
	captions  []string
	carryPage int
	carry     string
}

// caption notes a caption line.
func (m *tableMoney) caption(text string) { m.captions = append(m.captions, text) }

// table returns the unit a table on page declares and moves on.
func (m *tableMoney) table(page int, rows [][]string) string {
	u := tableMoneyUnit(m.captions, rows)
	if u == "" && m.carryPage == page {
		u = m.carry
	}
	m.captions, m.carryPage, m.carry = nil, 0, ""
	if len(rows) == 1 && u != "" {
		m.carryPage, m.carry = page, u
	}
	return u
}

// runningMoney finds the money unit a running header declares over the
// tables of each page (部门名称：X 单位：万元, repeated on every page and cut
// as furniture before captions are read): page number → unit, for the
// pages that print it. running holds each page's running lines.
func runningMoney(pages []extract.Page, running [][]layout.Line) map[int]string {
	out := map[int]string{}
	for i, lines := range running {
		for _, l := range lines {
			if m := forms.MoneyLine.FindStringSubmatch(l.Text()); m != nil {
				out[pages[i].Number] = m[1]
				break
			}
		}
	}
	return out
}

// declareRunningMoney gives a table that declares no money unit itself the
// one its page's running header declares.
func declareRunningMoney(tables []budgetpdf.Table, byPage map[int]string) {
	for i := range tables {
		if t := &tables[i]; t.MoneyUnit == "" {
			t.MoneyUnit = byPage[t.Page]
		}
	}
}
