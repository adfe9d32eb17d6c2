package textgrid

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/forms"
)

// -layout text prints a row's cells side by side on its main line; a cell
// that wraps puts its other lines above and below (centred) or below (top
// aligned), between the main lines of the rows. Main lines are cut into
// cells in order (their column positions drift with proportional fonts);
// the lines between are put into columns by position and joined to the row
// whose cell they complete.

type layoutLine struct {
	ps    []piece
	cols  []int // per piece its header column by position, nil without positions
	blank bool
}

// layoutRow is a row being built: its main line's groups and the pieces of
// continuation lines above and below, per content role.
type layoutRow struct {
	row          *textRow
	groups       [][]piece
	above, below [][]piece
	levelParts   [2][3][]piece // by position: level 1 and 2 pieces above, on and below the main line
	line         int
}

// hdr, when not nil, is the header row's pieces (one per column): then
// pieces go into columns by position.
func layoutRows(body []piece, kinds []forms.Role, cm forms.ColumnMap, hdr []piece) []*textRow {
	var cols []int
	if hdr != nil {
		content := make([]bool, len(cm.Roles))
		for _, c := range contentRoles(cm) {
			content[c] = true
		}
		cols = pieceColumns(body, hdr, content)
		signsToSignColumn(body, cols, cm)
	}
	lines := groupLines(body, cols)
	hasLabel := cm.Col(forms.RoleLabel) >= 0
	var rows []*layoutRow
	isMain := make([]bool, len(lines))
	byLevel2 := level2Anchors(lines, cm)
	for i, l := range lines {
		if l.cols != nil {
			isMain[i] = mainLineByColumns(l, cm, len(kinds), byLevel2)
		} else {
			isMain[i] = mainLine(l.ps, kinds)
		}
	}
	if byLevel2 {
		wrappedLevel2Mains(lines, isMain, cm)
	}
	top := hdr != nil && layoutTopAligned(lines, isMain, cm)
	if hdr != nil && !top && !byLevel2 {
		if cm.Col(forms.RoleSign) < 0 {
			demoteCentredTails(lines, isMain, cm)
			groupMains(lines, isMain, cm)
		}
		recentre(lines, isMain, cm)
	}
	for i, l := range lines {
		switch {
		case !isMain[i]:
		case l.cols != nil:
			rows = append(rows, mainRowByColumns(l, cm, i))
		default:
			rows = append(rows, mainRow(l.ps, kinds, hasLabel, i))
		}
	}
	if len(rows) == 0 {
		return nil
	}
	centers := columnCenters(stitchedRows(rows, lines), len(kinds))
	for i := range lines {
		switch {
		case isMain[i]:
		case lines[i].cols != nil:
			attachByColumns(lines, i, rows, cm, top)
		default:
			attachContinuation(lines, i, rows, centers, kinds)
		}
	}
	for _, lr := range rows {
		lr.settleLevels()
	}
	out := make([]*textRow, 0, len(rows))
	for i, lr := range rows {
		r := lr.row
		r.cells = make([]string, len(kinds))
		for k := range kinds {
			parts := append(append(append([]piece{}, lr.above[k]...), lr.groups[k]...), lr.below[k]...)
			r.cells[k] = joinPieces(parts)
			if r.page == 0 && len(parts) > 0 && kinds[k] == forms.RoleName {
				r.page = parts[0].page
			}
		}
		if r.page == 0 && len(lr.groups) > 0 {
			r.page = firstPage(lr)
		}
		if i > 0 && r.level2 != "" && !isLevelWord(r.level2) {
			prev := out[i-1]
			if j := prev.level2 + r.level2; isLevelWord(j) {
				prev.level2, r.level2 = j, "" // a merged level cell wrapped into the next row
			}
		}
		out = append(out, r)
	}
	return out
}

// stitchedRows: the rows whose main lines were cut by stitching (pages
// without positions), whose columns' display centres guide their
// continuation lines; all rows when there are none.
func stitchedRows(rows []*layoutRow, lines []layoutLine) []*layoutRow {
	var out []*layoutRow
	for _, r := range rows {
		if lines[r.line].cols == nil {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return rows
	}
	return out
}

func firstPage(lr *layoutRow) int {
	for _, g := range lr.groups {
		if len(g) > 0 {
			return g[0].page
		}
	}
	return 0
}

// groupLines gathers the body's pieces by printed line, dropping column
// headers (a merged 绩效指标 label printed again on a new page).
func groupLines(body []piece, cols []int) []layoutLine {
	var out []layoutLine
	last := -1
	for k, p := range body {
		if p.line != last {
			out = append(out, layoutLine{blank: p.gap == gapBlank})
			last = p.line
		}
		if !isHeaderWord(p.text) {
			l := &out[len(out)-1]
			l.ps = append(l.ps, p)
			if cols != nil && (len(l.ps) == 1 || l.cols != nil) && cols[k] >= 0 {
				l.cols = append(l.cols, cols[k])
			} else {
				l.cols = nil // no positions on this page
			}
		}
	}
	return out
}

// mainLine: a line that carries a row's cells: its sign (定性, ≥ …) where
// the table has a sign column, else a target or most of the columns.
func mainLine(ps []piece, kinds []forms.Role) bool {
	hasSign := false
	for _, k := range kinds {
		hasSign = hasSign || k == forms.RoleSign
	}
	for _, p := range ps {
		if hasSign && isSign(p.text) {
			return true
		}
		if !hasSign && targetStartRe.MatchString(p.text) && len(ps) >= 2 {
			return true
		}
	}
	return !hasSign && len(ps) >= max(2, len(kinds)-1)
}

// mainRow cuts a main line: label fragments and level names first, then
// the content cells by the stitching program.
func mainRow(ps []piece, kinds []forms.Role, hasLabel bool, line int) *layoutRow {
	r := &textRow{}
	firstLevel := -1
	for i, p := range ps {
		if isLevelWord(p.text) {
			firstLevel = i
			break
		}
	}
	if firstLevel > 0 && (hasLabel || utf8.RuneCountInString(ps[0].text) <= 2) {
		ps = ps[firstLevel:] // fragments of a merged label column
	}
	var levels []string
	for len(ps) > 0 && len(levels) < 2 && isLevelWord(ps[0].text) {
		levels = append(levels, forms.HeaderKey(ps[0].text))
		ps = ps[1:]
	}
	extra := len(ps) - len(kinds)
	switch {
	case len(levels) == 2:
		r.level1, r.level2 = levels[0], levels[1]
	case len(levels) == 1 && extra > 0 && forms.Level1Words[levels[0]]:
		r.level1 = levels[0]
	case len(levels) == 1:
		r.level2 = levels[0]
	}
	if extra > 0 && r.level2 == "" && levelFragment(ps[0]) {
		r.level2, ps = strings.TrimSpace(ps[0].text), ps[1:]
	}
	lr := &layoutRow{row: r, line: line, groups: stitchGroups(ps, kinds, false)}
	lr.above = make([][]piece, len(kinds))
	lr.below = make([][]piece, len(kinds))
	return lr
}

// levelFragment: a leading piece that can be part of a level name (no
// digits, no sign).
func levelFragment(p piece) bool {
	return !digitRe.MatchString(p.text) && !isSign(p.text)
}

// columnCenters is each content column's mean centre on the main lines.
func columnCenters(rows []*layoutRow, k int) []float64 {
	sum := make([]float64, k)
	n := make([]float64, k)
	for _, r := range rows {
		for c, g := range r.groups {
			for _, p := range g {
				sum[c] += float64(p.col+p.end) / 2
				n[c]++
			}
		}
	}
	out := make([]float64, k)
	for c := range out {
		out[c] = math.NaN()
		if n[c] > 0 {
			out[c] = sum[c] / n[c]
		}
	}
	return out
}

// rowsAround is the last row above line i and the first row below it (nil
// when there is none); rows are in line order.
func rowsAround(rows []*layoutRow, i int) (up, down *layoutRow) {
	for _, r := range rows {
		if r.line < i {
			up = r
		} else if down == nil {
			down = r
		}
	}
	return up, down
}

// attachContinuation puts the pieces of continuation line i into the rows
// above or below it.
func attachContinuation(lines []layoutLine, i int, rows []*layoutRow, centers []float64, kinds []forms.Role) {
	up, down := rowsAround(rows, i)
	for _, p := range lines[i].ps {
		if isLevelWord(p.text) {
			continue // a merged level cell: the framework's names give the levels
		}
		best, bestCol, bestS := (*layoutRow)(nil), -1, math.Inf(-1)
		for _, r := range []*layoutRow{up, down} {
			if r == nil {
				continue
			}
			for c := range kinds {
				if s := placeScore(lines, i, r, r == up, c, kinds, p, centers); s > bestS {
					best, bestCol, bestS = r, c, s
				}
			}
		}
		switch {
		case best == nil:
		case best == up:
			up.below[bestCol] = append(up.below[bestCol], p)
		default:
			down.above[bestCol] = append(down.above[bestCol], p)
		}
	}
}

// placeScore weighs putting continuation piece p (on line i) into column c
// of row r, which is above it (fromAbove) or below: a cell the main line
// left empty (a centred wrapped cell straddles its row's main line), no
// blank line between, a dictionary word across the join, the column's
// expectations, and (weakly: -layout positions drift) the column position.
func placeScore(lines []layoutLine, i int, r *layoutRow, fromAbove bool, c int, kinds []forms.Role, p piece, centers []float64) float64 {
	kind := kinds[c]
	s := 0.5 * fitScore(kind, p.text, 1, nil)
	g := r.groups[c]
	switch {
	case kind == forms.RoleUnit && qualitative(r):
		s -= 3 // 定性 rows have no unit
	case len(g) == 0:
		s += 2
	}
	if fromAbove {
		if !blankBetween(lines, r.line, i) {
			s++
		}
		if len(g) > 0 && spansWord(g[len(g)-1].text, p.text) {
			s += 1.5
		}
	} else {
		if !blankBetween(lines, i, r.line) {
			s++
		}
		if len(g) > 0 && spansWord(p.text, g[0].text) {
			s += 1.5
		}
	}
	if !math.IsNaN(centers[c]) {
		// Tables with a sign column print short cells whose positions
		// drift; elsewhere a column's position is the better evidence.
		w := 0.15
		if hasRole(kinds, forms.RoleSign) {
			w = 0.02
		}
		s -= w * math.Abs(float64(p.col+p.end)/2-centers[c])
	}
	s -= 0.3 * float64(abs(r.line-i)-1) // the nearer row
	return s
}

// qualitative: the row's sign column says 定性.
func qualitative(r *layoutRow) bool {
	for _, g := range r.groups {
		if len(g) == 1 && strings.TrimSpace(g[0].text) == "定性" {
			return true
		}
	}
	return false
}

// blankBetween: a blank line separates line a from the later line b.
func blankBetween(lines []layoutLine, a, b int) bool {
	for j := a + 1; j <= b && j < len(lines); j++ {
		if lines[j].blank {
			return true
		}
	}
	return false
}

func hasRole(kinds []forms.Role, ro forms.Role) bool {
	for _, k := range kinds {
		if k == ro {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
