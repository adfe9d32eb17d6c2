package diff

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"unit", "old_year", "new_year", "kind", "project", "indicator",
	"field", "from", "to", "change", "change_pct", "direction", "similarity"}

// WriteCSV writes one row per change of the reports, after one header row.
// change and change_pct are filled for numeric changes, similarity for
// renames; unit and the years say which comparison a row belongs to.
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
	for _, c := range r.Changes {
		abs, pct, _ := delta(c)
		sim := ""
		if c.Similarity != 0 {
			sim = strconv.FormatFloat(c.Similarity, 'f', -1, 64)
		}
		rec := []string{unit, oldYear, newYear, string(c.Kind), c.Project, c.Indicator, c.Field,
			formatValue(c.From), formatValue(c.To), abs, pct, c.Direction, sim}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing diff CSV: %w", err)
		}
	}
	return nil
}
