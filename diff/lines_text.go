package diff

import (
	"fmt"
	"strings"
)

// budgetLine is the comparison's budget tables in one line, for people.
func (c Compared) budgetLine() string {
	return fmt.Sprintf("budget tables %d → %d, lines %d → %d",
		c.Old.BudgetTables, c.New.BudgetTables, c.Old.BudgetLines, c.New.BudgetLines)
}

// lineLabel names a budget line: its code and name, and its side in a
// two-sided table.
func lineLabel(c LineChange) string {
	s := strings.TrimSpace(c.Code + " " + c.Name)
	if s == "" {
		s = "(unnamed line)"
	}
	if c.Side != "" {
		s += " [" + c.Side + "]"
	}
	return s
}

// describeLine is a one-line account of a budget-line change, without
// its line.
func describeLine(c LineChange) string {
	switch c.Kind {
	case LineRenamed:
		return fmt.Sprintf("renamed from %s", formatValue(c.From))
	case LineAdded, LineRemoved:
		s := strings.TrimPrefix(string(c.Kind), "line_")
		v := c.To
		if c.Kind == LineRemoved {
			v = c.From
		}
		if c.Column != "" {
			s += fmt.Sprintf(" (%s %s)", c.Column, strings.TrimSpace(formatValue(v)+" "+c.MoneyUnit))
		}
		return s
	}
	s := fmt.Sprintf("%s: %s → %s", c.Column, orBlank(formatValue(c.From)), orBlank(formatValue(c.To)))
	if abs, pct, ok := delta(Change{From: c.From, To: c.To}); ok {
		s += " (" + strings.Join(nonEmpty(abs, pct), ", ") + ")"
	}
	return s
}

// tableLabel names a budget table: its kind and caption.
func tableLabel(g *tableGroup) string {
	t := g.table()
	return strings.TrimSpace(t.Kind + " " + squeezeSpace(t.Title))
}

// counts says how a compared table's lines fared.
func (g *tableGroup) counts() string {
	var changed, added, removed int
	for _, l := range g.lines {
		switch {
		case l.old == nil:
			added++
		case l.new == nil:
			removed++
		case len(l.changes) > 0:
			changed++
		}
	}
	return fmt.Sprintf("%d lines changed, %d added, %d removed, %d unchanged", changed, added, removed, g.unchanged())
}

// pagesLabel is a table's pages, "p15–16".
func pagesLabel(pages []int) string {
	switch len(pages) {
	case 0:
		return "p?"
	case 1:
		return fmt.Sprintf("p%d", pages[0])
	}
	return fmt.Sprintf("p%d–%d", pages[0], pages[len(pages)-1])
}

// budgetSection prints the budget-line changes, table by table: the
// changed tables with their changes, then the unchanged ones in one line.
func budgetSection(tw *errWriter, r Report) {
	if !r.Compared.BudgetTables && len(r.BudgetChanges) == 0 {
		return
	}
	tw.printf("\nBudget lines: %d changes\n", len(r.BudgetChanges))
	if r.tables == nil {
		for _, c := range r.BudgetChanges {
			tw.printf("  %s %s: %s\n", c.Table, lineLabel(c), describeLine(c))
		}
		return
	}
	var same []string
	compared := 0
	for i := range r.tables {
		g := &r.tables[i]
		if !g.compared() {
			continue
		}
		compared++
		cs := g.changes()
		if len(cs) == 0 {
			same = append(same, g.table().Kind)
			continue
		}
		tw.printf("\n  %s (%s; %s → %s): %s\n", tableLabel(g), g.unit, pagesLabel(g.old.Pages), pagesLabel(g.new.Pages), g.counts())
		for _, c := range cs {
			tw.printf("    %s: %s\n", lineLabel(c), describeLine(c))
		}
	}
	if len(same) > 0 {
		tw.printf("\n  unchanged tables: %s\n", strings.Join(same, ", "))
	}
}
