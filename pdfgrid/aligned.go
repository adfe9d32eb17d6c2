package pdfgrid

import (
	"math"
	"sort"
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/narrative"
)

// Aligned tables: any table printed without rules whose cells stand in
// columns separated by wide gaps (a budget summary table in a borderless or
// three-line document). Target forms are found before this, by their
// labels; this catches the rest so that nothing printed in a table is lost
// and no table text runs into the narrative.
const (
	alignedGap     = 1.0 // a gap of at least this many em separates cells
	minAlignedRows = 3   // rows with two cells or more that make a table
	// minCaptionedRows is enough under a table title (部门收支总表): the
	// caption says a table follows, so a header and one row are one.
	minCaptionedRows = 2
)

// alignedTables finds runs of lines that split into columns and turns each
// into a grid, one printed line per row. It returns the grids and the lines
// left over.
func alignedTables(lines []layout.Line, page int) ([]*layout.Grid, []layout.Line) {
	chunks := make([][]layout.Line, len(lines)) // each line's cells, cut once
	for k, l := range lines {
		chunks[k] = splitByGap(l, alignedGap)
	}
	var grids []*layout.Grid
	var rest []layout.Line
	for i := 0; i < len(lines); {
		j := i
		multi := 0
		for j < len(lines) && tabular(lines, chunks, j) {
			if len(chunks[j]) >= 2 {
				multi++
			}
			j++
		}
		if multi >= minAlignedRows || multi >= minCaptionedRows && titledAbove(lines, i) {
			if g := alignedGrid(lines[i:j], chunks[i:j], page); g != nil {
				grids = append(grids, g)
				i = j
				continue
			}
		}
		if j == i {
			j = i + 1
		}
		rest = append(rest, lines[i:j]...)
		i = j
	}
	return grids, rest
}

// titledAbove reports whether the caption block right above line i (up to
// three caption lines: title, 单位：万元, （2024年度）) holds a table title.
func titledAbove(lines []layout.Line, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := strings.TrimSpace(lines[k].Text())
		if !forms.IsCaption(t) {
			return false
		}
		if forms.TableTitle.MatchString(t) {
			return true
		}
	}
	return false
}

// tabular: line j has cells in columns, or is a one-cell line (a wrapped
// label, a section row) between two such lines, in one font size and
// without a wide vertical gap.
func tabular(lines []layout.Line, chunks [][]layout.Line, j int) bool {
	l := lines[j]
	text := strings.TrimSpace(l.Text())
	if forms.IsCaption(text) || layout.PageNumber.MatchString(text) || layout.TOCLine.MatchString(text) {
		return false
	}
	if len(chunks[j]) >= 2 {
		return true // row labels may well read 一、财政拨款收入
	}
	if narrative.IsHeadingStart(text) {
		return false
	}
	if j == 0 || j+1 >= len(lines) {
		return false
	}
	prev, next := lines[j-1], lines[j+1]
	near := l.Y-prev.Y <= 2.5*l.Size && next.Y-l.Y <= 2.5*l.Size
	return near && len(chunks[j-1]) >= 2 && len(chunks[j+1]) >= 2
}

// alignedGrid cuts the lines into columns where no cell of any line
// crosses, and places each cell in the column its centre falls in.
func alignedGrid(lines []layout.Line, chunks [][]layout.Line, page int) *layout.Grid {
	var spans [][2]float64
	for _, cs := range chunks {
		if len(cs) < 2 {
			continue
		}
		for _, c := range cs {
			spans = append(spans, [2]float64{c.X0, c.X1})
		}
	}
	cols := mergeSpans(spans, 0.5)
	if len(cols) < 2 {
		return nil
	}
	bounds := make([]float64, 0, len(cols)+1)
	bounds = append(bounds, cols[0][0]-1)
	for k := 0; k+1 < len(cols); k++ {
		bounds = append(bounds, (cols[k][1]+cols[k+1][0])/2)
	}
	bounds = append(bounds, cols[len(cols)-1][1]+1)
	g := layout.NewGrid(page, len(lines), len(cols))
	g.ColX = bounds
	g.X0, g.X1 = bounds[0], bounds[len(bounds)-1]
	g.Y0, g.Y1 = lines[0].Top(), lines[len(lines)-1].Y+2
	for r, l := range lines {
		row := map[int][]string{}
		for _, c := range chunks[r] {
			k := sort.SearchFloat64s(bounds, (c.X0+c.X1)/2) - 1
			k = max(0, min(k, len(cols)-1))
			row[k] = append(row[k], c.Text())
		}
		for k := range cols {
			text := strings.Join(row[k], " ")
			g.Place(&layout.Cell{Text: strings.TrimSpace(text), Row: r, Col: k, RowSpan: 1, ColSpan: 1, Page: page,
				X0: bounds[k], X1: bounds[k+1], Y0: l.Top(), Y1: l.Y})
		}
	}
	return g
}

// mergeSpans joins intervals that overlap or come within tol of each
// other: cells into column extents, cell extents into row bands.
func mergeSpans(spans [][2]float64, tol float64) [][2]float64 {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out [][2]float64
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] <= out[n-1][1]+tol {
			out[n-1][1] = math.Max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}
