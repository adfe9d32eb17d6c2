package textgrid

import "github.com/budgetpdf/budgetpdf/forms"

// pdftotext -layout keeps one space between a long cell and the next one
// on its line: a sign column's 指标性质 cell ("=", "≥", "定性") after a name
// that fills its column is printed to the left of where the sign column
// starts, inside the name column by position.

// signsToSignColumn moves a sign-only piece that landed in a column left
// of the sign column into the sign column, when its line has nothing in
// the sign column nor in the columns between (the sign was pushed left,
// not a cell of its own column).
func signsToSignColumn(body []piece, cols []int, cm forms.ColumnMap) {
	sc := cm.Col(forms.RoleSign)
	if sc < 0 {
		return
	}
	for k, p := range body {
		c := cols[k]
		if c < 0 || c >= sc || !isSign(p.text) || cm.Roles[c] == forms.RoleSign {
			continue
		}
		if lineHasColumns(body, cols, p.line, k, c+1, sc) {
			continue
		}
		cols[k] = sc
	}
}

// lineHasColumns: a piece of the given printed line other than piece skip
// has a column in [from, to].
func lineHasColumns(body []piece, cols []int, line, skip, from, to int) bool {
	for k, p := range body {
		if k != skip && p.line == line && cols[k] >= from && cols[k] <= to {
			return true
		}
	}
	return false
}
