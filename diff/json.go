package diff

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes r as one indented budgetpdf-diff/v1 JSON object.
func WriteJSON(w io.Writer, r Report) error {
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("writing diff JSON: %w", err)
	}
	return nil
}
