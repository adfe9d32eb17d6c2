package diff

import (
	"math"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// A group is one project, or the department table, aligned across the two
// documents, with its changes. old or new is nil for a removed or added
// project.
type group struct {
	department bool
	old, new   *budgetpdf.Project
	head       []Change // project-level changes
	rows       []row    // indicators, side by side
}

// A row is one indicator aligned across the two documents; old or new is
// nil for an added or removed indicator.
type row struct {
	old, new *budgetpdf.Indicator
	changes  []Change
}

// changes lists the group's changes: project-level first, then by row.
func (g *group) changes() []Change {
	out := append([]Change(nil), g.head...)
	for _, r := range g.rows {
		out = append(out, r.changes...)
	}
	return out
}

// shown is the project as the report names it: NEW's, or OLD's when it was
// removed; nil for the department table, which has no name.
func (g *group) shown() *budgetpdf.Project {
	switch {
	case g.department:
		return nil
	case g.new != nil:
		return g.new
	}
	return g.old
}

// name is the project's name ("" for the department table).
func (g *group) name() string {
	if p := g.shown(); p != nil {
		return p.Name
	}
	return ""
}

// unit is the project's unit ("" for the department table or none printed).
func (g *group) unit() string {
	if p := g.shown(); p != nil {
		return p.UnitName
	}
	return ""
}

// status is how the group shows in a report.
func (g *group) status() string {
	switch {
	case g.old == nil:
		return "added"
	case g.new == nil:
		return "removed"
	case len(g.changes()) > 0:
		return "changed"
	}
	return "unchanged"
}

// round3 rounds a similarity for the report.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
