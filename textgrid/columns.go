package textgrid

import (
	"math"
	"sort"
)

// Columns of -layout text by position. pdftotext -layout prints every
// character on a grid of character cells, so a column's cells start at the
// same character offset on every line of a page (left-aligned cells), or
// sit around the same centre (centred ones). The header row gives each
// column's label centred over the column: column i starts somewhere between
// the end of label i-1 and the start of label i, at the first place a body
// piece starts there.

// layoutHeader is the header row's pieces, one per column in printed
// order, or nil when the positions cannot be used (a column printed apart).
func layoutHeader(run []piece, ncols int) []piece {
	if len(run) != ncols || ncols < 3 {
		return nil
	}
	hdr := append([]piece(nil), run...)
	sort.SliceStable(hdr, func(a, b int) bool { return hdr[a].rcol < hdr[b].rcol })
	for i := 1; i < len(hdr); i++ {
		if hdr[i].rcol < hdr[i-1].rend {
			return nil // labels overlap: not one printed row
		}
	}
	return hdr
}

// columnEdges gives the first character offset of every column (a huge
// one for a column with nothing printed). The body's pieces cover bands of
// offsets with gaps between them: cells of one column, left-aligned or
// centred, overlap, and columns are set apart by white space. The bands
// are matched in order to the labels, nearest centre first; a label's own
// position drifts (a bold header font is wider), its order does not.
//
// The edges hold only when every content column (all but level-1 and
// label columns) has a band: else ok is false (cells of two columns touch,
// as centred cells of uneven widths do).
func columnEdges(hdr []piece, body []piece, content []bool) (edges []int, ok bool) {
	bands := coverBands(body)
	owner := alignBands(bands, bandLines(bands, body), hdr)
	got := make([]int, len(hdr))
	for _, c := range owner {
		got[c]++
	}
	for c, n := range got {
		if n == 0 && content[c] {
			return nil, false
		}
	}
	edges = make([]int, len(hdr))
	for c := range edges {
		edges[c] = math.MaxInt / 2
	}
	edges[0] = 0
	for j, b := range bands {
		if c := owner[j]; c > 0 && edges[c] > b[0] {
			edges[c] = b[0]
		}
	}
	return edges, true
}

// coverBands: the runs of offsets some body piece covers, left to right.
// An autospace gap inside a cell counts as covered.
func coverBands(body []piece) [][2]int {
	width := 0
	for _, p := range body {
		width = max(width, p.rend)
	}
	cov := make([]bool, width+1)
	for i, p := range body {
		if isHeaderWord(p.text) || crowdedAt(body, i) {
			continue
		}
		from := p.rcol
		if i > 0 && body[i-1].line == p.line && p.gap == gapSoft {
			from = body[i-1].rend // "2700 户": one cell across an autospace
		}
		for x := max(from, 0); x < p.rend; x++ {
			cov[x] = true
		}
	}
	var bands [][2]int
	for x := 0; x < len(cov); x++ {
		if !cov[x] {
			continue
		}
		y := x
		for y < len(cov) && cov[y] {
			y++
		}
		bands = append(bands, [2]int{x, y})
		x = y
	}
	return bands
}

// alignBands gives every band a column: non-decreasing left to right,
// each band near its column's label centre; two bands share a column at a
// price that grows with the gap between them (short centred cells of
// different widths leave a narrow hole; columns are set wider apart), and
// never when both have text on one line.
func alignBands(bands [][2]int, lines []map[int]bool, hdr []piece) []int {
	m, k := len(bands), len(hdr)
	if m == 0 || k == 0 {
		return nil
	}
	cost := func(j, c int) float64 {
		return math.Abs(float64(bands[j][0]+bands[j][1])/2 - float64(hdr[c].rcol+hdr[c].rend)/2)
	}
	// best[j][c]: band j in column c, bands before it aligned.
	best := make([][]float64, m)
	from := make([][]int, m)
	for j := range best {
		best[j] = make([]float64, k)
		from[j] = make([]int, k)
		for c := range k {
			best[j][c] = math.Inf(1)
			if j == 0 {
				best[j][c] = cost(0, c)
				continue
			}
			for pc := 0; pc <= c; pc++ {
				s := best[j-1][pc] + cost(j, c)
				if pc == c {
					s += 4 * float64(bands[j][0]-bands[j-1][1])
					if meet(lines[j-1], lines[j]) {
						s += 8 // on one line: likely two cells
					}
				}
				if s < best[j][c] {
					best[j][c], from[j][c] = s, pc
				}
			}
		}
	}
	owner := make([]int, m)
	c := 0
	for x := range k {
		if best[m-1][x] < best[m-1][c] {
			c = x
		}
	}
	for j := m - 1; j >= 0; j-- {
		owner[j] = c
		c = from[j][c]
	}
	return owner
}

// columnAt is the column a piece starting at offset x belongs to: the last
// whose edge it reaches (one character of drift allowed).
func columnAt(edges []int, x int) int {
	c := 0
	for i := 1; i < len(edges); i++ {
		if x+1 >= edges[i] {
			c = i
		}
	}
	return c
}

// pieceColumns gives every body piece its header column by position, or
// -1 on a page without a header row: pdftotext -layout sets each page's
// character grid apart, so positions hold only on the header's page. A
// header row printed again (a new page) starts a new set of edges.
func pieceColumns(body []piece, hdr []piece, content []bool) []int {
	cols := make([]int, len(body))
	segStart, cur := 0, hdr
	flush := func(end int) {
		var same []piece
		for _, p := range body[segStart:end] {
			if p.page == cur[0].page {
				same = append(same, p)
			}
		}
		edges, ok := columnEdges(cur, same, content)
		for k := segStart; k < end; k++ {
			cols[k] = -1
			if !ok || body[k].page != cur[0].page {
				continue
			}
			cols[k] = columnAt(edges, body[k].rcol)
			switch {
			case k == segStart || cols[k-1] < 0:
			case softContinues(body[k-1], body[k], edges[cols[k]]):
				cols[k] = cols[k-1] // "2700 户": a unit after an autospace
			case crowded(body[k-1], body[k]) && cols[k] <= cols[k-1]:
				cols[k] = min(cols[k-1]+1, len(edges)-1)
			}
		}
	}
	for i := 0; i < len(body); {
		j := i
		for j < len(body) && isHeaderWord(body[j].text) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if again := layoutHeader(body[i:j], len(hdr)); again != nil {
			flush(i)
			segStart, cur = j, again
		}
		i = j
	}
	flush(len(body))
	return cols
}

// byPosition orders header pieces left to right.
func byPosition(run []piece) []piece {
	out := append([]piece(nil), run...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].rcol < out[b].rcol })
	return out
}

// softContinues: piece b follows a on the same line after an autospace
// gap and does not start exactly where a column starts: it is a's cell
// running on.
func softContinues(a, b piece, edge int) bool {
	return a.line == b.line && b.gap == gapSoft && b.rcol != edge
}

// crowded: b follows a on its line after a single space between cells.
// pdftotext -layout keeps one space after a cell that overran its column,
// pushing the next cell left or right of where its column starts: its
// position says nothing, its order does (it is in a later column).
func crowded(a, b piece) bool {
	return a.line == b.line && b.gap == gapHard && b.rcol-a.rend <= 1
}

// crowdedAt: piece i is crowded, or runs on across an autospace from one
// that is.
func crowdedAt(body []piece, i int) bool {
	for ; i > 0 && body[i-1].line == body[i].line; i-- {
		switch {
		case crowded(body[i-1], body[i]):
			return true
		case body[i].gap != gapSoft:
			return false
		}
	}
	return false
}

// bandLines: the printed lines each band has text on.
func bandLines(bands [][2]int, body []piece) []map[int]bool {
	out := make([]map[int]bool, len(bands))
	for j, b := range bands {
		out[j] = map[int]bool{}
		for _, p := range body {
			if p.rcol < b[1] && p.rend > b[0] && !isHeaderWord(p.text) {
				out[j][p.line] = true
			}
		}
	}
	return out
}

func meet(a, b map[int]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}
