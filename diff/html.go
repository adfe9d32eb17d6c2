package diff

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sync"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

//go:embed report.html.tmpl
var htmlSource string

// htmlTemplate is parsed on first use, not at start-up: every budgetpdf
// process links this package, few write a report.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Parse(htmlSource))
})

// WriteHTML writes r as one self-contained HTML page (inline CSS, no
// external assets): the two years side by side per project, changes
// highlighted. old and new are the compared documents; when r did not come
// from Compare (it was decoded), they are aligned again with default
// Options, and without them only the list of changes is shown.
func WriteHTML(w io.Writer, r Report, old, new *budgetpdf.Document) error {
	if r.groups == nil && old != nil && new != nil {
		r.groups = align(old, new, Options{}.withDefaults())
		r.tables = alignTables(old, new)
	}
	if !r.Compared.filled() && old != nil && new != nil {
		r.Compared = compared(old, new)
	}
	if err := htmlTemplate().Execute(w, pageOf(r)); err != nil {
		return fmt.Errorf("writing diff HTML: %w", err)
	}
	return nil
}

// htmlPage is what the template shows.
type htmlPage struct {
	Old, New  Ref
	Compared  []htmlField // what each side prints, old and new
	Notes     []string    // what was not compared
	Nothing   bool        // nothing was compared: neither side prints a target table
	Changes   int
	Counts    []kindCount
	Groups    []htmlGroup
	Unchanged []string // names of matched projects without changes
	Loose     []Change // the changes, when there is no alignment to show
	Describe  func(Change) string
	// The budget-line changes: by table, or as a list without alignment.
	BudgetChanges int
	Budget        []htmlTable
	BudgetSame    []string // compared tables without changes
	BudgetLoose   []LineChange
	DescribeLine  func(LineChange) string
	LineLabel     func(LineChange) string
}

type kindCount struct {
	Kind  Kind
	Count int
}

type htmlGroup struct {
	Title, Status string
	Fields        []htmlField
	Rows          []htmlRow
	Notes         []string // project-level changes in words
}

// htmlField is one project-level field, both years.
type htmlField struct {
	Label, Old, New string
	Changed         bool
}

// htmlRow is one indicator, both years.
type htmlRow struct {
	Class                        string // added | removed | changed | ""
	OldLevel, NewLevel           string
	OldName, OldTarget           string
	NewName, NewTarget           string
	LevelHot, NameHot, TargetHot bool
	Notes                        []htmlNote
}

// htmlNote is one change in words, classed by its direction.
type htmlNote struct {
	Text, Direction string
}

func pageOf(r Report) htmlPage {
	p := htmlPage{Old: r.Old, New: r.New, Changes: len(r.Changes), Counts: countKinds(r.Changes),
		BudgetChanges: len(r.BudgetChanges), DescribeLine: describeLine, LineLabel: lineLabel}
	if c := r.Compared; c.filled() {
		p.Compared = comparedFields(c)
		p.Notes = c.Notes
		p.Nothing = r.NothingCompared()
	}
	if r.tables == nil {
		p.BudgetLoose = r.BudgetChanges
	} else {
		p.Budget, p.BudgetSame = budgetTablesHTML(r.tables)
	}
	if r.groups == nil {
		p.Loose = r.Changes
		p.Describe = describe
		return p
	}
	for _, status := range []string{"changed", "added", "removed"} {
		for i := range r.groups {
			if g := &r.groups[i]; g.status() == status {
				p.Groups = append(p.Groups, htmlGroupOf(g))
			}
		}
	}
	for i := range r.groups {
		if g := &r.groups[i]; g.status() == "unchanged" {
			p.Unchanged = append(p.Unchanged, unitProjectLabel(g.name(), g.unit()))
		}
	}
	return p
}

// countKinds counts changes per kind, in the order kinds first appear.
func countKinds(cs []Change) []kindCount {
	var out []kindCount
	at := map[Kind]int{}
	for _, c := range cs {
		k, ok := at[c.Kind]
		if !ok {
			k = len(out)
			at[c.Kind] = k
			out = append(out, kindCount{Kind: c.Kind})
		}
		out[k].Count++
	}
	return out
}

// comparedFields lays out what each side prints, for the page's header.
func comparedFields(c Compared) []htmlField {
	total := func(t *Totals, income bool) string {
		if t == nil {
			return "not printed"
		}
		v := t.Expenditure
		if income {
			v = t.Income
		}
		return amountWords(v, t.MoneyUnit)
	}
	fs := []htmlField{
		{"类型 kind", c.Old.Kind, c.New.Kind, c.Old.Kind != c.New.Kind},
		{"项目 projects", fmt.Sprint(c.Old.Projects), fmt.Sprint(c.New.Projects), c.Old.Projects != c.New.Projects},
		{"指标 indicators", fmt.Sprint(c.Old.Indicators), fmt.Sprint(c.New.Indicators), c.Old.Indicators != c.New.Indicators},
		{"部门整体 department table", yesNo(c.Old.Department), yesNo(c.New.Department), c.Old.Department != c.New.Department},
	}
	for _, income := range []bool{true, false} {
		label := "支出总计 expenditure total"
		if income {
			label = "收入总计 income total"
		}
		o, n := total(c.Old.Totals, income), total(c.New.Totals, income)
		fs = append(fs, htmlField{label, o, n, o != n})
	}
	return append(fs,
		htmlField{"预算表 budget tables", fmt.Sprint(c.Old.BudgetTables), fmt.Sprint(c.New.BudgetTables), c.Old.BudgetTables != c.New.BudgetTables},
		htmlField{"预算行 budget lines", fmt.Sprint(c.Old.BudgetLines), fmt.Sprint(c.New.BudgetLines), c.Old.BudgetLines != c.New.BudgetLines})
}
