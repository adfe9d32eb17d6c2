package forms

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/layout"
)

// Metamorphic tests of the meaning layer: a target table built as grids is
// read once, then transformed in ways that must not change what it means
// (a title above the header, synonyms, column order, scale, page breaks),
// and read again. The indicators must come out the same.

// mCell is one cell of a table sketch: text at (r, c) spanning rs × cs.
type mCell struct {
	text         string
	r, c, rs, cs int
}

// mTable is a table sketch: its cells, size and geometry (column widths,
// row heights), turned into a Grid by build.
type mTable struct {
	rows, cols int
	cells      []mCell
	colW       []float64
	rowH       []float64
	x0, y0     float64
}

// sketch reads rows of texts into a table: "<" continues the cell on its
// left, "^" the cell above (a merged cell).
func sketch(rows [][]string) mTable {
	t := mTable{rows: len(rows), cols: len(rows[0]), x0: 40, y0: 60}
	taken := make([][]bool, len(rows))
	for r := range taken {
		taken[r] = make([]bool, t.cols)
	}
	for r, row := range rows {
		if len(row) != t.cols {
			panic(fmt.Sprintf("sketch row %d has %d cells, want %d", r, len(row), t.cols))
		}
		for c, text := range row {
			if taken[r][c] {
				continue
			}
			if text == "<" || text == "^" {
				panic(fmt.Sprintf("sketch (%d,%d): %q continues no cell", r, c, text))
			}
			cs := 1
			for c+cs < t.cols && row[c+cs] == "<" {
				cs++
			}
			rs := 1
			for r+rs < len(rows) && rows[r+rs][c] == "^" {
				rs++
			}
			for i := r; i < r+rs; i++ {
				for k := c; k < c+cs; k++ {
					taken[i][k] = true
				}
			}
			t.cells = append(t.cells, mCell{text: text, r: r, c: c, rs: rs, cs: cs})
		}
	}
	for c := 0; c < t.cols; c++ {
		t.colW = append(t.colW, 50+float64(c%3)*10)
	}
	for r := 0; r < t.rows; r++ {
		t.rowH = append(t.rowH, 18)
	}
	return t
}

func (t mTable) colX() []float64 {
	xs := []float64{t.x0}
	for _, w := range t.colW {
		xs = append(xs, xs[len(xs)-1]+w)
	}
	return xs
}

func (t mTable) rowY() []float64 {
	ys := []float64{t.y0}
	for _, h := range t.rowH {
		ys = append(ys, ys[len(ys)-1]+h)
	}
	return ys
}

// build makes the ruled grid of a sketch on a page.
func (t mTable) build(page int) *layout.Grid {
	g := layout.NewGrid(page, t.rows, t.cols)
	g.Ruled = true
	xs, ys := t.colX(), t.rowY()
	g.ColX = xs
	g.X0, g.X1, g.Y0, g.Y1 = xs[0], xs[len(xs)-1], ys[0], ys[len(ys)-1]
	cells := append([]mCell(nil), t.cells...)
	// Grid.Cells are in row-major order of their top-left corner
	for i := 1; i < len(cells); i++ {
		for j := i; j > 0 && (cells[j].r < cells[j-1].r || cells[j].r == cells[j-1].r && cells[j].c < cells[j-1].c); j-- {
			cells[j], cells[j-1] = cells[j-1], cells[j]
		}
	}
	for _, c := range cells {
		g.Place(&layout.Cell{Text: c.text, Row: c.r, Col: c.c, RowSpan: c.rs, ColSpan: c.cs, Page: page, Lines: 1,
			X0: xs[c.c], X1: xs[c.c+c.cs], Y0: ys[c.r], Y1: ys[c.r+c.rs]})
	}
	return g
}

// rowsOf cuts rows [from, to) out of a sketch; a merged cell cut by the
// cut keeps its text in the piece that holds its first row, the other
// piece prints it blank (as a page break prints a merged cell).
func (t mTable) rowsOf(from, to int) mTable {
	out := mTable{rows: to - from, cols: t.cols, colW: t.colW, x0: t.x0, y0: t.y0}
	out.rowH = append(out.rowH, t.rowH[from:to]...)
	for _, c := range t.cells {
		top, bottom := max(c.r, from), min(c.r+c.rs, to)
		if top >= bottom {
			continue
		}
		text := c.text
		if top != c.r {
			text = ""
		}
		out.cells = append(out.cells, mCell{text: text, r: top - from, c: c.c, rs: bottom - top, cs: c.cs})
	}
	return out
}

// stack puts sketches one above the other (same columns).
func stack(parts ...mTable) mTable {
	out := mTable{cols: parts[0].cols, colW: parts[0].colW, x0: parts[0].x0, y0: parts[0].y0}
	for _, p := range parts {
		if p.cols != out.cols {
			panic("stack: column counts differ")
		}
		for _, c := range p.cells {
			c.r += out.rows
			out.cells = append(out.cells, c)
		}
		out.rows += p.rows
		out.rowH = append(out.rowH, p.rowH...)
	}
	return out
}

// titled adds a title row (one merged cell across the table) on top.
func (t mTable) titled(title string) mTable {
	row := make([]string, t.cols)
	row[0] = title
	for c := 1; c < t.cols; c++ {
		row[c] = "<"
	}
	return stack(sketch([][]string{row}).withGeometry(t), t)
}

// blankRow is a row of empty ruled cells.
func (t mTable) blankRow() mTable {
	return sketch([][]string{make([]string, t.cols)}).withGeometry(t)
}

func (t mTable) withGeometry(o mTable) mTable {
	t.colW, t.x0, t.y0 = o.colW, o.x0, o.y0
	return t
}

// renamed swaps header words for synonyms (whole cell texts only, in rows
// before body).
func (t mTable) renamed(body int, words map[string]string) mTable {
	out := t
	out.cells = nil
	for _, c := range t.cells {
		if w, ok := words[c.text]; ok && c.r < body {
			c.text = w
		}
		out.cells = append(out.cells, c)
	}
	return out
}

// permuted moves column c to perm[c] in rows from on; a cell of those rows
// that spans columns must move as a block (its columns keep their order).
func (t mTable) permuted(from int, perm []int) mTable {
	out := t
	out.cells = nil
	for _, c := range t.cells {
		if c.r >= from {
			for k := c.c; k < c.c+c.cs; k++ {
				if perm[k] != perm[c.c]+k-c.c {
					panic("permuted: a merged cell's columns are torn apart")
				}
			}
			c.c = perm[c.c]
		}
		out.cells = append(out.cells, c)
	}
	return out
}

// mergedLeft is a fragment of a table whose first n columns print no
// rules between them: one column of blank merged cells over the whole
// fragment, with boundaries that are a subset of the table's.
func (t mTable) mergedLeft(n int) mTable {
	out := mTable{rows: t.rows, cols: t.cols - n + 1, x0: t.x0, y0: t.y0, rowH: t.rowH}
	w := 0.0
	for _, x := range t.colW[:n] {
		w += x
	}
	out.colW = append([]float64{w}, t.colW[n:]...)
	out.cells = append(out.cells, mCell{r: 0, c: 0, rs: t.rows, cs: 1})
	for _, c := range t.cells {
		if c.c < n {
			if c.text != "" || c.c+c.cs > n {
				panic(fmt.Sprintf("mergedLeft: cell %+v prints in the merged columns", c))
			}
			continue
		}
		c.c -= n - 1
		out.cells = append(out.cells, c)
	}
	return out
}

// scaled multiplies a grid's coordinates by k and shifts them.
func scaled(g *layout.Grid, k, dx, dy float64) *layout.Grid {
	out := layout.NewGrid(g.Page, g.NumRows(), g.NumCols())
	out.Ruled, out.Title = g.Ruled, g.Title
	out.X0, out.X1, out.Y0, out.Y1 = g.X0*k+dx, g.X1*k+dx, g.Y0*k+dy, g.Y1*k+dy
	for _, x := range g.ColX {
		out.ColX = append(out.ColX, x*k+dx)
	}
	for _, c := range g.Cells {
		d := *c
		d.X0, d.X1, d.Y0, d.Y1 = c.X0*k+dx, c.X1*k+dx, c.Y0*k+dy, c.Y1*k+dy
		out.Place(&d)
	}
	return out
}

// mIndicator is what a test records of an indicator.
type mIndicator struct {
	project, level1, level2, name, target string
}

func (m mIndicator) String() string {
	return fmt.Sprintf("%s | %s / %s / %s = %s", m.project, m.level1, m.level2, m.name, m.target)
}

// mRead is what the form parser made of a sequence of grids.
type mRead struct {
	indicators []mIndicator
	projects   []string // name (total / fiscal / other) goal
	dropped    []string // row_dropped warnings
}

func readGrids(grids ...*layout.Grid) mRead {
	var fp Parser
	for _, g := range grids {
		fp.AddGrid(g)
	}
	projects, dept, _ := fp.Finish()
	var out mRead
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%.2f", *p)
	}
	for _, p := range projects {
		out.projects = append(out.projects, fmt.Sprintf("%s (%s/%s/%s) %s", p.Name, f(p.Budget.Total), f(p.Budget.Fiscal), f(p.Budget.Other), p.Goal))
		for _, i := range p.Indicators {
			out.indicators = append(out.indicators, mIndicator{p.Name, i.Level1, i.Level2, i.Name, i.Target})
		}
	}
	if dept != nil {
		for _, i := range dept.Indicators {
			out.indicators = append(out.indicators, mIndicator{"(department)", i.Level1, i.Level2, i.Name, i.Target})
		}
	}
	for _, w := range fp.Warnings {
		if w.Code == "row_dropped" {
			out.dropped = append(out.dropped, w.Message)
		}
	}
	return out
}

func (r mRead) String() string {
	var b strings.Builder
	for _, p := range r.projects {
		fmt.Fprintf(&b, "  project %s\n", p)
	}
	for _, i := range r.indicators {
		fmt.Fprintf(&b, "  %s\n", i)
	}
	for _, d := range r.dropped {
		fmt.Fprintf(&b, "  dropped: %s\n", d)
	}
	return b.String()
}

// sameRead fails the test when got differs from want.
func sameRead(t *testing.T, want, got mRead) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		t.Errorf("read differs from the base table's\n got:\n%s want:\n%s", got, want)
	}
}

// ---- the Hebei-style T1 form: a 项目名称 block over 一级/二级/三级 rows ----

const hebeiBody = 3 // the header row of hebeiForm

func hebeiForm() mTable {
	return sketch([][]string{
		{"项目名称", "城乡环境整治", "<", "项目编码", "130000P0001", "<"},
		{"预算数", "120.00", "其中：财政资金", "100.00", "其他资金", "20.00"},
		{"绩效目标", "完成30个村庄的环境整治。", "<", "<", "<", "<"},
		{"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"},
		{"产出指标", "数量指标", "整治村庄数", "≥", "30", "个"},
		{"^", "^", "清理垃圾量", "≥", "500", "吨"},
		{"^", "质量指标", "验收合格率", "=", "100", "%"},
		{"^", "时效指标", "完成时间", "≤", "12", "月"},
		{"效益指标", "社会效益指标", "人居环境改善", "定性", "明显改善", ""},
		{"满意度指标", "服务对象满意度指标", "村民满意度", "≥", "90", "%"},
		{"^", "^", "游客满意度", "≥", "85", "%"},
		{"^", "^", "商户满意度", "≥", "80", "%"},
	})
}

func hebeiWant() mRead {
	p := "城乡环境整治"
	return mRead{
		projects: []string{"城乡环境整治 (120.00/100.00/20.00) 完成30个村庄的环境整治。"},
		indicators: []mIndicator{
			{p, "产出指标", "数量指标", "整治村庄数", "≥30个"},
			{p, "产出指标", "数量指标", "清理垃圾量", "≥500吨"},
			{p, "产出指标", "质量指标", "验收合格率", "100%"},
			{p, "产出指标", "时效指标", "完成时间", "≤12月"},
			{p, "效益指标", "社会效益指标", "人居环境改善", "明显改善"},
			{p, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"},
			{p, "满意度指标", "服务对象满意度指标", "游客满意度", "≥85%"},
			{p, "满意度指标", "服务对象满意度指标", "商户满意度", "≥80%"},
		},
	}
}

// ---- the Beijing-style table of many projects, a block of rows each ----

const beijingBody = 2 // the first body row of beijingTable

func beijingTable() mTable {
	return sketch([][]string{
		{"项目名称", "项目总额", "其中：", "<", "绩效目标", "一级指标", "二级指标", "三级指标", "绩效指标性质", "本年绩效指标值", "绩效度量单位"},
		{"^", "^", "财政资金", "其他资金", "^", "^", "^", "^", "^", "^", "^"},
		{"老旧小区改造提升工程", "500.00", "450.00", "50.00", "完成5个小区改造。", "产出指标", "数量指标", "改造小区数", "≥", "5", "个"},
		{"^", "^", "^", "^", "^", "^", "质量指标", "工程验收合格率", "=", "100", "%"},
		{"^", "^", "^", "^", "^", "效益指标", "社会效益指标", "居住条件改善", "定性", "明显改善", ""},
		{"^", "^", "^", "^", "^", "满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%"},
		{"社区养老服务", "80.00", "80.00", "0.00", "为300名老人提供服务。", "产出指标", "数量指标", "服务老人数", "≥", "300", "人"},
		{"^", "^", "^", "^", "^", "^", "^", "助餐服务次数", "≥", "10000", "次"},
		{"^", "^", "^", "^", "^", "^", "时效指标", "服务及时率", "≥", "95", "%"},
		{"^", "^", "^", "^", "^", "效益指标", "社会效益指标", "老人生活质量提升", "定性", "有效提升", ""},
		{"^", "^", "^", "^", "^", "满意度指标", "服务对象满意度指标", "老人满意度", "≥", "92", "%"},
	})
}

func beijingWant() mRead {
	a, b := "老旧小区改造提升工程", "社区养老服务"
	return mRead{
		projects: []string{"老旧小区改造提升工程 (500.00/450.00/50.00) 完成5个小区改造。", "社区养老服务 (80.00/80.00/0.00) 为300名老人提供服务。"},
		indicators: []mIndicator{
			{a, "产出指标", "数量指标", "改造小区数", "≥5个"},
			{a, "产出指标", "质量指标", "工程验收合格率", "100%"},
			{a, "效益指标", "社会效益指标", "居住条件改善", "明显改善"},
			{a, "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"},
			{b, "产出指标", "数量指标", "服务老人数", "≥300人"},
			{b, "产出指标", "数量指标", "助餐服务次数", "≥10000次"},
			{b, "产出指标", "时效指标", "服务及时率", "≥95%"},
			{b, "效益指标", "社会效益指标", "老人生活质量提升", "有效提升"},
			{b, "满意度指标", "服务对象满意度指标", "老人满意度", "≥92%"},
		},
	}
}

// TestMetamorphicBase: the base tables read as written by hand; every
// metamorphic test compares against these reads.
func TestMetamorphicBase(t *testing.T) {
	t.Run("hebei", func(t *testing.T) { sameRead(t, hebeiWant(), readGrids(hebeiForm().build(3))) })
	t.Run("beijing", func(t *testing.T) { sameRead(t, beijingWant(), readGrids(beijingTable().build(5))) })
}

// TestMetamorphicTitleAndBlankRow: a title row (one merged cell across the
// grid) and a blank row inside the grid above the header change nothing.
func TestMetamorphicTitleAndBlankRow(t *testing.T) {
	h := hebeiForm()
	hebei := stack(h.rowsOf(0, hebeiBody), h.blankRow(), h.rowsOf(hebeiBody, h.rows)).titled("城乡环境整治项目绩效目标表")
	t.Run("hebei", func(t *testing.T) { sameRead(t, hebeiWant(), readGrids(hebei.build(3))) })
	hebeiYear := stack(h.rowsOf(0, hebeiBody), h.blankRow(), h.rowsOf(hebeiBody, h.rows)).titled("（2026年度）")
	t.Run("hebei year title", func(t *testing.T) { sameRead(t, hebeiWant(), readGrids(hebeiYear.build(3))) })
	b := beijingTable()
	for _, title := range []string{"2026年项目支出绩效目标表", "单位：万元"} {
		beijing := stack(b.blankRow(), b).titled(title)
		t.Run("beijing "+title, func(t *testing.T) { sameRead(t, beijingWant(), readGrids(beijing.build(5))) })
		twoBlank := stack(b.blankRow(), b.blankRow(), b).titled(title)
		t.Run("beijing two blank rows "+title, func(t *testing.T) { sameRead(t, beijingWant(), readGrids(twoBlank.build(5))) })
	}
}

// TestMetamorphicSynonyms: header wordings swapped for synonyms read the
// same.
func TestMetamorphicSynonyms(t *testing.T) {
	hebeiSets := []map[string]string{
		{"三级指标": "指标名称", "指标值": "年度指标值", "计量单位": "度量单位", "指标性质": "计算符号"},
		{"一级指标": "一级绩效指标", "二级指标": "二级绩效指标", "三级指标": "三级绩效指标", "指标值": "年度（项目）指标值", "指标性质": "指标值类型"},
		{"三级指标": "指标内容", "指标值": "本年绩效指标值", "计量单位": "绩效度量单位", "指标性质": "绩效指标性质"},
		{"指标值": "预期指标值", "指标性质": "符号"},
	}
	for i, words := range hebeiSets {
		t.Run(fmt.Sprintf("hebei %d", i), func(t *testing.T) {
			sameRead(t, hebeiWant(), readGrids(hebeiForm().renamed(hebeiBody+1, words).build(3)))
		})
	}
	beijingSets := []map[string]string{
		{"三级指标": "指标名称", "本年绩效指标值": "年度指标值", "绩效度量单位": "计量单位", "绩效指标性质": "指标性质"},
		{"项目名称": "单位（项目）名称", "项目总额": "年度资金总额(万元)", "本年绩效指标值": "年度(/项目)指标值", "绩效指标性质": "计算符号", "绩效目标": "年度绩效目标"},
		{"项目名称": "项目名称（资金使用单位）", "财政资金": "其中：财政资金", "其他资金": "其中：其他资金", "本年绩效指标值": "指标值", "绩效度量单位": "度量单位"},
	}
	for i, words := range beijingSets {
		t.Run(fmt.Sprintf("beijing %d", i), func(t *testing.T) {
			sameRead(t, beijingWant(), readGrids(beijingTable().renamed(beijingBody, words).build(5)))
		})
	}
}

// TestMetamorphicColumnOrder: the indicator columns reordered (header and
// body together) read the same.
func TestMetamorphicColumnOrder(t *testing.T) {
	hebeiPerms := [][]int{
		{0, 1, 2, 5, 3, 4}, // 指标值 计量单位 指标性质
		{0, 1, 5, 4, 3, 2}, // 三级指标 last
		{1, 2, 0, 3, 4, 5}, // 三级指标 first, before the levels
	}
	for _, perm := range hebeiPerms {
		t.Run(fmt.Sprintf("hebei %v", perm), func(t *testing.T) {
			sameRead(t, hebeiWant(), readGrids(hebeiForm().permuted(hebeiBody, perm).build(3)))
		})
	}
	id := []int{0, 1, 2, 3, 4}
	beijingPerms := [][]int{
		append(id[:5:5], 5, 6, 7, 10, 8, 9), // 性质 值 单位 → 值 单位 性质
		append(id[:5:5], 5, 6, 10, 7, 9, 8), // 三级 last, 单位 before 值
		append(id[:5:5], 10, 9, 8, 7, 6, 5), // all reversed
		{4, 0, 1, 2, 3, 5, 6, 7, 8, 9, 10},  // 项目名称 after the money and goal columns (其中 moves as a block)
	}
	for _, perm := range beijingPerms {
		t.Run(fmt.Sprintf("beijing %v", perm), func(t *testing.T) {
			sameRead(t, beijingWant(), readGrids(beijingTable().permuted(0, perm).build(5)))
		})
	}
}

// TestMetamorphicScale: geometry scaled by 1.5 and shifted reads the same,
// for one grid and for a table split over pages with a fragment whose
// merged columns print no rules (the fragment is matched by geometry).
func TestMetamorphicScale(t *testing.T) {
	t.Run("hebei", func(t *testing.T) {
		sameRead(t, hebeiWant(), readGrids(scaled(hebeiForm().build(3), 1.5, 17, -9)))
	})
	t.Run("beijing", func(t *testing.T) {
		sameRead(t, beijingWant(), readGrids(scaled(beijingTable().build(5), 1.5, 17, -9)))
	})
	b := beijingTable()
	split := beijingBody + 6 // inside 社区养老服务
	first, second := b.rowsOf(0, split).build(5), b.rowsOf(split, b.rows).mergedLeft(5).build(6)
	t.Run("beijing split, fragment with merged columns", func(t *testing.T) {
		sameRead(t, beijingWant(), readGrids(first, second))
	})
	t.Run("beijing split, fragment with merged columns, scaled", func(t *testing.T) {
		sameRead(t, beijingWant(), readGrids(scaled(first, 1.5, 17, -9), scaled(second, 1.5, 17, -9)))
	})
}

// TestMetamorphicPageBreak: the same rows split over two grids on
// consecutive pages, at different rows, with and without the header
// printed again on the second page, read the same; so does a second-page
// fragment whose left merged columns have no rules.
func TestMetamorphicPageBreak(t *testing.T) {
	h := hebeiForm()
	header := h.rowsOf(hebeiBody, hebeiBody+1)
	for split := hebeiBody + 2; split < h.rows; split++ {
		t.Run(fmt.Sprintf("hebei at row %d", split), func(t *testing.T) {
			sameRead(t, hebeiWant(), readGrids(h.rowsOf(0, split).build(3), h.rowsOf(split, h.rows).build(4)))
		})
		t.Run(fmt.Sprintf("hebei at row %d, header repeated", split), func(t *testing.T) {
			sameRead(t, hebeiWant(), readGrids(h.rowsOf(0, split).build(3), stack(header, h.rowsOf(split, h.rows)).build(4)))
		})
	}
	// the last rows of 满意度指标 / 服务对象满意度指标: the level columns
	// are one merged blank column on the second page
	for _, split := range []int{h.rows - 2, h.rows - 1} {
		t.Run(fmt.Sprintf("hebei at row %d, level columns without rules", split), func(t *testing.T) {
			frag := h.rowsOf(split, h.rows).mergedLeft(2)
			if got := frag.build(4).NumCols(); got != h.cols-1 {
				t.Fatalf("fragment has %d columns", got)
			}
			sameRead(t, hebeiWant(), readGrids(h.rowsOf(0, split).build(3), frag.build(4)))
		})
	}
	b := beijingTable()
	bheader := b.rowsOf(0, beijingBody)
	for split := beijingBody + 1; split < b.rows; split++ {
		t.Run(fmt.Sprintf("beijing at row %d", split), func(t *testing.T) {
			sameRead(t, beijingWant(), readGrids(b.rowsOf(0, split).build(5), b.rowsOf(split, b.rows).build(6)))
		})
		t.Run(fmt.Sprintf("beijing at row %d, header repeated", split), func(t *testing.T) {
			sameRead(t, beijingWant(), readGrids(b.rowsOf(0, split).build(5), stack(bheader, b.rowsOf(split, b.rows)).build(6)))
		})
	}
	// inside the last project: its five block columns print no rules on
	// page 2 (one blank merged column; the fragment has 7 columns, not 11)
	for split := beijingBody + 5; split < b.rows; split++ {
		t.Run(fmt.Sprintf("beijing at row %d, block columns without rules", split), func(t *testing.T) {
			frag := b.rowsOf(split, b.rows).mergedLeft(5).build(6)
			if frag.NumCols() != 7 {
				t.Fatalf("fragment has %d columns", frag.NumCols())
			}
			sameRead(t, beijingWant(), readGrids(b.rowsOf(0, split).build(5), frag))
		})
	}
	// a break through a project's block whose merged cells print their
	// text line by line: the name's and goal's first lines on page 1, the
	// rest and the one-line amounts on page 2, with or without the header
	// printed again
	for split := beijingBody + 1; split < b.rows; split++ {
		if split == beijingBody+4 {
			continue // a block starts here: no cell is cut
		}
		for _, repeated := range []bool{false, true} {
			t.Run(fmt.Sprintf("beijing at row %d, text cut line by line, header repeated %v", split, repeated), func(t *testing.T) {
				top, rest := b.rowsOf(0, split), b.rowsOf(split, b.rows)
				cutText(b, split, &top, &rest)
				if repeated {
					rest = stack(bheader, rest)
				}
				sameRead(t, beijingWant(), readGrids(top.build(5), rest.build(6)))
			})
		}
	}
	// the header printed again over the top of a cut cell, its texts
	// interleaved with the cell's (项目名称 → 老旧项小目区名改称造): the
	// columns are the first header's
	for split := beijingBody + 1; split < b.rows; split++ {
		t.Run(fmt.Sprintf("beijing at row %d, repeated header garbled", split), func(t *testing.T) {
			garbled := bheader.renamed(beijingBody, map[string]string{"项目名称": "老旧项小目区名改称造", "项目总额": "项目总额500.00"})
			sameRead(t, beijingWant(), readGrids(b.rowsOf(0, split).build(5), stack(garbled, b.rowsOf(split, b.rows)).build(6)))
		})
	}
	// two whole projects, the second at the top of page 2, each with its
	// amounts: no join
	t.Run("beijing, a project starting at the top of a page", func(t *testing.T) {
		sameRead(t, beijingWant(), readGrids(b.rowsOf(0, beijingBody+4).build(5), b.rowsOf(beijingBody+4, b.rows).build(6)))
	})
	// three pages: header only on the first, the break twice
	t.Run("beijing over three pages", func(t *testing.T) {
		sameRead(t, beijingWant(), readGrids(b.rowsOf(0, 4).build(5), b.rowsOf(4, 8).build(6), b.rowsOf(8, b.rows).build(7)))
	})
}

// cutText moves the text of the merged cells that the break at row split
// cuts (rows [0, split) in top, the rest in rest) the way a page break
// prints a cell's lines: a long text's first half stays in top, the rest
// goes to rest; an amount (one line, printed mid-cell) goes to rest
// whole; a short label stays whole in top, as rowsOf leaves it.
func cutText(t mTable, split int, top, rest *mTable) {
	for _, c := range t.cells {
		if c.r >= split || c.r+c.rs <= split {
			continue
		}
		runes := []rune(c.text)
		head, tail := c.text, ""
		switch {
		case Numeric(c.text):
			head, tail = "", c.text
		case len(runes) > 6:
			head, tail = string(runes[:len(runes)/2]), string(runes[len(runes)/2:])
		}
		setText(top, c.r, c.c, head)
		setText(rest, 0, c.c, tail)
	}
}

func setText(t *mTable, r, c int, text string) {
	for i := range t.cells {
		if t.cells[i].r == r && t.cells[i].c == c {
			t.cells[i].text = text
		}
	}
}

// TestUnitRows: a row of a many-project table without indicators whose
// total is the sum of the projects under it is their unit's row (广州
// 项目名称（资金使用单位）): they take its name as unit_name and the row is
// no dropped project. A row whose total is not that sum stays a warned,
// dropped row, and names no unit.
func TestUnitRows(t *testing.T) {
	b := beijingTable()
	for _, tt := range []struct {
		total string
		unit  bool
	}{{"580.00", true}, {"600.00", false}} {
		t.Run(tt.total, func(t *testing.T) {
			rows := [][]string{
				{"项目名称（资金使用单位）", "项目总额", "其中：", "<", "绩效目标", "一级指标", "二级指标", "三级指标", "绩效指标性质", "本年绩效指标值", "绩效度量单位"},
				{"^", "^", "财政资金", "其他资金", "^", "^", "^", "^", "^", "^", "^"},
				{"某市生态环境局某分局", tt.total, "530.00", "50.00", "", "", "", "", "", "", ""},
			}
			body := b.rowsOf(beijingBody, b.rows)
			g := stack(sketch(rows), body).build(5)
			var fp Parser
			fp.AddGrid(g)
			projects, _, _ := fp.Finish()
			var units []string
			for _, p := range projects {
				units = append(units, p.UnitName)
			}
			dropped := 0
			for _, w := range fp.Warnings {
				if strings.Contains(w.Message, "某市生态环境局某分局") {
					dropped++
				}
			}
			want := []string{"", ""}
			if tt.unit {
				want = []string{"某市生态环境局某分局", "某市生态环境局某分局"}
			}
			if !reflect.DeepEqual(units, want) || (dropped == 0) == !tt.unit {
				t.Errorf("units %q, warnings naming the row %d; want %q and a warning %v", units, dropped, want, !tt.unit)
			}
		})
	}
}
