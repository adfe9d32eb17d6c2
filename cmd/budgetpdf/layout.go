package main

import (
	"fmt"
	"io"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/internal/termsafe"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/pdfgrid"
)

// printLayout shows, page by page, the tables the geometry gave (each cell
// with its grid position, span and box, and what the meaning layer makes
// of the table: its header band and column roles, or why it is no target
// table) and the text lines outside them.
func printLayout(stdout, stderr io.Writer, pages []extract.Page) int {
	for _, p := range pages {
		fmt.Fprintf(stdout, "== page %d (%.0f×%.0f pt): %d glyphs, %d rules, %d unmapped\n", p.Number, p.Width, p.Height, len(p.Glyphs), len(p.Rules), p.Unmapped)
		if p.Err != "" {
			fmt.Fprintf(stdout, "   error: %s\n", p.Err)
		}
		for _, it := range pdfgrid.Layout(p) {
			printItem(stdout, it)
		}
	}
	return exitOK
}

// printTextLayout shows what the text path rebuilt from plain text: its
// lines and grids, with the meaning of each grid.
func printTextLayout(stdout io.Writer, items []layout.Item) int {
	page := -1
	for _, it := range items {
		if p := it.PageNumber(); p != page {
			page = p
			fmt.Fprintf(stdout, "== text page %d\n", page)
		}
		printItem(stdout, it)
	}
	return exitOK
}

// printItem prints one line or one table with its cells.
func printItem(stdout io.Writer, it layout.Item) {
	if it.Grid == nil {
		fmt.Fprintf(stdout, "   line  y=%6.1f x=%6.1f–%6.1f size=%4.1f  %s\n", it.Line.Y, it.Line.X0, it.Line.X1, it.Line.Size, termsafe.String(it.Line.Text()))
		return
	}
	g := it.Grid
	kind := "ruled"
	if !g.Ruled {
		kind = "unruled"
		if g.Flow {
			kind = "flow (text pieces by line)"
		}
	}
	fmt.Fprintf(stdout, "   table %s %d×%d at (%.1f,%.1f)–(%.1f,%.1f)\n", kind, g.NumRows(), g.NumCols(), g.X0, g.Y0, g.X1, g.Y1)
	fmt.Fprintf(stdout, "     meaning: %s\n", termsafe.String(forms.DescribeTable(g)))
	for _, c := range g.Cells {
		if c.Text == "" {
			continue
		}
		fmt.Fprintf(stdout, "     [r%02d c%02d %dx%d] (%.1f,%.1f)–(%.1f,%.1f) %q\n", c.Row, c.Col, c.RowSpan, c.ColSpan, c.X0, c.Y0, c.X1, c.Y1, c.Text)
	}
}
