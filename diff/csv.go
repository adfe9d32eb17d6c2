package diff

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"unit", "old_year", "new_year", "kind", "project", "indicator",
	"field", "from", "to", "change", "change_pct", "direction", "similarity",
	"table", "code", "line", "money_unit", "old_page", "new_page", "project_unit"}

// WriteCSV writes one row per change of the reports, after one header row.
// change and change_pct are filled for numeric changes, similarity for
// renames; unit and the years say which comparison a row belongs to. Each
// report opens with its summary rows (summaryRows): what was compared, and
// a note row for what was not. Budget-line changes follow the report's
// other changes: field is the amount column's header (name for a
// line_renamed), and table, code, line, money_unit and the pages say which
// line; those columns are empty on other rows.
func WriteCSV(w io.Writer, reports ...Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("writing diff CSV: %w", err)
	}
	for _, r := range reports {
		if err := writeCSVRows(cw, r); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing diff CSV: %w", err)
	}
	return nil
}

// writeCSVRows writes the rows of one report.
func writeCSVRows(cw *csv.Writer, r Report) error {
	unit, oldYear, newYear := r.New.Unit, strconv.Itoa(r.Old.Year), strconv.Itoa(r.New.Year)
	for _, c := range append(summaryRows(r), r.Changes...) {
		abs, pct, _ := delta(c)
		sim := ""
		if c.Similarity != 0 {
			sim = strconv.FormatFloat(c.Similarity, 'f', -1, 64)
		}
		rec := []string{unit, oldYear, newYear, string(c.Kind), c.Project, c.Indicator, c.Field,
			formatValue(c.From), formatValue(c.To), abs, pct, c.Direction, sim, "", "", "", "", "", "", c.ProjectUnit}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing diff CSV: %w", err)
		}
	}
	for _, c := range r.BudgetChanges {
		abs, pct, _ := delta(Change{From: c.From, To: c.To})
		field := c.Column
		if c.Kind == LineRenamed {
			field = "name"
		}
		rec := []string{unit, oldYear, newYear, string(c.Kind), "", "", field,
			formatValue(c.From), formatValue(c.To), abs, pct, "", "",
			c.Table, c.Code, c.Name, c.MoneyUnit, pageField(c.OldPage), pageField(c.NewPage), ""}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing diff CSV: %w", err)
		}
	}
	return nil
}

// pageField is a page number for CSV, "" for none.
func pageField(p int) string {
	if p == 0 {
		return ""
	}
	return strconv.Itoa(p)
}

// Kinds of the CSV summary rows (never in Report.Changes).
const (
	csvCompared Kind = "compared" // field projects | indicators | department_table | income_total_yuan | expenditure_total_yuan | budget_tables | budget_lines
	csvNote     Kind = "note"     // from: a sentence saying what was not compared
)

// summaryRows are the CSV rows of r.Compared: the counts of both sides,
// the budget totals (in 元, whatever unit the tables print, so the change
// columns compare like with like) and one row per note.
func summaryRows(r Report) []Change {
	c := r.Compared
	if !c.filled() {
		return nil
	}
	row := func(field string, from, to any) Change {
		return Change{Kind: csvCompared, Field: field, From: from, To: to}
	}
	out := []Change{
		row("projects", float64(c.Old.Projects), float64(c.New.Projects)),
		row("indicators", float64(c.Old.Indicators), float64(c.New.Indicators)),
		row("department_table", yesNo(c.Old.Department), yesNo(c.New.Department)),
		row("budget_tables", float64(c.Old.BudgetTables), float64(c.New.BudgetTables)),
		row("budget_lines", float64(c.Old.BudgetLines), float64(c.New.BudgetLines)),
	}
	if c.Old.Totals != nil || c.New.Totals != nil {
		var o, n Totals
		if c.Old.Totals != nil {
			o = *c.Old.Totals
		}
		if c.New.Totals != nil {
			n = *c.New.Totals
		}
		out = append(out,
			row("income_total_yuan", yuan(o.Income, o.MoneyUnit), yuan(n.Income, n.MoneyUnit)),
			row("expenditure_total_yuan", yuan(o.Expenditure, o.MoneyUnit), yuan(n.Expenditure, n.MoneyUnit)))
	}
	for _, note := range c.Notes {
		out = append(out, Change{Kind: csvNote, From: note})
	}
	return out
}
