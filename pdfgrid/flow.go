package pdfgrid

import (
	"sort"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// pageParts splits a page into the tables drawn with rules and the text
// lines outside them.
func pageParts(p extract.Page) ([]*layout.Grid, []layout.Line) {
	grids, rest := latticeTables(p)
	return grids, buildLines(rest, p.Number)
}

// pageFlow finishes a page: text outside the ruled tables that is aligned
// in columns becomes an unruled table; everything is put in reading order
// (top to bottom).
func pageFlow(p extract.Page, grids []*layout.Grid, lines []layout.Line, st *streamState) []layout.Item {
	forms, lines := unruledTables(lines, p, st)
	grids = append(grids, forms...)
	aligned, lines := alignedTables(lines, p.Number)
	grids = append(grids, aligned...)
	items := make([]layout.Item, 0, len(lines)+len(grids))
	for i := range lines {
		items = append(items, layout.Item{Line: &lines[i]})
	}
	for _, g := range grids {
		items = append(items, layout.Item{Grid: g})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Top() < items[j].Top() })
	return items
}

// Layout is one page's reading flow as the geometry gave it, for users who
// want to see why a table came out as it did.
func Layout(p extract.Page) []layout.Item {
	grids, lines := pageParts(p)
	return pageFlow(p, grids, lines, &streamState{})
}
