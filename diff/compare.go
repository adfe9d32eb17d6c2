package diff

import budgetpdf "github.com/budgetpdf/budgetpdf"

// Compare reports what changed from old to new (usually one unit's
// documents for two years). Changes are ordered: the department table,
// then matched projects in NEW's order, then added projects, then removed
// ones in OLD's order. BudgetChanges follow the budget tables in NEW's
// order, lines in NEW's order, then removed lines. A nil document
// compares as an empty one.
func Compare(old, new *budgetpdf.Document, opts Options) Report {
	opts = opts.withDefaults()
	if old == nil {
		old = &budgetpdf.Document{}
	}
	if new == nil {
		new = &budgetpdf.Document{}
	}
	r := Report{Schema: Schema, Old: refOf(old), New: refOf(new), Compared: compared(old, new), Changes: []Change{}}
	r.groups = align(old, new, opts)
	for i := range r.groups {
		r.Changes = append(r.Changes, r.groups[i].changes()...)
	}
	r.tables = alignTables(old, new)
	r.BudgetChanges = []LineChange{}
	for i := range r.tables {
		r.BudgetChanges = append(r.BudgetChanges, r.tables[i].changes()...)
	}
	return r
}

// align matches the department tables and the projects of two documents.
// A department table present on one side only is not compared: no kind
// of change describes it.
func align(old, new *budgetpdf.Document, opts Options) []group {
	var gs []group
	if old.Department != nil && new.Department != nil {
		o, n := asProject(old.Department), asProject(new.Department)
		g := compareProjects(o, n, 0, opts)
		g.department = true
		gs = append(gs, g)
	}
	oldTo := fill(len(old.Projects))
	newTo := fill(len(new.Projects))
	sims := map[int]float64{}
	for _, p := range match(projectEntries(old.Projects), projectEntries(new.Projects), opts) {
		oldTo[p.old], newTo[p.new], sims[p.new] = p.new, p.old, p.similarity
	}
	for j, i := range newTo {
		if i >= 0 {
			gs = append(gs, compareProjects(&old.Projects[i], &new.Projects[j], sims[j], opts))
		}
	}
	for j, i := range newTo {
		if i < 0 {
			gs = append(gs, lonely(nil, &new.Projects[j], ProjectAdded))
		}
	}
	for i, j := range oldTo {
		if j < 0 {
			gs = append(gs, lonely(&old.Projects[i], nil, ProjectRemoved))
		}
	}
	return gs
}

// asProject views a department table as a project without code or budget.
func asProject(d *budgetpdf.Department) *budgetpdf.Project {
	return &budgetpdf.Project{Goal: d.Goal, Indicators: d.Indicators}
}

func projectEntries(ps []budgetpdf.Project) []entry {
	es := make([]entry, len(ps))
	for i, p := range ps {
		es[i] = newEntry(p.Code, p.Name)
		if p.UnitName != "" { // the same project name under two units is two projects
			es[i].key = nameKey(p.UnitName) + "/" + es[i].key
		}
	}
	return es
}

// lonely is the group of an added or removed project: one change, and its
// indicators on one side.
func lonely(o, n *budgetpdf.Project, kind Kind) group {
	g := group{old: o, new: n}
	p := n
	if p == nil {
		p = o
	}
	g.head = []Change{{Kind: kind, Project: p.Name, ProjectUnit: p.UnitName}}
	for k := range p.Indicators {
		r := row{new: &p.Indicators[k]}
		if n == nil {
			r = row{old: &p.Indicators[k]}
		}
		g.rows = append(g.rows, r)
	}
	return g
}

// compareProjects lists the changes of a matched pair of projects; sim is
// their names' similarity when the names differ.
func compareProjects(o, n *budgetpdf.Project, sim float64, opts Options) group {
	g := group{old: o, new: n}
	base := Change{Project: n.Name, ProjectUnit: n.UnitName}
	if nameKey(o.Name) != nameKey(n.Name) {
		c := base
		c.Kind, c.From, c.To, c.Similarity = ProjectRenamed, o.Name, n.Name, round3(sim)
		g.head = append(g.head, c)
	}
	g.head = append(g.head, budgetChanges(o.Budget, n.Budget, base)...)
	g.head = append(g.head, planChange(o.Plan, n.Plan, base)...)
	g.head = append(g.head, goalChange(o.Goal, n.Goal, base)...)
	g.rows = alignIndicators(o.Indicators, n.Indicators, base, opts)
	return g
}
