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
	for i, gl := range glyphs {
		cell := cellAt(grids, gl.CenterX(), gl.CenterY())
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
