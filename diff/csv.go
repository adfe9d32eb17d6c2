package diff

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"kind", "project", "indicator", "field", "from", "to",
	"change", "change_pct", "direction", "similarity"}

// WriteCSV writes one row per change, after a header row. change and
// change_pct are filled for numeric changes; similarity for renames.
func WriteCSV(w io.Writer, r Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("writing diff CSV: %w", err)
	}
	for _, c := range r.Changes {
		abs, pct, _ := delta(c)
		sim := ""
		if c.Similarity != 0 {
			sim = strconv.FormatFloat(c.Similarity, 'f', -1, 64)
		}
		rec := []string{string(c.Kind), c.Project, c.Indicator, c.Field,
			formatValue(c.From), formatValue(c.To), abs, pct, c.Direction, sim}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing diff CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing diff CSV: %w", err)
	}
	return nil
}
