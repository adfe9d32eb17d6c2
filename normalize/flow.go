package normalize

import (
	"sort"

	"github.com/budgetpdf/budgetpdf/extract"
)

// Item is one element of the reading flow: a text line or a table.
type Item struct {
	Line *Line
	Grid *Grid
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

// pageFlow turns one page into lines and tables in reading order (top to
// bottom). Tables come from ruling lines first; text outside them that is
// aligned in columns becomes an unruled table.
func pageFlow(p extract.Page, st *streamState) []Item {
	grids, rest := latticeTables(p)
	lines := buildLines(rest, p.Number)
	more, lines := unruledTables(lines, p, st)
	grids = append(grids, more...)
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
func Layout(p extract.Page) []Item { return pageFlow(p, &streamState{}) }
