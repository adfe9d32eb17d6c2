package layout

// Cell is one table cell, possibly spanning several grid rows and columns.
type Cell struct {
	Text             string
	Row, Col         int
	RowSpan, ColSpan int
	X0, Y0, X1, Y1   float64
	Page             int
	Lines            int // printed lines joined into Text
}

// Grid is one table fragment on one page.
type Grid struct {
	Page           int
	X0, Y0, X1, Y1 float64
	Title          string
	Ruled          bool // built from ruling lines
	// Flow marks a grid of pieces without columns: a text producer's
	// header block, one row per printed line, each cell one piece in
	// reading order (its X0/X1 the character columns). The meaning layer
	// reads such a grid by what each piece is, not by where it stands.
	Flow  bool
	ColX  []float64 // column boundaries, len = columns + 1
	Cells []*Cell   // in row-major order of their top-left corner
	at    [][]*Cell // grid position → cell covering it (nil: none)
}

// NumRows and NumCols give the grid's size.
func (g *Grid) NumRows() int { return len(g.at) }
func (g *Grid) NumCols() int {
	if len(g.at) == 0 {
		return 0
	}
	return len(g.at[0])
}

// At returns the cell covering position (r, c), or nil.
func (g *Grid) At(r, c int) *Cell {
	if r < 0 || r >= len(g.at) || c < 0 || c >= len(g.at[r]) {
		return nil
	}
	return g.at[r][c]
}

// Anchor returns the cell whose top-left corner is (r, c), or nil.
func (g *Grid) Anchor(r, c int) *Cell {
	if cell := g.At(r, c); cell != nil && cell.Row == r && cell.Col == c {
		return cell
	}
	return nil
}

// Rows returns the printed grid: a merged cell's text at its top-left
// position and "" where it is covered.
func (g *Grid) Rows() [][]string {
	out := make([][]string, g.NumRows())
	for r := range out {
		out[r] = make([]string, g.NumCols())
		for c := range out[r] {
			if cell := g.Anchor(r, c); cell != nil {
				out[r][c] = cell.Text
			}
		}
	}
	return out
}

// RowCells returns the distinct cells whose top edge is in row r, left to right.
func (g *Grid) RowCells(r int) []*Cell {
	var out []*Cell
	for c := 0; c < g.NumCols(); c++ {
		if cell := g.Anchor(r, c); cell != nil {
			out = append(out, cell)
		}
	}
	return out
}

// NewGrid makes an empty rows × cols grid.
func NewGrid(page, rows, cols int) *Grid {
	g := &Grid{Page: page, at: make([][]*Cell, rows)}
	for r := range g.at {
		g.at[r] = make([]*Cell, cols)
	}
	return g
}

// GridOfTexts makes a grid of single cells, one a text, row by row: what a
// producer without geometry (plain text) lays out.
func GridOfTexts(page int, rows [][]string) *Grid {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	g := NewGrid(page, len(rows), cols)
	for r, row := range rows {
		for c, text := range row {
			g.Place(&Cell{Text: text, Row: r, Col: c, RowSpan: 1, ColSpan: 1, Page: page, Lines: 1})
		}
	}
	return g
}

// Place puts a cell on the grid over its span.
func (g *Grid) Place(c *Cell) {
	for r := c.Row; r < c.Row+c.RowSpan && r < len(g.at); r++ {
		for k := c.Col; k < c.Col+c.ColSpan && k < len(g.at[r]); k++ {
			g.at[r][k] = c
		}
	}
	g.Cells = append(g.Cells, c)
}
