package forms

import (
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/layout"
)

// headerBand is the rows of a grid that print an indicator table's header:
// one row, or two or three when a grouped header (其中： over 财政资金 /
// 其他资金, 绩效指标 over 一级指标 …) puts words under words.
type headerBand struct {
	top, bottom int
	cols        ColumnMap
}

// findHeaderBands looks for headers anywhere in the grid: title rows, a
// （2023年度） row or a blank row may sit above one inside the rules, and a
// grid may hold several tables one under the other. A merged header cell
// counts in every row it spans, so a band's last row maps every column.
func findHeaderBands(g *layout.Grid) []headerBand {
	var out []headerBand
	for r := 0; r < g.NumRows(); r++ {
		floor := 0
		if n := len(out); n > 0 {
			floor = out[n-1].bottom + 1
		}
		if len(out) > 0 && !headerWordsRow(g, r) {
			continue // a later table's header is words only; a body row is not
		}
		if band, ok := headerBandAt(g, r, floor); ok {
			out = append(out, band)
			r = band.bottom
		}
	}
	return out
}

// findHeaderBand is the first header band of the grid.
func findHeaderBand(g *layout.Grid) (headerBand, bool) {
	if bands := findHeaderBands(g); len(bands) > 0 {
		return bands[0], true
	}
	return headerBand{}, false
}

// headerBandAt reads the header band whose mapping row is r; its upper
// rows reach no higher than floor.
func headerBandAt(g *layout.Grid, r, floor int) (headerBand, bool) {
	texts := textsFrom(g, r, floor)
	if !mayNameIndicators(texts) {
		return headerBand{}, false
	}
	cm, ok := MapHeader(texts)
	if !ok {
		return headerBand{}, false
	}
	band := headerBand{top: r, bottom: r, cols: cm}
	for next := r + 1; next < g.NumRows() && next <= r+2 && headerWordsRow(g, next); next++ {
		if cm2, ok := MapHeader(rowTexts(g, next)); ok && cm2.weightier(band.cols) {
			band.cols = cm2
		}
		band.bottom = next
	}
	band.top = bandTop(g, r, floor)
	labelBySpan(g, &band)
	nameByContent(g, &band)
	targetByContent(g, &band)
	signByContent(g, &band)
	unitByContent(g, &band)
	levelByContent(g, &band)
	return band, indicatorEvidence(g, band)
}

// textsFrom is rowTexts of row r without the cells that start above floor
// (a merged label of the table above is no header of the one below).
func textsFrom(g *layout.Grid, r, floor int) []string {
	out := rowTexts(g, r)
	for c := range out {
		if cell := g.At(r, c); cell != nil && cell.Row < floor {
			out[c] = ""
		}
	}
	return out
}

// bandTop walks up from the row that mapped over rows whose cells are all
// header words too (the upper level of a grouped header), not above floor.
func bandTop(g *layout.Grid, r, floor int) int {
	for r > floor && headerWordsRow(g, r-1) {
		r--
	}
	return r
}

// indicatorEvidence: a header without a target column is an indicator
// table's only when its level cells read like the indicator framework's
// levels (产出指标, 数量指标 …: their head word is 指标). A catalogue with
// 一级 / 二级 / 三级 columns (政府购买服务目录: 01-公共服务) is none.
func indicatorEvidence(g *layout.Grid, band headerBand) bool {
	cm := band.cols
	if cm.Col(RoleTarget) >= 0 || cm.Col(RoleProject) >= 0 && cm.Col(RoleLevel1) < 0 {
		return true
	}
	levels, framework := 0, 0
	for _, ro := range []Role{RoleLevel1, RoleLevel2} {
		c := cm.Col(ro)
		if c < 0 {
			continue
		}
		for r := band.bottom + 1; r < g.NumRows(); r++ {
			cell := g.Anchor(r, c)
			if cell == nil || HeaderKey(cell.Text) == "" {
				continue
			}
			levels++
			if strings.HasSuffix(levelName(HeaderKey(cell.Text)), "指标") {
				framework++
			}
		}
	}
	return levels == 0 || 2*framework >= levels
}

// headerWordsRow: every cell that starts in row r is blank or a header
// word (it weighs for some role, or groups the columns below it: 其中),
// and at least one is a word.
func headerWordsRow(g *layout.Grid, r int) bool {
	words := 0
	for _, c := range g.RowCells(r) {
		k := HeaderKey(c.Text)
		switch {
		case k == "":
		case isGroupWord(k):
			words++
		case Numeric(c.Text) || utf8.RuneCountInString(k) > 16 || labelWithValue(k):
			return false
		default:
			if _, w := scoreHeader(c.Text).best(); w < 0.5 {
				return false
			}
			words++
		}
	}
	return words > 0
}

// labelWithValue: a block label, a colon, and its value in one cell
// (项目名称：城乡环境整治), not a header; 其中：财政资金 is one.
func labelWithValue(k string) bool {
	l, value := inlineLabel(k)
	if l == LabelNone {
		return false
	}
	_, w := scoreHeader(value).best()
	return w < 0.5
}

// isGroupWord recognises the upper cell of a grouped header.
func isGroupWord(k string) bool {
	switch k {
	case "其中：", "其中:", "其中":
		return true
	}
	return false
}

// weightier: m maps more columns to indicator roles than o.
func (m ColumnMap) weightier(o ColumnMap) bool {
	return m.mapped() > o.mapped()
}

func (m ColumnMap) mapped() int {
	n := 0
	for _, r := range m.Roles {
		if r != RoleNone {
			n++
		}
	}
	return n
}
