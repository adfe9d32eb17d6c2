package diff

import "strings"

// htmlTable is one compared budget table with its changed lines.
type htmlTable struct {
	Title, Counts, Unit string
	OldPages, NewPages  string
	Rows                []htmlLine
}

// htmlLine is one budget-line change: the line, the column, both years.
type htmlLine struct {
	Class            string // added | removed | changed
	Code, Name, Side string
	Column, Old, New string
	Note             string
}

// budgetTablesHTML lays out the compared budget tables that changed, and
// names the ones that did not.
func budgetTablesHTML(gs []tableGroup) (changed []htmlTable, same []string) {
	for i := range gs {
		g := &gs[i]
		if !g.compared() {
			continue
		}
		cs := g.changes()
		if len(cs) == 0 {
			same = append(same, tableLabel(g))
			continue
		}
		h := htmlTable{Title: tableLabel(g), Counts: g.counts(), Unit: g.unit,
			OldPages: pagesLabel(g.old.Pages), NewPages: pagesLabel(g.new.Pages)}
		for _, c := range cs {
			h.Rows = append(h.Rows, htmlLineOf(c))
		}
		changed = append(changed, h)
	}
	return changed, same
}

func htmlLineOf(c LineChange) htmlLine {
	h := htmlLine{Class: "changed", Code: c.Code, Name: c.Name, Side: c.Side, Column: c.Column,
		Old: formatValue(c.From), New: formatValue(c.To)}
	switch c.Kind {
	case LineAdded:
		h.Class, h.Note = "added", "新增 added"
	case LineRemoved:
		h.Class, h.Note = "removed", "删除 removed"
	case LineRenamed:
		h.Column, h.Note = "名称 name", "renamed"
	default:
		if abs, pct, ok := delta(Change{From: c.From, To: c.To}); ok {
			h.Note = strings.Join(nonEmpty(abs, pct), ", ")
		}
	}
	return h
}
