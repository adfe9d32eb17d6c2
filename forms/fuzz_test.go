package forms

import (
	"sort"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// fuzzGrids reads grids from text: grids split at form feeds, rows at
// newlines, cells at "|"; "<" continues the cell on the left and "^" the
// one above, like the metamorphic tests' sketches, but never refuses. A
// part that starts with "~" is a flow grid (a text producer's header
// block: pieces, no columns).
func fuzzGrids(s string) []*layout.Grid {
	var out []*layout.Grid
	for page, part := range strings.Split(s, "\f") {
		flow := strings.HasPrefix(part, "~")
		part = strings.TrimPrefix(part, "~")
		lines := strings.Split(part, "\n")
		if len(lines) > 40 {
			lines = lines[:40]
		}
		cols := 0
		rows := make([][]string, len(lines))
		for r, l := range lines {
			rows[r] = strings.Split(l, "|")
			if len(rows[r]) > 16 {
				rows[r] = rows[r][:16]
			}
			cols = max(cols, len(rows[r]))
		}
		for r := range rows {
			for len(rows[r]) < cols {
				rows[r] = append(rows[r], "")
			}
		}
		g := fuzzGrid(page+1, rows, cols)
		g.Flow = flow
		out = append(out, g)
	}
	return out
}

func fuzzGrid(page int, rows [][]string, cols int) *layout.Grid {
	g := layout.NewGrid(page, len(rows), cols)
	g.Ruled = true
	for c := 0; c <= cols; c++ {
		g.ColX = append(g.ColX, 40+float64(c)*(50+float64(page%3)))
	}
	for r, row := range rows {
		for c, text := range row {
			if g.At(r, c) != nil {
				continue
			}
			if text == "<" || text == "^" {
				text = ""
			}
			cs, rs := 1, 1
			for c+cs < cols && row[c+cs] == "<" && g.At(r, c+cs) == nil {
				cs++
			}
			for r+rs < len(rows) && rows[r+rs][c] == "^" && g.At(r+rs, c) == nil {
				rs++
			}
			g.Place(&layout.Cell{Text: text, Row: r, Col: c, RowSpan: rs, ColSpan: cs, Page: page, Lines: 1,
				X0: g.ColX[c], X1: g.ColX[c+cs], Y0: float64(60 + 18*r), Y1: float64(60 + 18*(r+rs))})
		}
	}
	return g
}

// FuzzParser feeds arbitrary grids to the meaning layer: it never panics,
// every indicator is on a page some grid is on, and every project's pages
// are sorted and unique.
func FuzzParser(f *testing.F) {
	f.Add("项目名称|经费\n一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|次数|4次\n^|^|满意度|≥90%")
	f.Add("项目名称|项目总额|其中：|<|一级指标|三级指标|绩效指标性质|本年绩效指标值|绩效度量单位\n^|^|财政资金|其他资金|^|^|^|^|^\n甲项目|10|10||产出指标|次数|≥|4|次\n^|^|^|^|^|人数|=|5|人")
	f.Add("绩效指标|指标名称|指标性质|指标值|计量单位\n^|外贸总值|≥|8000|亿元\f^|零售额|≥|5|%")
	f.Add("项目名称|绩效指标\n乙项目|1、1-产出指标；11-数量指标；次数；年度指标值：4次。2、2-效益指标；21-社会效益；满意度；指标值：≥90%")
	f.Add("一级|二级|三级|预算金额\n01-公共服务|0112-农业|森林管理|80.00")
	f.Add("单位名称|项目名称|金额|绩效目标\n某局|法治建设|69.00|推进法治建设，\f||打造营商环境。\n某局|法律援助|31.00|完成援助案件。")
	f.Add("项目名称|项目总额|绩效目标|一级指标|三级指标|本年绩效指标值\n甲项目前半|||完成|产出指标|次数|4次\f后半|10|任务。|产出指标|人数|5人")
	f.Add("~项目编码|13022523P00QK8310006H|项目名称|代表调研协调经费\n预算数|15.00\n其中：财政资金|15.00|其他资金\n3月底|6月底\n2.00|6.00\n绩效目标|1.目标内容1\f一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|次数|4次")
	f.Add("~单位：万元\n61053024P000MB4740734\n预算数\n82.00\n项目名称\n水污染防治\n其中：财政资金\n41.00\n其他资金\n41.00\n绩效目标\n通过实施。")
	f.Fuzz(func(t *testing.T, s string) {
		grids := fuzzGrids(s)
		pages := map[int]bool{}
		var fp Parser
		for _, g := range grids {
			pages[g.Page] = true
			fp.AddGrid(g)
		}
		projects, dept, _ := fp.Finish()
		check := func(inds []budgetpdf.Indicator) {
			for _, ind := range inds {
				if !pages[ind.Page] {
					t.Fatalf("indicator %q on page %d, no grid there", ind.Name, ind.Page)
				}
			}
		}
		for _, p := range projects {
			check(p.Indicators)
			if !sort.IntsAreSorted(p.Pages) {
				t.Fatalf("pages %v not sorted", p.Pages)
			}
			for i := 1; i < len(p.Pages); i++ {
				if p.Pages[i] == p.Pages[i-1] {
					t.Fatalf("pages %v not unique", p.Pages)
				}
			}
		}
		if dept != nil {
			check(dept.Indicators)
		}
	})
}
