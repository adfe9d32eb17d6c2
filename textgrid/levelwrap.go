package textgrid

import "github.com/budgetpdf/budgetpdf/forms"

// A level-2 name wider than its column wraps: "生态效益指" on the row's
// first line and "标" on the next. In a table whose level-2 names mark the
// rows' main lines, such a line is a main line too when the name's lines
// join into a level name and the line starts a target (a one-line target
// sits on its row's main line).

// wrappedLevel2Mains marks as main the lines that start a wrapped level-2
// name: its level-2 piece is no level name, joined with the level-2
// pieces of the next lines (up to a blank line, a main line or a level
// name of its own) it makes one, and a target starts in the target column.
// A tail that reads as a level name itself ("意度指标" of "服务对象满意度指标")
// is taken when the join is a known level name; its line, without a
// target of its own, is then no main line.
func wrappedLevel2Mains(lines []layoutLine, isMain []bool, cm forms.ColumnMap) {
	l2, tc := cm.Col(forms.RoleLevel2), cm.Col(forms.RoleTarget)
	if l2 < 0 || tc < 0 {
		return
	}
	for i, l := range lines {
		if isMain[i] || l.cols == nil || !startsTarget(l, tc) {
			continue
		}
		text := columnText(l, l2)
		if text == "" || isLevelWord(text) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+2; j++ {
			if lines[j].blank || lines[j].cols == nil {
				break
			}
			next := columnText(lines[j], l2)
			if next == "" {
				break
			}
			if joined := text + next; isKnownLevel(joined) || !isMain[j] && isLevelWord(joined) {
				isMain[i] = true
				if isMain[j] && !startsTarget(lines[j], tc) {
					isMain[j] = false // the name's tail ("意度指标") looked like a name of its own
				}
				break
			}
			if isMain[j] || isLevelWord(next) {
				break
			}
			text += next
		}
	}
}

// columnText: the line's text in column c.
func columnText(l layoutLine, c int) string {
	s := ""
	for k, x := range l.cols {
		if x == c {
			s += l.ps[k].text
		}
	}
	return s
}
