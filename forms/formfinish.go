package forms

import (
	"fmt"
	"math"
	"sort"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// finish turns the assembled forms into projects and the department table,
// checking sums.
func (fp *Parser) Finish() (projects []budgetpdf.Project, dept *budgetpdf.Department, moneyUnit string) {
	projects = []budgetpdf.Project{}
	units := fp.markUnitRows()
	for _, f := range fp.forms {
		if moneyUnit == "" {
			moneyUnit = f.moneyUnit
		}
		if f.department || (f.byCaption && !f.fromRow) {
			if dept == nil {
				dept = &budgetpdf.Department{Goal: f.project.Goal, Indicators: f.project.Indicators}
			} else {
				dept.Indicators = append(dept.Indicators, f.project.Indicators...)
				if dept.Goal == "" {
					dept.Goal = f.project.Goal
				}
			}
			continue
		}
		if f.project.Name == "" && f.project.Code == "" && len(f.project.Indicators) == 0 {
			continue
		}
		if len(f.project.Indicators) == 0 && !f.hasContent() {
			continue // a label pair in a budget table (项目名称 | 金额), no target form
		}
		if units[f] {
			continue // a unit's row: its name is its projects' unit_name
		}
		if f.fromRow && len(f.project.Indicators) == 0 && f.cols.Col(RoleName) >= 0 {
			fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Page: f.firstPage, Code: budgetpdf.WarnRowDropped,
				Message: fmt.Sprintf("project row %q has no indicator (a total or a unit's row?); kept in tables only", clip(f.project.Name, 60))})
			continue
		}
		p := f.project
		if p.Name == "" {
			p.Name = f.titleName
		}
		for pg := range f.pages {
			p.Pages = append(p.Pages, pg)
		}
		sort.Ints(p.Pages)
		fp.check(p, f.firstPage)
		projects = append(projects, p)
	}
	if dept != nil && dept.Goal == "" && len(dept.Indicators) == 0 {
		dept = nil // a caption or a label without a table under it
	}
	if fp.sawHeader > 0 && len(projects) == 0 && (dept == nil || len(dept.Indicators) == 0) {
		fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Code: budgetpdf.WarnNoIndicators,
			Message: fmt.Sprintf("%d indicator table headers were printed but no indicator was read", fp.sawHeader)})
	}
	return projects, dept, moneyUnit
}

// check records sums that do not add up; it never changes a value.
func (fp *Parser) check(p budgetpdf.Project, page int) {
	b := p.Budget
	if b.Total != nil && b.Fiscal != nil {
		other := 0.0
		if b.Other != nil {
			other = *b.Other
		}
		if math.Abs(*b.Fiscal+other-*b.Total) > 0.011 {
			fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Page: page, Code: budgetpdf.WarnBudgetSum,
				Message: fmt.Sprintf("%s: 财政资金 %.2f + 其他资金 %.2f ≠ 预算数 %.2f", p.Name, *b.Fiscal, other, *b.Total)})
		}
	}
	if n := len(p.Plan); n > 0 && p.Plan[n-1].Value != nil {
		last := *p.Plan[n-1].Value
		if math.Abs(last-100) > 0.011 && (b.Total == nil || math.Abs(last-*b.Total) > 0.011) {
			fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Page: page, Code: budgetpdf.WarnPlanEnd,
				Message: fmt.Sprintf("%s: last plan value %.2f is neither the total nor 100", p.Name, last)})
		}
	}
}

// warnUnknownColumns notes header cells that map to no field and are not a
// known extra column: their text is kept in extra, but a user should know.
func (fp *Parser) warnUnknownColumns(g *layout.Grid, cm ColumnMap) {
	for i, r := range cm.Roles {
		h := cm.Headers[i]
		if r != RoleNone || h == "" || KnownExtras[HeaderKey(h)] {
			continue
		}
		fp.warnOnce(g.Page, budgetpdf.WarnUnknownHeader, fmt.Sprintf("column %q is not a known indicator column; kept in extra", h))
	}
}

// warnGuessedColumns notes a role chosen between two columns whose headers
// weigh almost the same for it: the first by position, a guess.
func (fp *Parser) warnGuessedColumns(g *layout.Grid, cm ColumnMap) {
	for _, gu := range cm.Guessed {
		fp.warnOnce(g.Page, budgetpdf.WarnColumnGuessed, fmt.Sprintf("column %q taken as the %s column over %q, whose header weighs almost as much",
			cm.Headers[gu.Column], roleLabels[gu.Role], cm.Headers[gu.RunnerUp]))
	}
}

// warnUnknownLevels notes 一级/二级 labels outside the known vocabulary.
func (fp *Parser) warnUnknownLevels(page int, ind budgetpdf.Indicator) {
	if l := HeaderKey(ind.Level1); l != "" && !Level1Words[l] {
		fp.warnOnce(page, budgetpdf.WarnUnknownLevel, fmt.Sprintf("一级指标 %q is outside the known vocabulary", ind.Level1))
	}
	if l := HeaderKey(ind.Level2); l != "" && Level2Parent[l] == "" {
		fp.warnOnce(page, budgetpdf.WarnUnknownLevel, fmt.Sprintf("二级指标 %q is outside the known vocabulary", ind.Level2))
	}
}

func (fp *Parser) warnOnce(page int, code, msg string) {
	if fp.warned == nil {
		fp.warned = map[string]bool{}
	}
	if fp.warned[msg] {
		return
	}
	fp.warned[msg] = true
	fp.Warnings = append(fp.Warnings, budgetpdf.Warning{Page: page, Code: code, Message: msg})
}

// hasContent: the form read something of a project besides its name: an
// amount, a goal, a purpose, a plan.
func (f *form) hasContent() bool {
	b := f.project.Budget
	return b.Total != nil || b.Fiscal != nil || b.Other != nil || f.project.Goal != "" || f.project.Purpose != "" || len(f.project.Plan) > 0
}
