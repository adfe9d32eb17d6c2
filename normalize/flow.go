package normalize

import (
	"sort"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/layout"
)

// Item is one element of the reading flow: a text line or a table.
type Item struct {
	Line *Line
	Grid *layout.Grid
}

func (it Item) top() float64 {
	if it.Grid != nil {
		return it.Grid.Y0
	}
	return it.Line.Top()
}

func (it Item) page() int {
	if it.Grid != nil {
		return it.Grid.Page
	}
	return it.Line.Page
}

// pageParts splits a page into the tables drawn with rules and the text
// lines outside them.
func pageParts(p extract.Page) ([]*layout.Grid, []Line) {
	grids, rest := latticeTables(p)
	return grids, buildLines(rest, p.Number)
}

// pageFlow finishes a page: text outside the ruled tables that is aligned
// in columns becomes an unruled table; everything is put in reading order
// (top to bottom).
func pageFlow(p extract.Page, grids []*layout.Grid, lines []Line, st *streamState) []Item {
	forms, lines := unruledTables(lines, p, st)
	grids = append(grids, forms...)
	aligned, lines := alignedTables(lines, p.Number)
	grids = append(grids, aligned...)
	items := make([]Item, 0, len(lines)+len(grids))
	for i := range lines {
		items = append(items, Item{Line: &lines[i]})
	}
	for _, g := range grids {
		items = append(items, Item{Grid: g})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].top() < items[j].top() })
	return items
}

// Layout is one page's reading flow as the geometry gave it, for users who
// want to see why a table came out as it did.
func Layout(p extract.Page) []Item {
	grids, lines := pageParts(p)
	return pageFlow(p, grids, lines, &streamState{})
}
