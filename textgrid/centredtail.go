package textgrid

import "github.com/budgetpdf/budgetpdf/forms"

// In a table whose cells are centred on their rows, a row of three lines
// prints its one-line cells on the middle line and its two-line cells
// around it: the first line holds the start of the target ("≥160 参加执"),
// the last its tail ("法检查人数") next to the tails of the other wrapped
// cells. That last line has pieces in most content columns, which
// otherwise marks a main line.

// demoteCentredTails unmarks such tail lines: a main line that starts no
// target two lines below one that does, with the line between (no blank)
// holding a content cell that neither has: the row's middle line.
func demoteCentredTails(lines []layoutLine, isMain []bool, cm forms.ColumnMap) {
	tc := cm.Col(forms.RoleTarget)
	if tc < 0 {
		return
	}
	idx := contentIndex(cm)
	for i := 2; i < len(lines); i++ {
		j, mid := i-2, lines[i-1]
		if !isMain[i] || !isMain[j] || isMain[i-1] || mid.blank || mid.cols == nil || lines[i].cols == nil || lines[j].cols == nil {
			continue
		}
		if startsTarget(lines[i], tc) || !hasCol(lines[i], tc) || !startsTarget(lines[j], tc) {
			continue
		}
		for _, c := range mid.cols {
			if idx[c] >= 0 && !hasCol(lines[i], c) && !hasCol(lines[j], c) {
				isMain[i] = false
				break
			}
		}
	}
}
