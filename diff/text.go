package diff

import (
	"fmt"
	"io"

	"github.com/budgetpdf/budgetpdf/internal/termsafe"
)

// WriteText writes r for a terminal: a header, counts, then the changes
// grouped by project — changed projects first, then added, then removed —
// then the budget-line changes table by table.
// Control characters in the documents' text (ESC, BEL, …) are escaped.
func WriteText(w io.Writer, r Report) error {
	tw := &errWriter{w: w}
	tw.printf("%s → %s\n", refLabel(r.Old), refLabel(r.New))
	if r.Compared.filled() {
		tw.printf("compared: %s\n", r.Compared.countsLine())
		tw.printf("budget totals (收支总表): %s\n", r.Compared.totalsLine())
		tw.printf("typed: %s\n", r.Compared.budgetLine())
		for _, n := range r.Compared.Notes {
			tw.printf("note: %s\n", n)
		}
	}
	changed, added, removed := splitByProject(r.Changes)
	unchanged := ""
	if r.groups != nil {
		n := 0
		for i := range r.groups {
			if r.groups[i].status() == "unchanged" {
				n++
			}
		}
		unchanged = fmt.Sprintf(", %d unchanged", n)
	}
	if r.NothingCompared() {
		tw.printf("0 changes, and nothing compared: neither document prints a target table, nor do both print a budget table of one kind\n")
		return tw.err
	}
	tw.printf("%d changes: %d projects changed%s, %d added, %d removed\n",
		len(r.Changes), len(changed), unchanged, len(added), len(removed))
	section(tw, "Changed", changed, "")
	section(tw, "Added", added, r.Compared.onlyNote(true))
	section(tw, "Removed", removed, r.Compared.onlyNote(false))
	budgetSection(tw, r)
	return tw.err
}

// projectChanges is one project's changes, in report order.
type projectChanges struct {
	project, unit string
	changes       []Change
}

// splitByProject groups changes by project and sorts the groups into
// changed, added and removed projects.
func splitByProject(cs []Change) (changed, added, removed []projectChanges) {
	var groups []projectChanges
	at := map[[2]string]int{}
	for _, c := range cs {
		key := [2]string{c.ProjectUnit, c.Project}
		k, ok := at[key]
		if !ok {
			k = len(groups)
			at[key] = k
			groups = append(groups, projectChanges{project: c.Project, unit: c.ProjectUnit})
		}
		groups[k].changes = append(groups[k].changes, c)
	}
	for _, g := range groups {
		switch g.changes[0].Kind {
		case ProjectAdded:
			added = append(added, g)
		case ProjectRemoved:
			removed = append(removed, g)
		default:
			changed = append(changed, g)
		}
	}
	return changed, added, removed
}

// section prints one heading and its projects' changes.
func section(tw *errWriter, title string, gs []projectChanges, note string) {
	if len(gs) == 0 {
		return
	}
	tw.printf("\n%s (%d)%s\n", title, len(gs), note)
	for _, g := range gs {
		if title != "Changed" {
			tw.printf("  %s\n", unitProjectLabel(g.project, g.unit))
			continue
		}
		tw.printf("  %s (%d)\n", unitProjectLabel(g.project, g.unit), len(g.changes))
		for _, c := range g.changes {
			tw.printf("    %s\n", describe(c))
		}
	}
}

func refLabel(r Ref) string {
	s := fmt.Sprintf("%s %d", r.Unit, r.Year)
	if r.Kind != "" {
		s += " " + r.Kind
	}
	if r.File != "" {
		s += " (" + r.File + ")"
	}
	return s
}

// errWriter keeps the first write error so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, termsafe.Text(fmt.Sprintf(format, args...)))
	}
}
