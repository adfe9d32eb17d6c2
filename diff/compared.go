package diff

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// Compared says what the report compared, so that "0 changes" only ever
// means "compared, and equal": what each side prints, and in words what
// could not be compared.
type Compared struct {
	Old Side `json:"old"`
	New Side `json:"new"`
	// Projects is true when both sides print at least one target table
	// (project or department): only then are projects compared.
	Projects bool `json:"projects"`
	// Department is true when both sides print a department-wide table.
	Department bool `json:"department"`
	// BudgetTables is true when both sides print a typed budget table of
	// the same kind: only such tables are compared, line by line.
	BudgetTables bool `json:"budget_tables"`
	// Notes say what was not compared, and why, one sentence each.
	Notes []string `json:"notes"`
}

// Side is what one compared document prints.
type Side struct {
	Year       int    `json:"year"`
	Kind       string `json:"kind"`
	Projects   int    `json:"projects"`   // project target tables
	Indicators int    `json:"indicators"` // rows of every target table, department's included
	Department bool   `json:"department"` // a department-wide target table is printed
	// Totals are the budget totals of the 收支总表; nil when the document
	// prints none that could be read.
	Totals *Totals `json:"totals"`
	// BudgetTables counts the typed budget tables (收支总表 …) and
	// BudgetLines their rows.
	BudgetTables int `json:"budget_tables"`
	BudgetLines  int `json:"budget_lines"`
}

// Totals are the 收入总计 and 支出总计 of a document's 收支总表 (or its
// 收入合计 / 支出合计, 总计 | … | 总计 rows when it prints no 总计 label), in
// the money unit that table declares.
type Totals struct {
	Income      *float64 `json:"income"`
	Expenditure *float64 `json:"expenditure"`
	MoneyUnit   string   `json:"money_unit"`
	Table       string   `json:"table"` // the title of the table they come from
	Page        int      `json:"page"`
}

// filled reports whether c was set by Compare (a report decoded from an
// older budgetpdf has no compared object).
func (c Compared) filled() bool { return c.Notes != nil }

// targetTables reports whether the side prints any target table.
func (s Side) targetTables() bool { return s.Projects > 0 || s.Department }

// compared describes what Compare compares between old and new.
func compared(old, new *budgetpdf.Document) Compared {
	c := Compared{Old: sideOf(old), New: sideOf(new), Notes: []string{}}
	c.Projects = c.Old.targetTables() && c.New.targetTables()
	c.Department = c.Old.Department && c.New.Department
	o, n := sideName(c.Old, c.New, true), sideName(c.Old, c.New, false)
	switch {
	case !c.Old.targetTables() && !c.New.targetTables():
		c.Notes = append(c.Notes, fmt.Sprintf("%s and %s: no target tables printed — projects and indicators cannot be compared", o, n))
	case !c.Old.targetTables():
		c.Notes = append(c.Notes, fmt.Sprintf("%s: no target tables printed — projects cannot be compared (every project of %s is listed as added)", o, n))
	case !c.New.targetTables():
		c.Notes = append(c.Notes, fmt.Sprintf("%s: no target tables printed — projects cannot be compared (every project of %s is listed as removed)", n, o))
	case c.Old.Department != c.New.Department:
		has, lacks := o, n
		if c.New.Department {
			has, lacks = n, o
		}
		c.Notes = append(c.Notes, fmt.Sprintf("%s: no department-wide target table printed — the department table of %s is not compared", lacks, has))
	}
	c.BudgetTables = len(commonKinds(old, new)) > 0
	c.Notes = append(c.Notes, budgetNotes(old, new, o, n)...)
	if c.Old.Kind != c.New.Kind {
		c.Notes = append(c.Notes, fmt.Sprintf("the documents are of different kinds: %s is %s, %s is %s", o, kindWords(c.Old.Kind), n, kindWords(c.New.Kind)))
	}
	return c
}

// onlyNote qualifies the added (or removed) projects when the other side
// prints no target table: they are missing from its file, not known to be
// new or dropped.
func (c Compared) onlyNote(added bool) string {
	other, name := c.Old, sideName(c.Old, c.New, true)
	if !added {
		other, name = c.New, sideName(c.Old, c.New, false)
	}
	if !c.filled() || other.targetTables() {
		return ""
	}
	return fmt.Sprintf(": %s prints no target tables, so these are not compared", name)
}

// sideName names a side in notes: its year, or OLD / NEW when both years
// are the same (a 部门预算 against the 单位预算 of one year).
func sideName(o, n Side, old bool) string {
	s, label := n, "NEW"
	if old {
		s, label = o, "OLD"
	}
	if o.Year == n.Year || s.Year == 0 {
		if s.Kind != "" && o.Kind != n.Kind {
			return fmt.Sprintf("%s (%d %s)", label, s.Year, s.Kind)
		}
		return fmt.Sprintf("%s (%d)", label, s.Year)
	}
	return strconv.Itoa(s.Year)
}

func kindWords(k string) string {
	if k == "" {
		return "of no printed kind"
	}
	return "a " + k
}

// sideOf counts what d prints.
func sideOf(d *budgetpdf.Document) Side {
	s := Side{Year: d.Year, Kind: d.Kind, Projects: len(d.Projects), Department: d.Department != nil, Totals: totalsOf(d),
		BudgetTables: len(d.BudgetTables)}
	for _, t := range d.BudgetTables {
		s.BudgetLines += len(t.Rows)
	}
	for _, p := range d.Projects {
		s.Indicators += len(p.Indicators)
	}
	if d.Department != nil {
		s.Indicators += len(d.Department.Indicators)
	}
	return s
}

var (
	summaryTitle = regexp.MustCompile(`收支.*总表|收支总体情况表|收入支出决算总表`)
	amountRe     = regexp.MustCompile(`^-?[\d,]+(\.\d+)?$`)
)

// totalsOf reads the budget totals from the 收支总表: the first table
// titled so (not a 财政拨款 one) and its untitled continuation pages, else
// the first table that prints a 收入总计 or 支出总计 row.
func totalsOf(d *budgetpdf.Document) *Totals {
	for i, t := range d.Tables {
		title := squeezeSpace(t.Title)
		if !summaryTitle.MatchString(title) || strings.Contains(title, "财政拨款") {
			continue
		}
		j := i + 1
		for j < len(d.Tables) && (d.Tables[j].Title == "" || squeezeSpace(d.Tables[j].Title) == title) {
			j++
		}
		if tot := readTotals(d, d.Tables[i:j], 0); tot != nil {
			return tot
		}
	}
	for i := range d.Tables {
		if tot := readTotals(d, d.Tables[i:i+1], 3); tot != nil {
			return tot
		}
	}
	return nil
}

// totalLabels rank the labels of a total row, per side of the table.
var totalLabels = [2]map[string]int{
	{"收入总计": 3, "收入合计": 2, "总计": 1, "合计": 0},
	{"支出总计": 3, "支出合计": 2, "总计": 1, "合计": 0},
}

// readTotals finds the best-ranked income and expenditure labels (at
// least least) in the fragments, and the amount after each.
func readTotals(d *budgetpdf.Document, ts []budgetpdf.Table, least int) *Totals {
	var best [2]int
	var amount [2]*float64
	var from [2]*budgetpdf.Table
	best[0], best[1] = -1, -1
	for k := range ts {
		t := &ts[k]
		for _, row := range t.Rows {
			plain := 0 // 总计 / 合计 cells seen in this row: the first is income's
			for c, cell := range row {
				label := squeezeSpace(cell)
				for side := range 2 {
					rank, ok := totalLabels[side][label]
					if !ok || rank < least {
						continue
					}
					if rank <= 1 {
						if plain != side {
							continue
						}
					}
					if rank > best[side] {
						if v := amountAfter(row[c+1:]); v != nil {
							best[side], amount[side], from[side] = rank, v, t
						}
					}
				}
				if label == "总计" || label == "合计" {
					plain++
				}
			}
		}
	}
	if amount[0] == nil && amount[1] == nil {
		return nil
	}
	src := from[0]
	if src == nil {
		src = from[1]
	}
	unit := src.MoneyUnit
	if unit == "" {
		unit = ts[0].MoneyUnit
	}
	if unit == "" {
		unit = d.MoneyUnit
	}
	return &Totals{Income: amount[0], Expenditure: amount[1], MoneyUnit: unit, Table: ts[0].Title, Page: src.Page}
}

// amountAfter is the first amount among cells, up to the next label.
func amountAfter(cells []string) *float64 {
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !amountRe.MatchString(c) {
			return nil
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(c, ",", ""), 64)
		if err != nil {
			return nil
		}
		return &v
	}
	return nil
}

func squeezeSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// countsLine is the comparison's counts in one line, for people.
func (c Compared) countsLine() string {
	return fmt.Sprintf("projects %d → %d, indicators %d → %d, department table %s → %s",
		c.Old.Projects, c.New.Projects, c.Old.Indicators, c.New.Indicators, yesNo(c.Old.Department), yesNo(c.New.Department))
}

// totalsLine is the two documents' budget totals in one line.
func (c Compared) totalsLine() string {
	if c.Old.Totals == nil && c.New.Totals == nil {
		return "not printed in either document"
	}
	var parts []string
	for _, f := range []struct {
		label string
		get   func(*Totals) *float64
	}{{"收入总计", func(t *Totals) *float64 { return t.Income }}, {"支出总计", func(t *Totals) *float64 { return t.Expenditure }}} {
		o, ou := totalOf(c.Old.Totals, f.get)
		n, nu := totalOf(c.New.Totals, f.get)
		if o == nil && n == nil {
			continue
		}
		s := f.label + " " + amountWords(o, ou)
		if ou != nu || o == nil || n == nil {
			s += " → " + amountWords(n, nu)
		} else {
			s = f.label + " " + formatValue(*o) + " → " + formatValue(*n) + " " + nu
			if abs, pct, _ := delta(Change{From: *o, To: *n}); *o != *n {
				s += " (" + strings.Join(nonEmpty(abs, pct), ", ") + ")"
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func totalOf(t *Totals, get func(*Totals) *float64) (*float64, string) {
	if t == nil {
		return nil, ""
	}
	return get(t), t.MoneyUnit
}

func amountWords(v *float64, unit string) string {
	if v == nil {
		return "not printed"
	}
	return strings.TrimSpace(formatValue(*v) + " " + unit)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// yuan converts an amount to 元, for rows that compare amounts across
// money units; nil stays nil.
func yuan(v *float64, unit string) any {
	if v == nil {
		return nil
	}
	x := *v
	if unit == "万元" {
		x *= 10000
	}
	return math.Round(x*100) / 100
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
