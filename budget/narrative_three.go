package budget

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/budgetpdf/budgetpdf"
)

// otherYear is a header that dates its column to a year, or to the last
// one (2025年预算数 beside 2026年预算数, 上年).
var otherYear = regexp.MustCompile(`\d{4}\s*年|上年`)

// threePublicTotal is the 三公 total of a “三公”经费 table: in the 三公
// subtotal column, else its first 合计 column (its only amount column in
// a table with one line per item), of the budget or, when final, the 决算
// measure, skipping columns dated to another year than the document's;
// in the total row, else the first row that prints it (not a row of
// column numbers).
func threePublicTotal(t *budgetpdf.BudgetTable, final bool, year int) *figure {
	col := threePublicColumn(t, final, year)
	if col < 0 {
		return nil
	}
	var first *figure
	for _, r := range t.Rows {
		if col >= len(r.Values) || r.Values[col] == nil {
			continue
		}
		f := &figure{v: r.Values[col], page: r.Page, unit: t.MoneyUnit, kind: t.Kind, what: strings.TrimSpace(r.Name + " " + t.Columns[col].Header)}
		if r.Total {
			return f
		}
		if first == nil && !numberingRow(r) {
			first = f
		}
	}
	return first
}

func threePublicColumn(t *budgetpdf.BudgetTable, final bool, year int) int {
	for _, roles := range [][]string{{"three_public"}, {"total", "amount"}} {
		for i, c := range t.Columns {
			if !contains(roles, c.Role) || (c.Measure == "final") != final || otherYear.MatchString(c.Header) && !strings.Contains(c.Header, strconv.Itoa(year)+"年") {
				continue
			}
			return i
		}
	}
	return -1
}

// numberingRow: a row that prints the columns' numbers (1 2 3 4) under
// the header.
func numberingRow(r budgetpdf.BudgetRow) bool {
	n, printed := 0, 0
	for i, v := range r.Values {
		if v != nil {
			printed++
			if *v == float64(i+1) {
				n++
			}
		}
	}
	return n >= 2 && n == printed
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
