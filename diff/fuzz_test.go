package diff

import (
	"strconv"
	"strings"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// fuzzDoc builds a one-project document from lines "level2|name|op|value",
// and a budget table with one row per line: the level2 field as its code,
// the name, and the value (blank when not a number) in its one column, or
// in its second when op is "2".
func fuzzDoc(s string) *budgetpdf.Document {
	p := budgetpdf.Project{Name: "项目"}
	t := budgetpdf.BudgetTable{Kind: "general_expenditure", MoneyUnit: "元",
		Columns: []budgetpdf.BudgetColumn{{Header: "合计", Role: "total"}, {Header: "基本支出", Role: "basic"}}}
	for _, line := range strings.Split(s, "\n") {
		f := strings.SplitN(line, "|", 4)
		for len(f) < 4 {
			f = append(f, "")
		}
		ind := budgetpdf.Indicator{Level1: "产出指标", Level2: f[0], Name: f[1], Op: f[2], Target: f[2] + f[3]}
		row := budgetpdf.BudgetRow{Code: f[0], Name: f[1], Values: make([]*float64, 2)}
		if v, err := strconv.ParseFloat(f[3], 64); err == nil {
			ind.Value = &v
			row.Values[min(len(f[2]), 1)] = budgetpdf.Float(v)
		}
		p.Indicators = append(p.Indicators, ind)
		t.Rows = append(t.Rows, row)
	}
	return &budgetpdf.Document{Projects: []budgetpdf.Project{p}, BudgetTables: []budgetpdf.BudgetTable{t}}
}

// FuzzCompare checks, on arbitrary tables, that Compare never panics, that
// a table compared with itself has no change, that every indicator and
// every budget line is accounted for exactly once (matched, added or
// removed), and that each added or removed line is one change.
func FuzzCompare(f *testing.F) {
	f.Add("数量指标|开展调研次数|=|4\n质量指标|合格率|≥|95", "数量指标|调研开展次数|=|6\n时效指标|合格率|≥|90")
	f.Add("|培训基层卫生技术人员人次|≥|1000", "|基层卫生技术人员培训人次||")
	f.Add("a|x|≤|NaN\na|x|≤|1", "a|x|<|Inf")
	f.Fuzz(func(t *testing.T, a, b string) {
		old, new := fuzzDoc(a), fuzzDoc(b)
		if r := Compare(old, old, Options{}); r.Changed() {
			t.Fatalf("self-compare found %v %v", r.Changes, r.BudgetChanges)
		}
		r := Compare(old, new, Options{})
		var olds, news int
		for _, row := range r.groups[0].rows {
			if row.old != nil {
				olds++
			}
			if row.new != nil {
				news++
			}
		}
		if olds != len(old.Projects[0].Indicators) || news != len(new.Projects[0].Indicators) {
			t.Fatalf("rows hold %d old / %d new indicators, want %d / %d", olds, news,
				len(old.Projects[0].Indicators), len(new.Projects[0].Indicators))
		}
		checkLines(t, r, old, new)
	})
}

// checkLines checks that the one budget table pair holds every line of
// both sides once, and that added and removed lines are one change each.
func checkLines(t *testing.T, r Report, old, new *budgetpdf.Document) {
	t.Helper()
	if len(r.tables) != 1 || !r.tables[0].compared() {
		t.Fatalf("%d budget tables aligned, want one pair", len(r.tables))
	}
	var olds, news, lonely int
	for _, l := range r.tables[0].lines {
		if l.old != nil {
			olds++
		}
		if l.new != nil {
			news++
		}
		if (l.old == nil || l.new == nil) && len(l.changes) != 1 {
			t.Fatalf("an unmatched line has %d changes", len(l.changes))
		}
		if l.old == nil || l.new == nil {
			lonely++
		}
	}
	if olds != len(old.BudgetTables[0].Rows) || news != len(new.BudgetTables[0].Rows) {
		t.Fatalf("lines hold %d old / %d new rows, want %d / %d", olds, news, len(old.BudgetTables[0].Rows), len(new.BudgetTables[0].Rows))
	}
	n := 0
	for _, c := range r.BudgetChanges {
		if c.Kind == LineAdded || c.Kind == LineRemoved {
			n++
		}
	}
	if n != lonely {
		t.Fatalf("%d added or removed changes for %d unmatched lines", n, lonely)
	}
}
