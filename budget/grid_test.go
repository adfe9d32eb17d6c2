package budget_test

import (
	"os"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/normalize"
)

func fixtureDoc(t *testing.T, path string) *budgetpdf.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Open(data, extract.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return normalize.Document(d.Pages(), budgetpdf.Source{File: path})
}

// TestTypedRowsEqualTheGrid reads the committed 2024 万里街道 部门预算 (it
// prints all nine standard tables, four of them over several pages) and,
// per table kind, compares every typed row with the printed grid: the row's
// name is a cell of a grid row on its page, and the cells right of the name
// read as the row's values (blank = nil, never 0). Then every non-blank
// grid row below the header is some typed row or a note: no row lost.
func TestTypedRowsEqualTheGrid(t *testing.T) {
	doc := fixtureDoc(t, "../testdata/pdf/real-wanli-2024.pdf")
	want := []string{"summary", "income", "expenditure", "fiscal_summary", "general_expenditure",
		"fund_expenditure", "state_capital_expenditure", "basic_expenditure", "three_public"}
	byKind := map[string]budgetpdf.BudgetTable{}
	for _, bt := range doc.BudgetTables {
		byKind[bt.Kind] = bt
	}
	for _, k := range want {
		t.Run(k, func(t *testing.T) {
			bt, ok := byKind[k]
			if !ok {
				t.Fatalf("no %s table typed", k)
			}
			if bt.MoneyUnit == "" {
				t.Errorf("no money unit")
			}
			var grids []budgetpdf.Table
			for _, g := range doc.Tables {
				for _, p := range bt.Pages {
					if g.Page == p {
						grids = append(grids, g)
					}
				}
			}
			matched := map[*[]string]bool{}
			twoSided := false
			for _, c := range bt.Columns {
				twoSided = twoSided || c.Side != ""
			}
			for i, r := range bt.Rows {
				found := false
				for gi := range grids {
					g := &grids[gi]
					if g.Page != r.Page {
						continue
					}
					for ri := range g.Rows {
						if rowMatches(g.Rows[ri], r, bt, twoSided) {
							matched[&g.Rows[ri]] = true
							found = true
						}
					}
				}
				if !found {
					t.Errorf("row %d (%s %s %v) matches no printed row on page %d", i, r.Code, r.Name, values(r.Values), r.Page)
				}
			}
			for _, g := range grids {
				first := -1
				for ri := range g.Rows {
					if matched[&g.Rows[ri]] && first < 0 {
						first = ri
					}
				}
				if first < 0 {
					first = len(g.Rows) // an empty table: nothing below its header
				}
				for ri := first; ri < len(g.Rows); ri++ {
					if !matched[&g.Rows[ri]] && strings.Join(g.Rows[ri], "") != "" && !isNote(g.Rows[ri], bt) {
						t.Errorf("page %d row %d %q is lost", g.Page, ri, g.Rows[ri])
					}
				}
			}
		})
	}
}

func values(vs []*float64) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		if v != nil {
			out[i] = *v
		}
	}
	return out
}

func isNote(row []string, bt budgetpdf.BudgetTable) bool {
	for _, c := range row {
		for _, n := range bt.Notes {
			if c != "" && strings.TrimSpace(c) == n {
				return true
			}
		}
	}
	return false
}

// rowMatches: the printed row holds the typed row's name, its code's
// parts, and right of the name its values in order.
func rowMatches(cells []string, r budgetpdf.BudgetRow, bt budgetpdf.BudgetTable, twoSided bool) bool {
	at := -1
	for i, c := range cells {
		c = strings.TrimSpace(c)
		if c == r.Name || r.Name != "" && strings.HasSuffix(c, r.Name) && strings.HasPrefix(c, r.Code) {
			at = i
			break
		}
	}
	if at < 0 {
		if r.Name != "" {
			return false
		}
		at = -1
	}
	if r.Class != "" && !strings.Contains(strings.Join(cells[:at+1], " "), r.Class) {
		return false
	}
	var want []*float64
	for i, v := range r.Values {
		if bt.Columns[i].Side == r.Side {
			want = append(want, v)
		}
	}
	rest := cells[at+1:]
	if twoSided {
		// this side's cells: up to the other side's name
		var mine []string
		for _, c := range rest {
			if _, ok := forms.ParseAmount(c); !ok && strings.TrimSpace(c) != "" {
				break
			}
			mine = append(mine, c)
		}
		rest = mine
	}
	if len(rest) < len(want) {
		return false
	}
	rest = rest[len(rest)-len(want):]
	for i, c := range rest {
		v, ok := forms.ParseAmount(c)
		switch {
		case strings.TrimSpace(c) == "" && want[i] != nil, ok && (want[i] == nil || *want[i] != v), !ok && strings.TrimSpace(c) != "":
			return false
		}
	}
	return true
}
