package normalize

import "github.com/budgetpdf/budgetpdf/extract"

// unruledTables finds tables printed without (enough) ruling lines, from
// the alignment of text, and returns them with the lines they did not use.
func unruledTables(lines []Line, p extract.Page) ([]*Grid, []Line) {
	return nil, lines
}
