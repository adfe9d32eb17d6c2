package textgrid

import "github.com/budgetpdf/budgetpdf/forms"

// pdftotext -layout sets the rows of some centred tables apart by blank
// lines. A row whose target is qualitative ("长效运行") and whose cells wrap
// has no line that looks like a main line (no target start, no line with
// most cells), and its lines were added to the row above.

// groupMains marks a main line in every blank-delimited group of table
// lines without one: the middle one of the group's lines with a piece in
// the target column, when the group has text in at least two content
// columns (a row, not a stray fragment).
func groupMains(lines []layoutLine, isMain []bool, cm forms.ColumnMap) {
	tc := cm.Col(forms.RoleTarget)
	if tc < 0 {
		return
	}
	idx := contentIndex(cm)
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && !lines[j].blank { // blank: a blank line precedes it
			j++
		}
		markGroupMain(lines[i:j], isMain[i:j], idx, tc)
		i = j
	}
}

func markGroupMain(group []layoutLine, isMain []bool, idx []int, tc int) {
	cols := map[int]bool{}
	var withTarget []int
	for k, l := range group {
		if isMain[k] || l.cols == nil {
			return
		}
		for _, c := range l.cols {
			if idx[c] >= 0 {
				cols[c] = true
			}
		}
		if hasCol(l, tc) {
			withTarget = append(withTarget, k)
		}
	}
	if len(cols) < 2 || len(withTarget) == 0 {
		return
	}
	isMain[withTarget[(len(withTarget)-1)/2]] = true
}
