package pdfgrid

import (
	"sort"
	"strings"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// latticeTables finds the tables drawn with ruling lines on a page and
// fills their cells with the glyphs inside them. It returns the tables and
// the glyphs that fell in none.
func latticeTables(p extract.Page) ([]*layout.Grid, []extract.Glyph) {
	hs, vs := mergeRules(p.Rules)
	var grids []*layout.Grid
	for _, grp := range ruleGroups(hs, vs) {
		if g := latticeGrid(p.Number, grp[0], grp[1]); g != nil {
			grids = append(grids, g)
		}
	}
	sort.Slice(grids, func(i, j int) bool { return grids[i].Y0 < grids[j].Y0 })
	rest := fillCells(grids, p.Glyphs)
	return grids, rest
}

// latticeGrid builds the cell structure of one network of rules: grid lines
// at every rule position, atomic cells merged wherever no rule separates
// them.
func latticeGrid(page int, hs, vs []rule) *layout.Grid {
	ys, xs := positions(hs), positions(vs)
	// A table drawn with only outer verticals still needs its column lines
	// from where horizontal rules end.
	if len(ys) < 2 || len(xs) < 2 {
		return nil
	}
	rows, cols := len(ys)-1, len(xs)-1
	if rows*cols > 200000 {
		return nil
	}
	parent := make([]int, rows*cols)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			if c+1 < cols && !covered(vs, xs[c+1], ys[r], ys[r+1]) {
				union(r*cols+c, r*cols+c+1)
			}
			if r+1 < rows && !covered(hs, ys[r+1], xs[c], xs[c+1]) {
				union(r*cols+c, (r+1)*cols+c)
			}
		}
	}
	g := layout.NewGrid(page, rows, cols)
	g.Ruled = true
	g.ColX = xs
	g.X0, g.Y0, g.X1, g.Y1 = xs[0], ys[0], xs[cols], ys[rows]
	seen := map[int]*layout.Cell{}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			root := find(r*cols + c)
			cell, ok := seen[root]
			if !ok {
				cell = &layout.Cell{Row: r, Col: c, RowSpan: 1, ColSpan: 1, Page: page}
				seen[root] = cell
				g.Cells = append(g.Cells, cell)
			}
			cell.RowSpan = max(cell.RowSpan, r-cell.Row+1)
			cell.ColSpan = max(cell.ColSpan, c-cell.Col+1)
		}
	}
	cells := g.Cells
	g.Cells = nil
	for _, cell := range cells {
		cell.X0, cell.X1 = xs[cell.Col], xs[cell.Col+cell.ColSpan]
		cell.Y0, cell.Y1 = ys[cell.Row], ys[cell.Row+cell.RowSpan]
		g.Place(cell)
	}
	if rows == 1 && cols == 1 {
		return nil // a frame around text, not a table
	}
	return g
}

// fillCells assigns each glyph to the cell containing its centre and joins
// each cell's lines. Glyphs outside every grid are returned.
func fillCells(grids []*layout.Grid, glyphs []extract.Glyph) []extract.Glyph {
	// Two passes, so that every cell's glyphs (in page order) are one
	// stretch of a single array instead of a slice grown per cell.
	at := make([]int32, len(glyphs)) // index in cells, or -1
	index := map[*layout.Cell]int32{}
	var cells []*layout.Cell
	var counts []int
	var rest []extract.Glyph
	cellsOf := glyphCells(grids, glyphs)
	for i, gl := range glyphs {
		cell := cellsOf[i]
		if cell == nil {
			at[i] = -1
			rest = append(rest, gl)
			continue
		}
		k, ok := index[cell]
		if !ok {
			k = int32(len(cells))
			index[cell] = k
			cells = append(cells, cell)
			counts = append(counts, 0)
		}
		at[i] = k
		counts[k]++
	}
	starts := make([]int, len(cells)+1)
	for k, n := range counts {
		starts[k+1] = starts[k] + n
	}
	inCells := make([]extract.Glyph, starts[len(cells)])
	next := append([]int(nil), starts[:len(cells)]...)
	for i, k := range at {
		if k >= 0 {
			inCells[next[k]] = glyphs[i]
			next[k]++
		}
	}
	for k, cell := range cells {
		gs := inCells[starts[k]:starts[k+1]:starts[k+1]]
		if text, ok := verticalText(gs); ok {
			cell.Text, cell.Lines = text, 1
			continue
		}
		lines := buildLines(gs, cell.Page)
		cell.Text = joinLines(lines)
		cell.Lines = len(lines)
	}
	return rest
}

// glyphCells gives each glyph its cell (nil outside every grid): the one
// it is printed in, or, for a glyph that its cell's clip hides where it
// overflows that cell (below or right of it) over another cell of the
// table, the cell that clip is, when that cell shows text of its own: a
// long text in a clipped cell is drawn on over the rows below it. Other
// hidden text stays where it lies: a cell cut by the page break draws its
// rest below the page and prints it on the next page, where it scrolls
// the lines shown before off the top of a sliver of a clip; text hidden
// in a cell that shows none is no cell's overflow.
func glyphCells(grids []*layout.Grid, glyphs []extract.Glyph) []*layout.Cell {
	out := make([]*layout.Cell, len(glyphs))
	hidden := false
	for i, gl := range glyphs {
		out[i] = cellAt(grids, gl.CenterX(), gl.CenterY())
		hidden = hidden || gl.Clip != nil
	}
	if !hidden {
		return out
	}
	shown := map[*layout.Cell]bool{}
	for i, gl := range glyphs {
		if gl.Clip == nil && out[i] != nil {
			shown[out[i]] = true
		}
	}
	for i, gl := range glyphs {
		if gl.Clip == nil || out[i] == nil || !overflows(gl, *gl.Clip) {
			continue
		}
		if cell := clipCell(grids, *gl.Clip); cell != nil && cell != out[i] && shown[cell] && sameGrid(grids, cell, out[i]) {
			out[i] = cell
		}
	}
	return out
}

// overflows: the glyph lies below or right of a clip that shows a line of
// its size at least.
func overflows(gl extract.Glyph, c extract.Rect) bool {
	if c.Y1-c.Y0 < gl.Size || c.X1-c.X0 < gl.Size {
		return false
	}
	return gl.CenterY() > c.Y1 || gl.CenterX() > c.X1
}

// sameGrid: cells a and b belong to one grid.
func sameGrid(grids []*layout.Grid, a, b *layout.Cell) bool {
	for _, g := range grids {
		if g.Anchor(a.Row, a.Col) == a {
			return g.Anchor(b.Row, b.Col) == b
		}
	}
	return false
}

// clipSlack is how far (points) a cell's clip may reach beyond the cell's
// box: producers clip to the cell's inner edge, or a hair outside it.
const clipSlack = 2.0

// clipCell is the cell whose box holds the clip box c, nil when c is no
// cell's (the whole table's or page's clip hides nothing of one cell).
func clipCell(grids []*layout.Grid, c extract.Rect) *layout.Cell {
	cell := cellAt(grids, (c.X0+c.X1)/2, (c.Y0+c.Y1)/2)
	if cell == nil || c.X0 < cell.X0-clipSlack || c.X1 > cell.X1+clipSlack || c.Y0 < cell.Y0-clipSlack || c.Y1 > cell.Y1+clipSlack {
		return nil
	}
	return cell
}

func cellAt(grids []*layout.Grid, x, y float64) *layout.Cell {
	for _, g := range grids {
		if x < g.X0 || x > g.X1 || y < g.Y0 || y > g.Y1 {
			continue
		}
		c := sort.SearchFloat64s(g.ColX, x) - 1
		for r := 0; r < g.NumRows(); r++ {
			cell := g.At(r, max(c, 0))
			if cell != nil && y >= cell.Y0 && y <= cell.Y1 && x >= cell.X0-0.5 && x <= cell.X1+0.5 {
				return cell
			}
		}
	}
	return nil
}

// verticalText reads a cell printed with rotated glyphs (text direction
// turned in a narrow merged cell): top to bottom for glyphs turned
// clockwise, bottom to top for counter-clockwise ones.
func verticalText(gs []extract.Glyph) (string, bool) {
	dir := gs[0].Dir
	if dir != 90 && dir != 270 {
		return "", false
	}
	for _, g := range gs {
		if g.Dir != dir {
			return "", false
		}
	}
	sorted := append([]extract.Glyph(nil), gs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if dir == 270 {
			return sorted[i].Y < sorted[j].Y
		}
		return sorted[i].Y > sorted[j].Y
	})
	var b strings.Builder
	for _, g := range sorted {
		b.WriteString(g.Text)
	}
	return b.String(), true
}
