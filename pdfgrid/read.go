package pdfgrid

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// Reading is a document's pages as the PDF producer reads them.
type Reading struct {
	// Items is the reading flow of every page, in page order: text lines
	// and grids, top to bottom, page numbers and running lines cut.
	Items []layout.Item
	// Running holds, per page (in the order the pages were given), the
	// running headers and footers cut from it: lines repeated in the
	// margins of most pages.
	Running [][]layout.Line
}

// Read builds the reading flow of a document's pages. An unruled table
// continued over a page break is read with the columns of the page before.
func Read(pages []extract.Page) Reading {
	grids := make([][]*layout.Grid, len(pages))
	lines := make([][]layout.Line, len(pages))
	heights := make([]float64, len(pages))
	for i, p := range pages {
		grids[i], lines[i] = pageParts(p)
		heights[i] = p.Height
	}
	kept, running := cutFurniture(lines, heights)
	var st streamState
	var items []layout.Item
	for i, p := range pages {
		items = append(items, pageFlow(p, grids[i], kept[i], &st)...)
	}
	return Reading{Items: items, Running: running}
}

// RunningTitles are the running lines cut, as the first page printing
// each gives them (digits kept): a title printed on every page
// (广州市生态环境局2026年项目支出绩效目标表) still names the document.
func (r Reading) RunningTitles() []string {
	var out []string
	seen := map[string]bool{}
	for _, lines := range r.Running {
		for _, l := range lines {
			if k := furnitureKey(l); !seen[k] {
				seen[k] = true
				out = append(out, strings.TrimSpace(l.Text()))
			}
		}
	}
	return out
}
