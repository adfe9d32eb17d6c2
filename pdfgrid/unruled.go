package pdfgrid

import (
	"math"
	"sort"
	"strings"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
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
	roles   []forms.Role
	headers []string
	spans   [][2]float64 // each header cell's horizontal extent
}

// unruledTables finds target forms printed without ruling lines (borderless
// or three-line tables) from the text itself: a region starts at a form
// label or an indicator header row and runs while the lines keep the
// table's font size. It returns the tables and the lines left over.
func unruledTables(lines []layout.Line, p extract.Page, st *streamState) ([]*layout.Grid, []layout.Line) {
	var grids []*layout.Grid
	var rest []layout.Line
	for i := 0; i < len(lines); {
		start := lines[i]
		continuing := st.open && len(rest) == 0 && len(grids) == 0 && math.Abs(start.Size-st.size) <= 0.1*st.size && !forms.IsCaption(start.Text())
		if !continuing && !opensTable(start) && !opensSplit(lines, i) {
			rest = append(rest, start)
			i++
			continue
		}
		// A header row printed mid-row has the upper half of its wrapped
		// cells on the line above: it belongs to the table.
		for len(rest) > 0 && i > 0 && start.Y-rest[len(rest)-1].Y <= wrapPitch*start.Size+0.5 && headerFragments(rest[len(rest)-1]) {
			i--
			rest = rest[:len(rest)-1]
			start = lines[i]
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
func opensTable(l layout.Line) bool {
	if text := l.Text(); !strings.Contains(text, "指标") && !strings.Contains(text, "名称") && !strings.Contains(text, "编码") && !strings.Contains(text, "代码") && !strings.Contains(text, "编号") {
		return false // no opening label or indicator header can be in it
	}
	var texts []string
	for _, t := range splitTokens(l) {
		if t.label {
			switch forms.FormLabel(t.text()) {
			case forms.LabelName, forms.LabelCode, forms.LabelDepartment:
				return true
			}
		}
		if strings.ContainsAny(t.text(), "，。；") {
			return false // a sentence (绩效指标目标值不合理，…) is no header
		}
		texts = append(texts, t.text())
	}
	_, ok := forms.MapHeader(texts)
	return ok
}

// opensSplit: a table-opening label printed over two lines in its column
// (部门（单位） / 名称) with the value's line between them.
func opensSplit(lines []layout.Line, i int) bool {
	a := lines[i]
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		b := lines[j]
		if b.Y-a.Y > 2*wrapPitch*a.Size+1 {
			break
		}
		if math.Abs(b.X0-a.X0) <= 1 && lone(a) && lone(b) {
			switch forms.FormLabel(a.Text() + b.Text()) {
			case forms.LabelName, forms.LabelCode, forms.LabelDepartment:
				return true
			}
		}
	}
	return false
}

// gapTokens cuts a line at wide gaps only: the halves of wrapped headers
// must not be split again at vocabulary words (指标值类 is not 指标值 + 类).
func gapTokens(l layout.Line) []token {
	var out []token
	for _, ch := range splitByGap(l, 0.8) {
		out = append(out, token{glyphs: ch.Glyphs})
	}
	return out
}

// headerFragments: every piece of the line is part of a known header.
func headerFragments(l layout.Line) bool {
	toks := gapTokens(l)
	for _, t := range toks {
		if !isHeaderPrefix(t.text()) {
			return false
		}
	}
	return len(toks) > 0
}

// isHeaderPrefix: text begins a known header (指标值类 of 指标值类型).
func isHeaderPrefix(text string) bool {
	k := forms.HeaderKey(text)
	if k == "" {
		return false
	}
	for h := range forms.HeaderSynonyms {
		if strings.HasPrefix(h, k) {
			return true
		}
	}
	for h := range forms.KnownExtras {
		if strings.HasPrefix(h, k) {
			return true
		}
	}
	return false
}

// inRegion: the next line continues the table (same font size, no caption
// or heading, no wide vertical gap).
func inRegion(prev, cur layout.Line, size float64) bool {
	if math.Abs(cur.Size-size) > 0.1*size {
		return false
	}
	if forms.IsCaption(cur.Text()) || cur.Y-prev.Y > 4*size || layout.PageNumber.MatchString(cur.Text()) {
		return false
	}
	return true
}

// streamGrids builds a header-block grid and an indicator grid from a region.
func streamGrids(region []layout.Line, page int, st *streamState, continuing bool) []*layout.Grid {
	hdr := -1
	var hdrTokens []token
	for i, l := range region {
		toks := splitTokens(l)
		texts := make([]string, len(toks))
		for k, t := range toks {
			texts[k] = t.text()
		}
		if _, ok := forms.MapHeader(texts); ok {
			hdr, hdrTokens = i, toks
			break
		}
	}
	var out []*layout.Grid
	blockEnd, dataStart := len(region), len(region)
	if hdr >= 0 {
		var above, below bool
		hdrTokens, above, below = widenHeader(region, hdr, hdrTokens)
		blockEnd, dataStart = hdr, hdr+1
		if above {
			blockEnd--
		}
		if below {
			dataStart++
		}
	}
	if blockEnd > 0 && !(continuing && hdr < 0 && st.cols != nil) {
		if g := blockGrid(region[:blockEnd], page); g != nil {
			out = append(out, g)
		}
	}
	switch {
	case hdr >= 0:
		st.cols = columnsFrom(hdrTokens, region[dataStart:])
		out = append(out, indicatorGrid(region[hdr], region[dataStart:], st.cols, page, true))
	case continuing && st.cols != nil:
		out = append(out, indicatorGrid(layout.Line{}, region, st.cols.cut(region), page, false))
	}
	return out
}

// widenHeader completes a header row whose narrow cells wrapped: printed
// in the middle of the row, a wrapped header (指标值类 / 型) stands half on
// the line above the header's line and half on the line below. Pieces on
// those lines that spell known headers, alone or stacked, join the row;
// above and below report which neighbour lines were used.
func widenHeader(region []layout.Line, hdr int, toks []token) ([]token, bool, bool) {
	var upper, lower []token
	near := func(a, b layout.Line) bool { return math.Abs(a.Y-b.Y) <= wrapPitch*a.Size+0.5 }
	if hdr > 0 && near(region[hdr], region[hdr-1]) {
		upper = gapTokens(region[hdr-1])
	}
	if hdr+1 < len(region) && near(region[hdr], region[hdr+1]) {
		lower = gapTokens(region[hdr+1])
	}
	if len(upper) == 0 && len(lower) == 0 {
		return toks, false, false
	}
	extra, ok := stackHeaderPieces(upper, lower, toks)
	if !ok {
		return toks, false, false
	}
	out := append(append([]token(nil), toks...), extra...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].x0() < out[j].x0() })
	return out, len(upper) > 0, len(lower) > 0
}

// stackHeaderPieces joins each glyph below to the piece above whose span
// it sits under (a wrapped header's second line is centred under its
// first), keeps the rest as pieces of their own, and checks every result is
// a known header standing clear of the row's cells.
func stackHeaderPieces(upper, lower, row []token) ([]token, bool) {
	out := append([]token(nil), upper...)
	var orphans []extract.Glyph
	for _, t := range lower {
		for _, g := range t.glyphs {
			k := under(out[:len(upper)], g)
			if k < 0 {
				orphans = append(orphans, g)
				continue
			}
			out[k].glyphs = append(append([]extract.Glyph(nil), out[k].glyphs...), g)
		}
	}
	if len(orphans) > 0 {
		for _, ch := range splitByGap(layout.NewLine(orphans, 0), 0.8) {
			out = append(out, token{glyphs: ch.Glyphs})
		}
	}
	for _, t := range out {
		if !knownHeader(t.text()) {
			return nil, false
		}
		for _, r := range row {
			if t.x0() < r.x1() && r.x0() < t.x1() {
				return nil, false
			}
		}
	}
	return out, len(out) > 0
}

// under finds the piece whose span holds the glyph's centre, or -1.
func under(pieces []token, g extract.Glyph) int {
	x := g.CenterX()
	for k, p := range pieces {
		if x >= p.x0()-0.5*g.Size && x <= p.x1()+0.5*g.Size {
			return k
		}
	}
	return -1
}

func knownHeader(text string) bool {
	_, ok := forms.HeaderSynonyms[forms.HeaderKey(text)]
	return ok || forms.KnownExtras[forms.HeaderKey(text)]
}

// columnsFrom sets an unruled indicator table's column boundaries: between
// two header cells, where fewest data glyphs cross.
func columnsFrom(hdr []token, data []layout.Line) *streamColumns {
	c := &streamColumns{}
	for _, t := range hdr {
		c.headers = append(c.headers, t.text())
		c.spans = append(c.spans, [2]float64{t.x0(), t.x1()})
	}
	cm, _ := forms.MapHeader(c.headers)
	c.roles = cm.Roles
	return c.cut(data)
}

// cut places the column boundaries for the given data lines (a page's
// fragment: a continuation is cut again with its own text).
func (c *streamColumns) cut(data []layout.Line) *streamColumns {
	out := *c
	left, right := c.spans[0][0], c.spans[len(c.spans)-1][1]
	for _, l := range data {
		left, right = math.Min(left, l.X0), math.Max(right, l.X1)
	}
	out.bounds = []float64{left - 1}
	for i := 0; i+1 < len(c.spans); i++ {
		out.bounds = append(out.bounds, bestCut(c.spans[i][1], c.spans[i+1][0], data))
	}
	out.bounds = append(out.bounds, right+1)
	return &out
}

// bestCut picks x in [lo, hi] crossed by the fewest glyphs, preferring the
// middle of the widest such run.
func bestCut(lo, hi float64, data []layout.Line) float64 {
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
func indicatorGrid(header layout.Line, data []layout.Line, cols *streamColumns, page int, withHeader bool) *layout.Grid {
	ncol := len(cols.bounds) - 1
	frags := make([][]fragment, ncol)
	for c := 0; c < ncol; c++ {
		frags[c] = columnFragments(data, cols.bounds[c], cols.bounds[c+1])
	}
	if withHeader {
		frags = mendHeader(header, frags, cols)
	}
	starts := rowStarts(frags, cols.roles)
	cells := make([][]cellText, ncol) // per column, the cells in order
	for c := range frags {
		cells[c] = groupFragments(frags[c], starts)
	}
	bands := rowBands(cells, cols.roles)
	rows := len(bands)
	off := 0
	if withHeader {
		off = 1
	}
	g := layout.NewGrid(page, rows+off, ncol)
	g.ColX = cols.bounds
	g.X0, g.X1 = cols.bounds[0], cols.bounds[ncol]
	if withHeader {
		g.Y0 = header.Top()
		for c, h := range cols.headers {
			g.Place(&layout.Cell{Text: h, Row: 0, Col: c, RowSpan: 1, ColSpan: 1, Page: page,
				X0: cols.bounds[c], X1: cols.bounds[c+1], Y0: header.Top(), Y1: header.Y})
		}
	} else if len(data) > 0 {
		g.Y0 = data[0].Top()
	}
	if len(data) > 0 {
		g.Y1 = data[len(data)-1].Y + 2
	}
	for c := 0; c < ncol; c++ {
		spanning := spanningRole(cols.roles[c])
		for _, ct := range assignRows(cells[c], bands, spanning) {
			last := min(ct.row+ct.span-1, len(bands)-1)
			g.Place(&layout.Cell{Text: ct.text, Row: ct.row + off, Col: c, RowSpan: ct.span, ColSpan: 1, Page: page,
				X0: cols.bounds[c], X1: cols.bounds[c+1], Y0: bands[ct.row][0] - 0.9*header.Size, Y1: bands[last][1] + 0.2*header.Size})
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

// columnFragments cuts each data line down to its glyphs between x0 and x1.
func columnFragments(data []layout.Line, x0, x1 float64) []fragment {
	var out []fragment
	for _, l := range data {
		var gs []extract.Glyph
		for _, g := range l.Glyphs {
			if x := g.CenterX(); x >= x0 && x < x1 {
				gs = append(gs, g)
			}
		}
		if len(gs) > 0 {
			out = append(out, fragment{gs, l.Y, l.Size})
		}
	}
	return out
}

// wraps reports whether fragment b may be the next line of a's cell.
func wraps(a, b fragment) bool { return b.y-a.y <= wrapPitch*b.size+0.5 }

// mendHeader joins a header cell that wrapped (绩效指 / 标) with its second
// line, which otherwise reads as the first data row, when the two spell a
// known header. The columns' headers and roles are updated in place.
func mendHeader(header layout.Line, frags [][]fragment, cols *streamColumns) [][]fragment {
	changed := false
	for c, fs := range frags {
		if len(fs) == 0 || !wraps(fragment{y: header.Y, size: header.Size}, fs[0]) {
			continue
		}
		joined := cols.headers[c] + layout.GlyphText(fs[0].glyphs)
		if _, known := forms.HeaderSynonyms[forms.HeaderKey(joined)]; !known && !forms.KnownExtras[forms.HeaderKey(joined)] {
			continue
		}
		cols.headers[c] = joined
		frags[c] = fs[1:]
		changed = true
	}
	if changed {
		cm, _ := forms.MapHeader(cols.headers)
		cols.roles = cm.Roles
	}
	return frags
}

// rowStarts finds the baselines where a new row visibly begins: at least
// two ordinary columns start a new cell there (their fragment is too far
// below the one above to be a wrapped line). A line at such a baseline
// starts a new cell even when it is close to the line above: the pitch of
// wrapped lines and the gap between rows can differ by less than a point.
func rowStarts(frags [][]fragment, roles []forms.Role) []float64 {
	var ys []float64
	for c, fs := range frags {
		if spanningRole(roles[c]) {
			continue
		}
		for i, f := range fs {
			if i == 0 || !wraps(fs[i-1], f) {
				ys = append(ys, f.y)
			}
		}
	}
	sort.Float64s(ys)
	var out []float64
	for i := 0; i < len(ys); {
		j := i
		for j < len(ys) && ys[j]-ys[i] <= 1 {
			j++
		}
		if j-i >= 2 {
			out = append(out, ys[i])
		}
		i = j
	}
	return out
}

func spanningRole(r forms.Role) bool {
	return r == forms.RoleLevel1 || r == forms.RoleLevel2 || r == forms.RoleLabel
}

// groupFragments joins a column's fragments into cells: consecutive
// fragments closer than the wrap pitch are lines of one cell. A fragment on
// a row start is a close call (see rowStarts); it joins the cell above only
// when the joined cell is centred on a row start and the cell without it is
// not, as a merged or wrapped cell printed in the middle of its row is.
func groupFragments(frags []fragment, starts []float64) []cellText {
	var out []cellText
	for i := 0; i < len(frags); {
		j := i + 1
		for j < len(frags) && wraps(frags[j-1], frags[j]) {
			if atRowStart(frags[j].y, starts) && !joinAcross(frags, i, j, starts) {
				break
			}
			j++
		}
		parts := make([]string, 0, j-i)
		for _, f := range frags[i:j] {
			parts = append(parts, layout.GlyphText(f.glyphs))
		}
		out = append(out, cellText{text: joinTextParts(parts), top: frags[i].y, bot: frags[j-1].y})
		i = j
	}
	return out
}

// joinAcross decides whether fragment j, on a row start, continues the cell
// made of fragments i..j-1.
func joinAcross(frags []fragment, i, j int, starts []float64) bool {
	split := (frags[i].y + frags[j-1].y) / 2
	k := j + 1
	for k < len(frags) && wraps(frags[k-1], frags[k]) && !atRowStart(frags[k].y, starts) {
		k++
	}
	joined := (frags[i].y + frags[k-1].y) / 2
	return atRowStart(joined, starts) && !atRowStart(split, starts)
}

func atRowStart(y float64, starts []float64) bool {
	for _, s := range starts {
		if math.Abs(s-y) <= 1 {
			return true
		}
	}
	return false
}

// rowBands merges the vertical extents of cells in the ordinary columns
// into rows.
func rowBands(cells [][]cellText, roles []forms.Role) [][2]float64 {
	var spans [][2]float64
	for c, col := range cells {
		if spanningRole(roles[c]) {
			continue
		}
		for _, ct := range col {
			spans = append(spans, [2]float64{ct.top, ct.bot})
		}
	}
	return mergeSpans(spans, 1)
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
	return centredSpans(col, bands)
}

// centredSpans partitions the rows among labels printed in the middle of
// their spans: the partition (contiguous spans, the last one ending at the
// last row) whose span centres best match the labels' centres. The first
// span may start below the first row: in a fragment continued from the
// previous page, the rows above it belong to a label printed there.
func centredSpans(col []cellText, bands [][2]float64) []cellText {
	k, n := len(col), len(bands)
	if k > n {
		k = n
		col = col[:n]
	}
	inf := math.Inf(1)
	cost := func(i, s, e int) float64 {
		return math.Abs((bands[s][0]+bands[e][1])/2-(col[i].top+col[i].bot)/2) + 0.01*float64(e-s)
	}
	best := make([][]float64, k)
	from := make([][]int, k) // start row of label i's span when it ends at e
	for i := range best {
		best[i], from[i] = make([]float64, n), make([]int, n)
		for e := range best[i] {
			best[i][e] = inf
			for s := 0; s <= e; s++ {
				var prev float64
				switch {
				case i == 0:
					prev = 0.02 * float64(s) // prefer starting at the first row
				case s == 0:
					continue
				default:
					prev = best[i-1][s-1]
				}
				if c := prev + cost(i, s, e); c < best[i][e] {
					best[i][e], from[i][e] = c, s
				}
			}
		}
	}
	out := make([]cellText, k)
	e := n - 1
	for i := k - 1; i >= 0 && e >= 0; i-- {
		s := from[i][e]
		ct := col[i]
		ct.row, ct.span = s, e-s+1
		out[i] = ct
		e = s - 1
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

func sortCells(cs []*layout.Cell) []*layout.Cell {
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
func onlyFurniture(lines []layout.Line) bool {
	for _, l := range lines {
		if !layout.PageNumber.MatchString(strings.TrimSpace(l.Text())) {
			return false
		}
	}
	return true
}
