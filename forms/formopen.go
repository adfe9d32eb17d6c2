package forms

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/layout"
)

// targetCaption recognises the caption of a target table (…绩效目标表,
// …绩效目标申报表), above the grid or as its first row.
var targetCaption = regexp.MustCompile(`绩效(目标|指标)(申报|执行)?(表|情况表)`)

// IsTargetCaption reports whether a caption names a target table
// (…绩效目标表, …绩效目标申报表).
func IsTargetCaption(text string) bool {
	return targetCaption.MatchString(strings.Join(strings.Fields(text), ""))
}

// departmentCaption: the caption names the department-wide table.
var departmentCaption = regexp.MustCompile(`部门整体|整体支出|单位整体|部门绩效目标表`)

// cjkSqueeze drops the white space a line's glyphs were printed with.
func cjkSqueeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// gridCaption is the target-table caption of a grid: the title printed
// above it, or a first row that is one merged cell across the grid.
func gridCaption(g *layout.Grid) string {
	if targetCaption.MatchString(g.Title) {
		return g.Title
	}
	if g.NumRows() > 0 {
		if cells := g.RowCells(0); len(cells) == 1 && cells[0].ColSpan == g.NumCols() && targetCaption.MatchString(cells[0].Text) {
			return cells[0].Text
		}
	}
	return ""
}

// openByTitle: a target-table caption closes the form before it (a new
// table begins) and may name the project or mark the department table.
func (fp *Parser) openByTitle(g *layout.Grid) bool {
	caption := gridCaption(g)
	if caption == "" {
		return false
	}
	if f := fp.cur; f != nil && (len(f.project.Indicators) > 0 || f.hasBlock) {
		fp.cur = nil
	}
	fp.ensureForm(g)
	fp.cur.pages[g.Page] = true
	if departmentCaption.MatchString(caption) {
		fp.cur.byCaption = true
	} else if n := CaptionName(caption); n != "" {
		fp.cur.titleName = n
	}
	return true
}

// bodyLabelRow: inside an indicator table, a row opens a new form's header
// block only when its first cell is an opening label (项目名称, 项目编码,
// 部门（单位）名称); a body cell that reads like a label (a 备注 cell 年度目标)
// opens nothing.
func (fp *Parser) bodyLabelRow(g *layout.Grid, r int) bool {
	cells := g.RowCells(r)
	if len(cells) == 0 || cells[0].Col != 0 {
		return false
	}
	l := FormLabel(cells[0].Text)
	if l == LabelNone {
		l, _ = inlineLabel(cells[0].Text)
	}
	switch l {
	case LabelName, LabelCode, LabelDepartment:
		return true
	}
	return false
}

// projectRow opens a new form at a project cell of a table that holds many
// projects: the cell starts in this row, and the row's amount, goal and
// code cells fill the project. It reports whether the row opened a
// project or continued one cut by a page break.
func (fp *Parser) projectRow(g *layout.Grid, r int) bool {
	cm := fp.cur.cols
	cell := g.Anchor(r, fp.cur.gridCol(g, cm.Col(RoleProject)))
	if cell == nil {
		return false
	}
	if fp.continuesCutProject(g, r, cell) {
		return true
	}
	if strings.TrimSpace(cell.Text) == "" {
		return false
	}
	prev := fp.cur
	f := newForm()
	f.cols, f.ncols, f.colX, f.fromRow, f.firstPage = prev.cols, prev.ncols, prev.colX, true, g.Page
	f.remap, f.remapGrid = prev.remap, prev.remapGrid
	f.department = false
	f.moneyUnit = prev.moneyUnit
	if len(prev.project.Indicators) == 0 && prev.project.Name == "" && !prev.fromRow {
		// the form the header opened holds nothing yet: this row is its project
		*prev = *f
		f = prev
	} else {
		fp.forms = append(fp.forms, f)
		fp.cur = f
	}
	f.pages[g.Page] = true
	f.projectCell, f.projectGrid = cell, g
	p := &f.project
	p.Name = cell.Text
	fill := projectFields(f, g, r)
	p.Code, p.Goal, p.UnitName = fill.Code, fill.Goal, fill.UnitName
	p.Budget = fill.Budget
	if fill.UnitName != "" && fp.UnitName == "" {
		fp.UnitName = fill.UnitName
	}
	return true
}

// projectCells are the cells of a many-project table's row that describe
// its project.
type projectCells struct {
	Code, Goal, UnitName string
	Budget               budgetpdf.Budget
}

// projectFields reads the cells of row r that describe the project of a
// many-project table: code, goal, amounts, unit name.
func projectFields(f *form, g *layout.Grid, r int) (p projectCells) {
	cm := f.cols
	text := func(ro Role) string {
		if k := f.gridCol(g, cm.Col(ro)); k >= 0 {
			if x := g.Anchor(r, k); x != nil {
				return x.Text
			}
		}
		return ""
	}
	p.Code, p.Goal, p.UnitName = text(RoleProjectCode), text(RoleGoal), text(RoleUnitName)
	for ro, dst := range map[Role]**float64{RoleTotal: &p.Budget.Total, RoleFiscal: &p.Budget.Fiscal, RoleOther: &p.Budget.Other} {
		if v, ok := ParseAmount(text(ro)); ok {
			*dst = budgetpdf.Float(v)
		}
	}
	return p
}

// continuesCutProject joins a project cell at the top of a page to the
// project cell cut at the foot of the page before: the cut cell reached
// the last row of its grid, the last indicator came from that grid (no
// row of this one was read yet), and the new cell is blank (the name
// fitted above the break; amounts or goal may follow) or the two
// fragments share one set of amounts — exactly one of them prints any (a
// cell's text is split line by line over the break, its one-line amount
// falls on one side). Two whole projects each print their own.
func (fp *Parser) continuesCutProject(g *layout.Grid, r int, cell *layout.Cell) bool {
	prev := fp.cur
	pc, pg := prev.projectCell, prev.projectGrid
	if !prev.fromRow || pc == nil || pg == g || pg.Page >= g.Page || prev.lastGrid != nil && prev.lastGrid != pg || pc.Row+pc.RowSpan < pg.NumRows() {
		return false
	}
	fill := projectFields(prev, g, r)
	blank := strings.TrimSpace(cell.Text) == ""
	if !blank && hasAmount(prev.project.Budget) == hasAmount(fill.Budget) {
		return false
	}
	p := &prev.project
	p.Name = cjk.Join(p.Name, cell.Text)
	p.Goal = cjk.Join(p.Goal, fill.Goal)
	if p.Code == "" {
		p.Code = fill.Code
	}
	if !hasAmount(p.Budget) {
		p.Budget = fill.Budget
	}
	prev.projectCell, prev.projectGrid = cell, g
	prev.pages[g.Page] = true
	return true
}

func hasAmount(b budgetpdf.Budget) bool {
	return b.Total != nil || b.Fiscal != nil || b.Other != nil
}

// warnStrayRow reports a row of a grid that no rule placed: not a label,
// not a header, not an indicator. Caption rows above a header and rows of
// tables that are no target table are not strays.
func (fp *Parser) warnStrayRow(g *layout.Grid, r int, row []string, aboveHeader bool) {
	if !aboveHeader {
		return
	}
	cells := g.RowCells(r)
	text := strings.TrimSpace(strings.Join(row, " "))
	if cover := g.At(r, 0); cover != nil && cover.Row < r && FormLabel(cover.Text) != LabelNone {
		return // the rows a spanning label covers hold its values
	}
	if text == "" || (len(cells) == 1 && cells[0].ColSpan >= g.NumCols()-1) || IsCaption(text) {
		return
	}
	if fp.strays.g == g {
		fp.strays.n++
		w := &fp.Warnings[fp.strays.at]
		w.Message = fmt.Sprintf("%d rows above the indicator header are no labels the parser knows; kept in tables only; the first, row %d: %q", fp.strays.n, fp.strays.first+1, fp.strays.text)
		return
	}
	fp.strays.g, fp.strays.n, fp.strays.first, fp.strays.text, fp.strays.at = g, 1, r, clip(text, 80), len(fp.Warnings)
	fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Page: g.Page, Code: budgetpdf.WarnRowDropped,
		Message: fmt.Sprintf("row %d above the indicator header is no label the parser knows; kept in tables only: %q", r+1, clip(text, 80))})
}

// clip shortens a text for a message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
