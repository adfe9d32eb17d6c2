package forms

import (
	"math"
	"slices"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// form is one target form being assembled from one or more grids: a
// project table (or the department table), its header block and its
// indicator rows, possibly continued over pages.
type form struct {
	department bool
	project    budgetpdf.Project
	hasBlock   bool // a header block with labels was seen
	cols       *ColumnMap
	ncols      int
	colX       []float64
	level1     string
	level2     string
	// byCaption marks a form whose caption names the department table.
	byCaption bool
	// fromRow marks a form opened by a project cell of a table that holds
	// many projects (one block of rows each).
	fromRow bool
	// titleName is the project named by the caption above the grid
	// (XX项目绩效目标表), used when no 项目名称 row names it.
	titleName string
	// remap is the column map of remapGrid, a continuation fragment with
	// fewer columns (see compatible).
	remap     []int
	remapGrid *layout.Grid
	// pendingPeriods are plan periods printed at the foot of a page, whose
	// values start the next page.
	pendingPeriods []*layout.Cell
	// atFoot marks that the last indicator came from the last row of its
	// grid: the foot of a page, where a row may be cut in two.
	atFoot bool
	// projectCell is the project cell that opened a fromRow form, in
	// projectGrid: a cell cut by a page break continues on the next page.
	projectCell *layout.Cell
	projectGrid *layout.Grid
	// lastGrid is the grid the last indicator came from.
	lastGrid  *layout.Grid
	pages     map[int]bool
	moneyUnit string
	firstPage int
}

func newForm() *form {
	return &form{pages: map[int]bool{}, project: budgetpdf.Project{Plan: []budgetpdf.PlanStep{}, Indicators: []budgetpdf.Indicator{}}}
}

// Parser walks the grids of a document in order and assembles forms.
//
// A form opens at an opening label (项目名称 …), at a caption that names a
// target table, at a header row after a form that already has indicators
// and a caption of its own, or at a project cell of a many-project table.
// It continues over grids whose columns line up with its own, with or
// without a repeated header; it closes when another opens.
type Parser struct {
	forms    []*form
	cur      *form
	Warnings []budgetpdf.Warning // what the parser noticed and could not settle
	warned   map[string]bool
	UnitName string // 部门（单位）名称 of a department table
	// sawHeader records that some grid printed an indicator header.
	sawHeader int
	// strays counts the unplaced rows of one grid, reported in one warning.
	strays struct {
		g            *layout.Grid
		n, first, at int
		text         string
	}
	// read marks the rows a label already read as its values (a spending
	// plan's values, a goal printed under its label), by grid.
	read map[*layout.Grid]map[int]bool
}

// AddGrid feeds one grid. It reports whether the grid belongs to a form.
// A grid may hold several tables, each under its own header band; a flow
// grid (a text producer's header block) is read by its pieces' kinds.
func (fp *Parser) AddGrid(g *layout.Grid) bool {
	if g.Flow {
		hb := readFlowBlock(g)
		block := hb.grid()
		block.Title = g.Title
		return fp.AddGrid(block)
	}
	used := fp.openByTitle(g)
	bands := findHeaderBands(g)
	continued := len(bands) == 0 && fp.cur != nil && fp.cur.cols != nil && fp.compatible(g)
	for r := 0; r < g.NumRows(); r++ {
		row := rowTexts(g, r)
		inBody := fp.inBody(r, bands, continued)
		switch {
		case r == 0 && fp.pendingPlan(g):
			used = true
		case fp.read[g][r]:
			used = true
		case bandAt(bands, r) != nil:
			if b := bandAt(bands, r); r == b.top {
				fp.openTable(g, *b)
			}
			used = true
		case inBody && !fp.bodyLabelRow(g, r):
			if fp.indicatorRow(g, r, row) {
				used = true
			}
		case fp.labelRow(g, r):
			used = true
		case inBody:
		default:
			fp.warnStrayRow(g, r, row, len(bands) > 0 && r < bands[0].top)
		}
	}
	return used
}

// bandAt is the header band holding row r, or nil.
func bandAt(bands []headerBand, r int) *headerBand {
	for i := range bands {
		if r >= bands[i].top && r <= bands[i].bottom {
			return &bands[i]
		}
	}
	return nil
}

// inBody: row r is below a header of this grid, or the grid continues the
// current form's table.
func (fp *Parser) inBody(r int, bands []headerBand, continued bool) bool {
	if fp.cur == nil || fp.cur.cols == nil {
		return false
	}
	if len(bands) > 0 {
		return r > bands[0].bottom
	}
	return continued
}

// openTable starts reading a table at its header band: a new form when the
// current one already has indicators (a new table, or a repeated header on
// a continuation page of a many-project table keeps the form).
func (fp *Parser) openTable(g *layout.Grid, band headerBand) {
	cm := band.cols
	fp.sawHeader++
	repeated := fp.cur != nil && fp.repeatsHeader(g, cm)
	if repeated {
		cm = fp.cur.mendRepeatedHeader(g, cm)
	}
	fp.warnUnknownColumns(g, cm)
	fp.warnGuessedColumns(g, cm)
	if f := fp.cur; f != nil && len(f.project.Indicators) > 0 && !repeated {
		fp.cur = nil
	}
	fp.ensureForm(g)
	fp.cur.cols, fp.cur.ncols, fp.cur.colX = &cm, g.NumCols(), g.ColX
	fp.cur.pages[g.Page] = true
}

// repeatsHeader: the header is the current table's, printed again on the
// next page (a continuation), not a new table: same roles, a later page,
// and no caption or label block opened a form in between.
func (fp *Parser) repeatsHeader(g *layout.Grid, cm ColumnMap) bool {
	f := fp.cur
	if f.cols == nil || f.lastGrid == nil || f.lastGrid.Page >= g.Page {
		return false
	}
	a, b := f.cols.indicatorRoles(), cm.indicatorRoles()
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// mendRepeatedHeader: a header printed again on a continuation page, in
// the very columns of the table's first header, keeps the roles the first
// one gave where its own cells map to nothing (北京 prints the header over
// the top of a cut project cell, and the two texts interleave:
// 1100项00目23名T0称00002 …). The columns are the evidence, not the words.
func (f *form) mendRepeatedHeader(g *layout.Grid, cm ColumnMap) ColumnMap {
	if f.cols == nil || g.NumCols() != f.ncols || !sameEdges(f.colX, g.ColX) {
		return cm
	}
	out := ColumnMap{Roles: slices.Clone(cm.Roles), Headers: slices.Clone(cm.Headers), Guessed: cm.Guessed}
	for c, ro := range out.Roles {
		if ro == RoleNone && c < len(f.cols.Roles) && f.cols.Roles[c] != RoleNone {
			out.Roles[c], out.Headers[c] = f.cols.Roles[c], f.cols.Headers[c]
		}
	}
	return out
}

// sameEdges: two grids' column boundaries agree, within 2 % of the width.
func sameEdges(a, b []float64) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	tol := math.Max(3, 0.02*(a[len(a)-1]-a[0]))
	for i := range a {
		if math.Abs(a[i]-b[i]) > tol {
			return false
		}
	}
	return true
}

func (fp *Parser) ensureForm(g *layout.Grid) {
	if fp.cur == nil {
		fp.cur = newForm()
		fp.cur.firstPage = g.Page
		fp.forms = append(fp.forms, fp.cur)
	}
}

// compatible: a continuation fragment has the form's column count, or
// column boundaries at the same places relative to the table's width (a
// fragment whose merged columns have no rules may have fewer columns, but
// its outer edges line up), or it is a part of the table whose every
// boundary is one of the table's: the merged columns at its left printed
// without rules. The last case sets the form's column remap for the grid.
func (fp *Parser) compatible(g *layout.Grid) bool {
	f := fp.cur
	f.remap, f.remapGrid = nil, nil
	if g.NumCols() == f.ncols {
		return true
	}
	if len(g.ColX) < 2 || len(f.colX) < 2 {
		return false
	}
	width := f.colX[len(f.colX)-1] - f.colX[0]
	tol := math.Max(3, 0.02*width)
	if remap, ok := subColumns(f.colX, g.ColX, tol); ok {
		f.remap, f.remapGrid = remap, g
		return true
	}
	return math.Abs(g.ColX[0]-f.colX[0]) < tol && math.Abs(g.ColX[len(g.ColX)-1]-f.colX[len(f.colX)-1]) < tol
}

// subColumns maps each column of a table (boundaries outer) to the column
// of a fragment (boundaries inner) that holds its centre, -1 for none; ok
// when every boundary of the fragment is one of the table's and the
// fragment has at least two columns.
func subColumns(outer, inner []float64, tol float64) ([]int, bool) {
	if len(inner) < 3 {
		return nil, false
	}
	for _, x := range inner {
		found := false
		for _, y := range outer {
			if math.Abs(x-y) < tol {
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	remap := make([]int, len(outer)-1)
	for k := range remap {
		remap[k] = -1
		mid := (outer[k] + outer[k+1]) / 2
		for j := 0; j+1 < len(inner); j++ {
			if mid >= inner[j] && mid < inner[j+1] {
				remap[k] = j
			}
		}
	}
	return remap, true
}

// gridCol is the column of grid g that holds the form's column c.
func (f *form) gridCol(g *layout.Grid, c int) int {
	if f.remapGrid == g && f.remap != nil {
		if c < 0 || c >= len(f.remap) {
			return -1
		}
		return f.remap[c]
	}
	return c
}

// rowTexts gives a row's text per column, a merged cell's text only at its
// first column (covered columns are "").
func rowTexts(g *layout.Grid, r int) []string {
	out := make([]string, g.NumCols())
	for c := range out {
		if cell := g.At(r, c); cell != nil && cell.Col == c {
			out[c] = cell.Text
		}
	}
	return out
}

// markRead records that row r of g holds values a label read.
func (fp *Parser) markRead(g *layout.Grid, r int) {
	if fp.read == nil {
		fp.read = map[*layout.Grid]map[int]bool{}
	}
	if fp.read[g] == nil {
		fp.read[g] = map[int]bool{}
	}
	fp.read[g][r] = true
}
