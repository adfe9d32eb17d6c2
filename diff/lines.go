package diff

import budgetpdf "github.com/budgetpdf/budgetpdf"

// LineChange is one difference in the typed budget tables (收支总表,
// 一般公共预算支出表 …): a line (a 科目 by its 科目编码, or a named line
// such as 合计) added, removed, renamed, or with an amount changed.
type LineChange struct {
	Kind LineKind `json:"kind"`
	// Table is the budget table's kind (general_expenditure …); Title its
	// caption in NEW (in OLD when the line was removed).
	Table string `json:"table"`
	Title string `json:"title"`
	// Side is income or expenditure in a two-sided table, "" otherwise.
	Side string `json:"side"`
	// Code is the line's 科目编码 ("" when it prints none); Name its name
	// in NEW (in OLD when removed).
	Code string `json:"code"`
	Name string `json:"name"`
	// Column is the header of the amount column that changed, as NEW
	// prints it, and Role its normalised role. For an added or removed
	// line it is the first column where the line prints an amount, so
	// that From or To says how much came or went; "" when it prints none.
	Column string `json:"column"`
	Role   string `json:"role"`
	// From and To are the OLD and NEW amounts in MoneyUnit (nil for a
	// blank or an absent line), or the two names for line_renamed.
	From      any    `json:"from"`
	To        any    `json:"to"`
	MoneyUnit string `json:"money_unit"`
	// OldPage and NewPage are where the line is printed; 0 on the side
	// that lacks it.
	OldPage int `json:"old_page"`
	NewPage int `json:"new_page"`
}

// LineKind classifies a LineChange.
type LineKind string

// The kinds of budget-line change.
const (
	LineAdded   LineKind = "line_added"
	LineRemoved LineKind = "line_removed"
	LineRenamed LineKind = "line_renamed" // the same 科目编码 under another name
	LineChanged LineKind = "line_changed" // an amount differs
)

// A tableGroup is one budget table aligned across the two documents: its
// lines side by side with their changes. old or new is nil for a table
// printed on one side only (then it has no lines: it is not compared).
type tableGroup struct {
	old, new *budgetpdf.BudgetTable
	unit     string // the money unit amounts are compared in
	lines    []lineRow
}

// A lineRow is one budget line aligned across the two tables; old or new
// is nil for an added or removed line.
type lineRow struct {
	old, new *budgetpdf.BudgetRow
	changes  []LineChange
}

// changes lists the table's changes in line order.
func (g *tableGroup) changes() []LineChange {
	var out []LineChange
	for _, l := range g.lines {
		out = append(out, l.changes...)
	}
	return out
}

// compared reports whether the table was compared (printed on both sides).
func (g *tableGroup) compared() bool { return g.old != nil && g.new != nil }

// table is the table as NEW prints it, or OLD when NEW lacks it.
func (g *tableGroup) table() *budgetpdf.BudgetTable {
	if g.new != nil {
		return g.new
	}
	return g.old
}

// unchanged counts the lines matched on both sides without a change.
func (g *tableGroup) unchanged() int {
	n := 0
	for _, l := range g.lines {
		if l.old != nil && l.new != nil && len(l.changes) == 0 {
			n++
		}
	}
	return n
}
