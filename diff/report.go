package diff

import budgetpdf "github.com/budgetpdf/budgetpdf"

// Schema is the value of Report.Schema.
const Schema = "budgetpdf-diff/v1"

// Report is the result of Compare: which documents were compared, what
// they print, and the list of changes, in the shape of the
// budgetpdf-diff/v1 contract.
type Report struct {
	Schema string `json:"schema"`
	Old    Ref    `json:"old"`
	New    Ref    `json:"new"`
	// Compared says what each side prints and what could not be
	// compared: "0 changes" means equal only where it was compared.
	Compared Compared `json:"compared"`
	Changes  []Change `json:"changes"`
	// BudgetChanges are the changes of the typed budget tables (lines by
	// 科目编码, then by name), table by table in NEW's order.
	BudgetChanges []LineChange `json:"budget_changes"`

	groups []group      // the alignment behind Changes, for the HTML renderer
	tables []tableGroup // the alignment behind BudgetChanges
}

// Changed reports whether the report holds any change, of the target
// tables or of the budget tables.
func (r Report) Changed() bool { return len(r.Changes) > 0 || len(r.BudgetChanges) > 0 }

// NothingCompared reports whether the report compared nothing: neither a
// target table nor a budget table is printed on both sides, and so no
// change can be called equal.
func (r Report) NothingCompared() bool {
	return r.Compared.filled() && !r.Compared.Projects && !r.Compared.BudgetTables && !r.Changed()
}

// Ref identifies one of the compared documents.
type Ref struct {
	File string `json:"file"`
	Unit string `json:"unit"`
	Year int    `json:"year"`
	Kind string `json:"kind"` // 部门预算 / 单位预算 / 部门决算 / 单位决算, "" when not printed
}

// Change is one difference between the two documents.
type Change struct {
	Kind Kind `json:"kind"`
	// Project is the project's name in the new document (in the old one
	// when removed); "" for the department table.
	Project string `json:"project"`
	// ProjectUnit is the unit that spends the project's money where its
	// table names one per project (budgetpdf.Project.UnitName): two
	// projects of one name under two units are two projects.
	ProjectUnit string `json:"project_unit,omitempty"`
	// Indicator is the indicator's name in the new document (in the old one
	// when removed); "" for project-level changes.
	Indicator string `json:"indicator"`
	// Field names what changed for *_changed kinds; "" otherwise.
	Field string `json:"field"`
	// From and To are the old and new values of Field (numbers as float64,
	// texts as string, plans as []budgetpdf.PlanStep, nil for a blank), or
	// the two names for renamed kinds; both nil for added / removed kinds.
	From any `json:"from"`
	To   any `json:"to"`
	// Direction is Stricter, Looser or "" (target_changed only).
	Direction string `json:"direction"`
	// Similarity is the name similarity that matched a renamed item.
	Similarity float64 `json:"similarity"`
}

// Kind classifies a Change.
type Kind string

// The kinds of change.
const (
	ProjectAdded     Kind = "project_added"
	ProjectRemoved   Kind = "project_removed"
	ProjectRenamed   Kind = "project_renamed"
	BudgetChanged    Kind = "budget_changed"
	PlanChanged      Kind = "plan_changed"
	GoalChanged      Kind = "goal_changed"
	IndicatorAdded   Kind = "indicator_added"
	IndicatorRemoved Kind = "indicator_removed"
	IndicatorRenamed Kind = "indicator_renamed"
	TargetChanged    Kind = "target_changed"
	UnitChanged      Kind = "unit_changed"
	LevelChanged     Kind = "level_changed"
)

// Directions of a target change.
const (
	Stricter = "stricter"
	Looser   = "looser"
)

// refOf describes d for a Report.
func refOf(d *budgetpdf.Document) Ref {
	return Ref{File: d.Source.File, Unit: d.Unit.Name, Year: d.Year, Kind: d.Kind}
}
