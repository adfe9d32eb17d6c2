package diff

import budgetpdf "github.com/budgetpdf/budgetpdf"

// htmlGroupOf lays out one project for the HTML page.
func htmlGroupOf(g *group) htmlGroup {
	h := htmlGroup{Title: unitProjectLabel(g.name(), g.unit()), Status: g.status()}
	hot := map[string]bool{}
	for _, c := range g.head {
		hot[string(c.Kind)+"/"+c.Field] = true
		if c.Kind != ProjectAdded && c.Kind != ProjectRemoved {
			h.Notes = append(h.Notes, describe(c))
		}
	}
	h.Fields = projectFields(g, hot)
	for _, r := range g.rows {
		h.Rows = append(h.Rows, htmlRowOf(r))
	}
	return h
}

// projectFields lists the project-level fields of both years.
func projectFields(g *group, hot map[string]bool) []htmlField {
	o, n := g.old, g.new
	if o == nil {
		o = &budgetpdf.Project{}
	}
	if n == nil {
		n = &budgetpdf.Project{}
	}
	var fs []htmlField
	if !g.department {
		fs = append(fs,
			htmlField{"项目编码 code", o.Code, n.Code, false},
			htmlField{"项目名称 name", o.Name, n.Name, hot["project_renamed/"]},
			htmlField{"预算数 total", amount(o.Budget.Total), amount(n.Budget.Total), hot["budget_changed/total"]},
			htmlField{"财政资金 fiscal", amount(o.Budget.Fiscal), amount(n.Budget.Fiscal), hot["budget_changed/fiscal"]},
			htmlField{"其他资金 other", amount(o.Budget.Other), amount(n.Budget.Other), hot["budget_changed/other"]},
			htmlField{"资金支出计划 plan", formatValue(o.Plan), formatValue(n.Plan), hot["plan_changed/plan"]},
		)
	}
	return append(fs, htmlField{"绩效目标 goal", o.Goal, n.Goal, hot["goal_changed/goal"]})
}

func amount(p *float64) string { return formatValue(number(p)) }

// htmlRowOf lays out one indicator row, marking the cells that changed.
func htmlRowOf(r row) htmlRow {
	h := htmlRow{}
	if r.old != nil {
		h.OldLevel, h.OldName, h.OldTarget = levels(r.old), r.old.Name, r.old.Target
	}
	if r.new != nil {
		h.NewLevel, h.NewName, h.NewTarget = levels(r.new), r.new.Name, r.new.Target
	}
	switch {
	case r.old == nil:
		h.Class = "added"
	case r.new == nil:
		h.Class = "removed"
	case len(r.changes) > 0:
		h.Class = "changed"
	}
	for _, c := range r.changes {
		switch c.Kind {
		case IndicatorRenamed:
			h.NameHot = true
		case LevelChanged:
			h.LevelHot = true
		case TargetChanged, UnitChanged:
			h.TargetHot = true
		}
		if h.Class == "changed" {
			c.Indicator = ""
			h.Notes = append(h.Notes, htmlNote{describe(c), c.Direction})
		}
	}
	return h
}

func levels(ind *budgetpdf.Indicator) string {
	if ind.Level2 == "" {
		return ind.Level1
	}
	return ind.Level1 + " / " + ind.Level2
}
