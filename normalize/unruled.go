package normalize

import (
	"math"
	"sort"
	"strings"

	"github.com/budgetpdf/budgetpdf/extract"
)

// streamState carries an unruled indicator table across a page break: its
// columns and roles, so that a continuation without a header row is read
// with the same columns.
type streamState struct {
	cols *streamColumns
	size float64
	open bool // the last page ended inside the table
}

// streamColumns are an unruled indicator table's column boundaries.
type streamColumns struct {
	bounds  []float64 // len = columns + 1
	roles   []role
	headers []string
}

// unruledTables finds target forms printed without ruling lines (borderless
// or three-line tables) from the text itself: a region starts at a form
// label or an indicator header row and runs while the lines keep the
// table's font size. It returns the tables and the lines left over.
func unruledTables(lines []Line, p extract.Page, st *streamState) ([]*Grid, []Line) {
	var grids []*Grid
	var rest []Line
	for i := 0; i < len(lines); {
		start := lines[i]
		continuing := st.open && len(rest) == 0 && len(grids) == 0 && math.Abs(start.Size-st.size) <= 0.1*st.size && !isCaption(start.Text())
		if !continuing && !opensTable(start) {
			rest = append(rest, start)
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && inRegion(lines[j-1], lines[j], start.Size) {
			j++
		}
		if g := streamGrids(lines[i:j], p.Number, st, continuing); len(g) > 0 {
			grids = append(grids, g...)
			st.size = start.Size
			st.open = onlyFurniture(lines[j:])
		} else {
			rest = append(rest, lines[i:j]...)
		}
		i = j
	}
	if len(grids) == 0 && len(lines) > 0 {
		st.open = false
	}
	return grids, rest
}

// opensTable: a line holding an opening form label or an indicator header.
func opensTable(l Line) bool {
	var texts []string
	for _, t := range splitTokens(l) {
		if t.label {
			switch formLabel(t.text()) {
			case labelName, labelCode, labelDepartment:
				return true
			}
		}
		texts = append(texts, t.text())
	}
	_, ok := mapHeader(texts)
	return ok
}

// inRegion: the next line continues the table (same font size, no caption
// or heading, no wide vertical gap).
func inRegion(prev, cur Line, size float64) bool {
	if math.Abs(cur.Size-size) > 0.1*size {
		return false
	}
	if isCaption(cur.Text()) || cur.Y-prev.Y > 4*size || pageNumber.MatchString(cur.Text()) {
		return false
	}
	return true
}

// streamGrids builds a header-block grid and an indicator grid from a region.
func streamGrids(region []Line, page int, st *streamState, continuing bool) []*Grid {
	hdr := -1
	var hdrTokens []token
	for i, l := range region {
		toks := splitTokens(l)
		texts := make([]string, len(toks))
		for k, t := range toks {
			texts[k] = t.text()
		}
		if _, ok := mapHeader(texts); ok {
			hdr, hdrTokens = i, toks
			break
		}
	}
	var out []*Grid
	blockEnd := len(region)
	if hdr >= 0 {
		blockEnd = hdr
	}
	if blockEnd > 0 && !(continuing && hdr < 0 && st.cols != nil) {
		if g := blockGrid(region[:blockEnd], page); g != nil {
			out = append(out, g)
		}
	}
	switch {
	case hdr >= 0:
		st.cols = columnsFrom(hdrTokens, region[hdr+1:])
		out = append(out, indicatorGrid(region[hdr], region[hdr+1:], st.cols, page, true))
	case continuing && st.cols != nil:
		out = append(out, indicatorGrid(Line{}, region, st.cols, page, false))
	}
	return out
}

// columnsFrom sets an unruled indicator table's column boundaries: between
// two header cells, where fewest data glyphs cross.
func columnsFrom(hdr []token, data []Line) *streamColumns {
	c := &streamColumns{}
	for _, t := range hdr {
		c.headers = append(c.headers, t.text())
	}
	cm, _ := mapHeader(c.headers)
	c.roles = cm.roles
	left, right := hdr[0].x0(), hdr[len(hdr)-1].x1()
	for _, l := range data {
		left, right = math.Min(left, l.X0), math.Max(right, l.X1)
	}
	c.bounds = append(c.bounds, left-1)
	for i := 0; i+1 < len(hdr); i++ {
		c.bounds = append(c.bounds, bestCut(hdr[i].x1(), hdr[i+1].x0(), data))
	}
	c.bounds = append(c.bounds, right+1)
	return c
}

// bestCut picks x in [lo, hi] crossed by the fewest glyphs, preferring the
// middle of the widest such run.
func bestCut(lo, hi float64, data []Line) float64 {
	if hi <= lo {
		return (lo + hi) / 2
	}
	const step = 0.5
	n := int((hi-lo)/step) + 1
	cost := make([]int, n)
	for _, l := range data {
		for _, g := range l.Glyphs {
			a, b := int(math.Ceil((g.X+0.2-lo)/step)), int(math.Floor((g.X+g.W-0.2-lo)/step))
			for k := max(a, 0); k <= b && k < n; k++ {
				cost[k]++
			}
		}
	}
	best, bestStart, bestLen := math.MaxInt, 0, 0
	for k := 0; k < n; {
		e := k
		for e < n && cost[e] == cost[k] {
			e++
		}
		if cost[k] < best || (cost[k] == best && e-k > bestLen) {
			best, bestStart, bestLen = cost[k], k, e-k
		}
		k = e
	}
	return lo + (float64(bestStart)+float64(bestLen-1)/2)*step
}

// fragment is the part of one line that falls in one column.
type fragment struct {
	glyphs []extract.Glyph
	y      float64
	size   float64
}

// wrapPitch is the largest baseline distance between two lines of one
// wrapped cell, relative to the font size.
const wrapPitch = 1.5

// indicatorGrid lays the data lines of an unruled indicator table into
// rows and columns. Cells in the level columns (一级/二级指标) may span rows;
// printed in the middle of their span, they are given the rows whose
// centre they sit at.
func indicatorGrid(header Line, data []Line, cols *streamColumns, page int, withHeader bool) *Grid {
	ncol := len(cols.bounds) - 1
	cells := make([][]cellText, ncol) // per column, the cells in order
	for c := 0; c < ncol; c++ {
		var frags []fragment
		for _, l := range data {
			var gs []extract.Glyph
			for _, g := range l.Glyphs {
				if x := g.CenterX(); x >= cols.bounds[c] && x < cols.bounds[c+1] {
					gs = append(gs, g)
				}
			}
			if len(gs) > 0 {
				frags = append(frags, fragment{gs, l.Y, l.Size})
			}
		}
		cells[c] = groupFragments(frags)
	}
	bands := rowBands(cells, cols.roles)
	rows := len(bands)
	off := 0
	if withHeader {
		off = 1
	}
	g := newGrid(page, rows+off, ncol)
	g.ColX = cols.bounds
	g.X0, g.X1 = cols.bounds[0], cols.bounds[ncol]
	if withHeader {
		g.Y0 = header.Top()
		for c, h := range cols.headers {
			g.place(&Cell{Text: h, Row: 0, Col: c, RowSpan: 1, ColSpan: 1, Page: page})
		}
	} else if len(data) > 0 {
		g.Y0 = data[0].Top()
	}
	if len(data) > 0 {
		g.Y1 = data[len(data)-1].Y + 2
	}
	for c := 0; c < ncol; c++ {
		spanning := cols.roles[c] == roleLevel1 || cols.roles[c] == roleLevel2 || cols.roles[c] == roleLabel
		for _, ct := range assignRows(cells[c], bands, spanning) {
			g.place(&Cell{Text: ct.text, Row: ct.row + off, Col: c, RowSpan: ct.span, ColSpan: 1, Page: page})
		}
	}
	g.Cells = sortCells(g.Cells)
	return g
}

// cellText is one cell of a column: its joined text and vertical extent.
type cellText struct {
	text      string
	top, bot  float64 // first and last baseline
	row, span int
}

// groupFragments joins a column's fragments into cells: consecutive
// fragments closer than the wrap pitch are lines of one cell.
func groupFragments(frags []fragment) []cellText {
	var out []cellText
	var cur []string
	var top, bot float64
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cellText{text: joinTextParts(cur), top: top, bot: bot})
		}
		cur = nil
	}
	for i, f := range frags {
		if i > 0 && f.y-frags[i-1].y > wrapPitch*f.size+0.5 {
			flush()
		}
		if len(cur) == 0 {
			top = f.y
		}
		cur = append(cur, glyphText(f.glyphs))
		bot = f.y
	}
	flush()
	return out
}

// rowBands merges the vertical extents of cells in the ordinary columns
// into rows.
func rowBands(cells [][]cellText, roles []role) [][2]float64 {
	var spans [][2]float64
	for c, col := range cells {
		if roles[c] == roleLevel1 || roles[c] == roleLevel2 || roles[c] == roleLabel {
			continue
		}
		for _, ct := range col {
			spans = append(spans, [2]float64{ct.top, ct.bot})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var bands [][2]float64
	for _, s := range spans {
		if n := len(bands); n > 0 && s[0] <= bands[n-1][1]+1 {
			bands[n-1][1] = math.Max(bands[n-1][1], s[1])
			continue
		}
		bands = append(bands, s)
	}
	return bands
}

// assignRows gives each cell of a column its row. Ordinary cells take the
// band they overlap. Spanning cells (level labels) printed at the top of
// their span take the band of their first line; those printed in the middle
// of their span take the run of bands centred on them.
func assignRows(col []cellText, bands [][2]float64, spanning bool) []cellText {
	if len(bands) == 0 {
		return nil
	}
	bandOf := func(y float64) int {
		best, bestD := 0, math.Inf(1)
		for i, b := range bands {
			d := 0.0
			if y < b[0]-1 {
				d = b[0] - y
			} else if y > b[1]+1 {
				d = y - b[1]
			}
			if d < bestD {
				best, bestD = i, d
			}
		}
		return best
	}
	out := make([]cellText, 0, len(col))
	if !spanning || topAligned(col, bands) {
		for _, ct := range col {
			ct.row, ct.span = bandOf(ct.top), 1
			out = append(out, ct)
		}
		if spanning {
			for i := range out {
				end := len(bands)
				if i+1 < len(out) {
					end = out[i+1].row
				}
				out[i].span = max(end-out[i].row, 1)
			}
		}
		return dedupeRows(out)
	}
	start := 0
	for i, ct := range col {
		centre := (ct.top + ct.bot) / 2
		remaining := len(col) - i - 1
		bestEnd, bestD := start, math.Inf(1)
		for e := start; e < len(bands)-remaining; e++ {
			if d := math.Abs((bands[start][0]+bands[e][1])/2 - centre); d < bestD {
				bestEnd, bestD = e, d
			}
		}
		if i == len(col)-1 {
			bestEnd = len(bands) - 1
		}
		if start >= len(bands) {
			break
		}
		ct.row, ct.span = start, bestEnd-start+1
		out = append(out, ct)
		start = bestEnd + 1
	}
	return out
}

// topAligned: every cell's first line sits on the first line of a band.
func topAligned(col []cellText, bands [][2]float64) bool {
	for _, ct := range col {
		ok := false
		for _, b := range bands {
			if math.Abs(ct.top-b[0]) < 2 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// dedupeRows joins cells that landed in the same row.
func dedupeRows(cs []cellText) []cellText {
	var out []cellText
	for _, c := range cs {
		if n := len(out); n > 0 && out[n-1].row == c.row {
			out[n-1].text = joinTextParts([]string{out[n-1].text, c.text})
			continue
		}
		out = append(out, c)
	}
	return out
}

func sortCells(cs []*Cell) []*Cell {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Row != cs[j].Row {
			return cs[i].Row < cs[j].Row
		}
		return cs[i].Col < cs[j].Col
	})
	return cs
}

func joinTextParts(parts []string) string {
	return strings.TrimSpace(joinStringsCJK(parts))
}

// onlyFurniture: nothing but page numbers follows.
func onlyFurniture(lines []Line) bool {
	for _, l := range lines {
		if !pageNumber.MatchString(strings.TrimSpace(l.Text())) {
			return false
		}
	}
	return true
}
