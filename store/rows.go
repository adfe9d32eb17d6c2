package store

import "github.com/budgetpdf/budgetpdf"

// RowsOf is the number of rows d gives in each table once stored
// (Documents = 1, ImportErrors = 0).
func RowsOf(d *budgetpdf.Document) Counts {
	c := Counts{Documents: 1, Sections: len(d.Sections), Projects: len(d.Projects),
		Tables: len(d.Tables), Warnings: len(d.Warnings)}
	if d.Department != nil {
		c.Indicators += len(d.Department.Indicators)
	}
	for _, p := range d.Projects {
		c.Plan += len(p.Plan)
		c.Indicators += len(p.Indicators)
	}
	for _, t := range d.Tables {
		for _, r := range t.Rows {
			c.Cells += len(r)
		}
	}
	return c
}

// Add returns the sum of two Counts.
func (c Counts) Add(o Counts) Counts {
	return Counts{c.Documents + o.Documents, c.Sections + o.Sections, c.Projects + o.Projects,
		c.Plan + o.Plan, c.Indicators + o.Indicators, c.Tables + o.Tables, c.Cells + o.Cells,
		c.Warnings + o.Warnings, c.ImportErrors + o.ImportErrors}
}
