package forms

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/target"
)

// indicatorRow reads one row of an indicator table. A row that holds no
// indicator (a level label alone, a total) is reported, never dropped
// without a word.
func (fp *Parser) indicatorRow(g *layout.Grid, r int, row []string) bool {
	if fp.cur.cols.Col(RoleProject) >= 0 {
		read := fp.projectRow(g, r)
		if fp.cur.cols.Col(RoleName) < 0 { // a list of projects and their goals
			if !read && strings.Join(row, "") != "" {
				fp.warnRow(g, r, row, "no project in the row of a project list")
			}
			return true
		}
	}
	f := fp.cur
	f.goalFromColumn(g, r)
	get := f.cellText(g, r)
	f.fillLevels(get)
	name, value := get(RoleName), get(RoleTarget)
	if f.cols.Col(RoleLevel1) < 0 {
		if l1, l2, rest, ok := leadingLevels(name); ok {
			f.level1, f.level2, name = l1, l2, rest
		}
	}
	if done, used := fp.rowWithoutIndicator(g, r, row, name, value); done {
		return used
	}
	ind := f.newIndicator(g, name, get)
	l1, l2 := levelName(get(RoleLevel1)), levelName(get(RoleLevel2))
	if fp.mergeSplitRow(g, &ind, value, l1, l2, get) {
		return true
	}
	ind.Target = composeTarget(get(RoleSign), value, get(RoleUnit))
	res := target.Parse(ind.Target, name)
	ind.Op, ind.Value, ind.Unit = res.Op, res.Value, res.Unit
	f.addExtras(g, r, &ind)
	fp.warnUnknownLevels(g.Page, ind)
	f.project.Indicators = append(f.project.Indicators, ind)
	f.pages[g.Page] = true
	f.atFoot, f.lastGrid = r == g.NumRows()-1, g
	return true
}

// goalFromColumn: a table of one form's indicators with a goal column
// beside them (湖南 部门整体支出绩效目标表: 整体绩效目标 over one cell that
// spans the rows) takes its goal from there, once.
func (f *form) goalFromColumn(g *layout.Grid, r int) {
	if f.project.Goal != "" || f.cols.Col(RoleProject) >= 0 {
		return // read once; a many-project table's goals are its projects'
	}
	c := f.gridCol(g, f.cols.Col(RoleGoal))
	if c < 0 {
		return
	}
	if cell := g.Anchor(r, c); cell != nil && strings.TrimSpace(cell.Text) != "" {
		f.project.Goal = cell.Text
	}
}

// cellText reads row r by role, through the form's column map (a merged
// cell's text in every row it spans).
func (f *form) cellText(g *layout.Grid, r int) func(Role) string {
	return func(ro Role) string {
		c := f.gridCol(g, f.cols.Col(ro))
		if c < 0 || c >= g.NumCols() {
			return ""
		}
		if cell := g.At(r, c); cell != nil {
			return cell.Text
		}
		return ""
	}
}

// fillLevels carries level 1 and 2 down through merged and blank cells; a
// new level 1 clears level 2.
func (f *form) fillLevels(get func(Role) string) {
	if l1 := levelName(get(RoleLevel1)); l1 != "" {
		if l1 != f.level1 {
			f.level2 = ""
		}
		f.level1 = l1
	}
	if l2 := levelName(get(RoleLevel2)); l2 != "" {
		f.level2 = l2
	}
}

// rowWithoutIndicator settles the rows that give no plain indicator: an
// inline list (read here), a blank or level-only row, a header printed
// again, a placeholder, a name cell that is no inline list. done reports
// that the row is settled, used whether it belongs to the form.
func (fp *Parser) rowWithoutIndicator(g *layout.Grid, r int, row []string, name, value string) (done, used bool) {
	cm := fp.cur.cols
	if fp.inlineCell(g, r) {
		if entries := parseInline(name); len(entries) > 0 {
			fp.addInline(g, entries)
			return true, true
		}
	}
	switch {
	case name == "" && value == "":
		fp.warnEmptyRow(g, r, row)
		return true, strings.Join(row, "") != ""
	case repeatedHeader(name, value):
		return true, true // a header printed again where the grid did not map it
	case placeholder(name) && (value == "" || placeholder(value)):
		fp.warnRow(g, r, row, "a placeholder row, no indicator")
		return true, true
	case cm.Col(RoleTarget) < 0 && cm.Col(RoleLevel1) < 0:
		fp.warnRow(g, r, row, "the indicator cell is no inline indicator list")
		return true, true
	}
	return false, false
}

// newIndicator starts the row's indicator with its levels, name,
// description and basis.
func (f *form) newIndicator(g *layout.Grid, name string, get func(Role) string) budgetpdf.Indicator {
	ind := budgetpdf.Indicator{
		Level1: f.level1, Level2: f.level2, Name: name,
		Description: get(RoleDescription), Basis: get(RoleBasis),
		Extra: map[string]string{}, Page: g.Page,
	}
	// a self-evaluation (自评表) prints each level's score in its cell:
	// 产出指标（50分）is level 产出指标, scored 50
	if l, score := splitLevelScore(ind.Level1); score != "" {
		ind.Level1, ind.Extra["一级指标分值"] = l, score
	}
	if l, score := splitLevelScore(ind.Level2); score != "" {
		ind.Level2, ind.Extra["二级指标分值"] = l, score
	}
	if f.cols.Col(RoleLevel2) < 0 && f.cols.Col(RoleLevel1) >= 0 {
		ind.Level2 = ""
	}
	return ind
}

// addExtras keeps every column without a field of its own in extra, under
// its printed header (the sign column too, as printed).
func (f *form) addExtras(g *layout.Grid, r int, ind *budgetpdf.Indicator) {
	cm := f.cols
	for c, ro := range cm.Roles {
		if (ro == RoleNone || ro == RoleExtra || ro == RoleSign) && cm.Headers[c] != "" {
			if cell := g.At(r, f.gridCol(g, c)); cell != nil {
				ind.Extra[cm.Headers[c]] = cell.Text
			}
		}
	}
}

// leadingLevels splits a name cell that prints the indicator's level 1 and
// level 2 before its name, run together (产出指标质量指标巩固空气质量改善成效),
// where the table has no level columns.
func leadingLevels(name string) (l1, l2, rest string, ok bool) {
	k := strings.TrimSpace(name)
	for w := range Level1Words {
		if !strings.HasPrefix(k, w) {
			continue
		}
		after := k[len(w):]
		for w2, parent := range Level2Parent {
			if parent == w && strings.HasPrefix(after, w2) && len(after) > len(w2) && len(w2) > len(l2) {
				l1, l2 = w, w2
			}
		}
		if l2 != "" {
			return l1, l2, strings.TrimSpace(after[len(l2):]), true
		}
	}
	return "", "", name, false
}

// repeatedHeader: the row's name and target cells are the header's words
// (三级指标 over 本年绩效指标值), never an indicator.
func repeatedHeader(name, value string) bool {
	if scoreHeader(name)[RoleName] < 0.8 {
		return false
	}
	if value == "" {
		return true
	}
	v := scoreHeader(value)
	return v[RoleTarget] >= 0.6 || v[RoleUnit] >= 0.5
}

// placeholder: a cell that says there is nothing (无, /, —).
func placeholder(s string) bool {
	switch HeaderKey(s) {
	case "无", "/", "—", "-", "——", "－", "空", "暂无":
		return true
	}
	return false
}

// levelCode is the numbering some tables print before a level name
// (1-产出指标, 11-数量指标).
var levelCode = regexp.MustCompile(`^\s*\d+(\.\d+)*\s*[-－—.、．]\s*`)

// levelScore is a level name followed by a score: 产出指标（50分）,
// 效益指标30分, 满意度指标(10).
var levelScore = regexp.MustCompile(`^(\S+?)\s*[（(]?\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]?$`)

// splitLevelScore splits the score off a level cell when what is left is a
// level name of the framework; score is "" otherwise (the cell is kept as
// printed).
func splitLevelScore(s string) (level, score string) {
	if !strings.ContainsAny(s, "0123456789") {
		return s, "" // no score: skip the regexp (it runs twice on every indicator row)
	}
	m := levelScore.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !isLevelName(m[1]) {
		return s, ""
	}
	return m[1], m[2]
}

// levelName is a level cell without its numbering.
func levelName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || s[0] < '0' || s[0] > '9' {
		return s // no numbering: the regexp would find none (it runs on every header cell)
	}
	return strings.TrimSpace(levelCode.ReplaceAllString(s, ""))
}

// warnEmptyRow reports a body row without indicator name or target that
// still prints something (a level label alone, a total row).
func (fp *Parser) warnEmptyRow(g *layout.Grid, r int, row []string) {
	if f := fp.cur; f.fromRow && f.firstPage == g.Page && g.Anchor(r, f.gridCol(g, f.cols.Col(RoleProject))) != nil && len(f.project.Indicators) == 0 {
		return // the project row itself: finish reports it if no indicator follows
	}
	for _, c := range g.RowCells(r) {
		if strings.TrimSpace(c.Text) != "" {
			fp.warnRow(g, r, row, "no indicator name or target in the row")
			return
		}
	}
}

// warnRow reports a body row of a target table that yields no indicator,
// with its page and text, like encoding/csv's ParseError names the line.
func (fp *Parser) warnRow(g *layout.Grid, r int, row []string, why string) {
	var parts []string
	for _, c := range g.RowCells(r) {
		if t := strings.TrimSpace(c.Text); t != "" {
			parts = append(parts, t)
		}
	}
	_ = row
	fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Page: g.Page, Code: budgetpdf.WarnRowDropped,
		Message: fmt.Sprintf("table row %d: %s; kept in tables only: %q", r+1, why, clip(strings.Join(parts, " | "), 100))})
}

// mergeSplitRow completes an indicator whose row a page break cut in two:
// the last row at the foot of one page and the first row of the next
// page's fragment, with no level label of its own, where one of the two
// halves has no target (a target is never blank in a whole row).
func (fp *Parser) mergeSplitRow(g *layout.Grid, ind *budgetpdf.Indicator, value, l1, l2 string, get func(Role) string) bool {
	f := fp.cur
	n := len(f.project.Indicators)
	if n == 0 || !f.atFoot || f.lastGrid == g || f.project.Indicators[n-1].Page >= g.Page {
		return false
	}
	prev := &f.project.Indicators[n-1]
	if (l1 != "" && l1 != prev.Level1) || (l2 != "" && l2 != prev.Level2) {
		return false
	}
	rest := composeTarget(get(RoleSign), value, get(RoleUnit))
	// A half without a name continues the cell text of the row above,
	// target and all (a long cell overflowing the page's foot).
	tail := ind.Name == "" && l1 == "" && l2 == ""
	if prev.Target != "" && rest != "" && !tail {
		return false
	}
	if tail && prev.Target != "" && rest != "" {
		prev.Target = cjk.Join(prev.Target, rest)
		rest = ""
	}
	f.atFoot = false
	prev.Name = cjk.Join(prev.Name, ind.Name)
	prev.Description = cjk.Join(prev.Description, ind.Description)
	prev.Basis = cjk.Join(prev.Basis, ind.Basis)
	if prev.Target == "" {
		prev.Target = rest
	}
	res := target.Parse(prev.Target, prev.Name)
	prev.Op, prev.Value, prev.Unit = res.Op, res.Value, res.Unit
	for k, v := range ind.Extra {
		prev.Extra[k] = cjk.Join(prev.Extra[k], v)
	}
	f.pages[g.Page] = true
	return true
}

// composeTarget joins a target split over sign / value / unit columns.
// orderSigns are the comparators a sign column prints that a target keeps.
var orderSigns = map[string]bool{"≥": true, "≤": true, ">": true, "<": true, "＞": true, "＜": true, ">=": true, "<=": true, "≧": true, "≦": true}

func composeTarget(sign, value, unit string) string {
	s := strings.TrimSpace(sign)
	if !orderSigns[s] {
		s = "" // = and 定性 / 定量 add nothing to the printed value
	}
	if value == "" {
		return ""
	}
	return s + value + unit
}
