package pdfgrid

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
)

// A grid whose borders are thin boxes all in one filled path (one f* for
// the page, as the Excel-like producer of the 北京 预算表12 writes it)
// must read as a lattice, the same as one drawn border by border: without
// its rules the table falls to the unruled reader, which runs rows into
// one another.
func TestLatticeFromGridDrawnAsOneFill(t *testing.T) {
	const font = "<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>>>>>"
	// The grid in a y-down space (the producer's CTM flips the page): rows
	// at 100, 130, 160, 190, columns at 50, 200, 300, 400; borders 1 unit
	// thick. The header row's vertical borders are a second path, as on the
	// page, so that the lattice is joined from pieces of both.
	box := func(x0, y0, x1, y1 float64) string {
		return fmt.Sprintf("%g %g m %g %g l %g %g l %g %g l h", x0, y0, x1, y0, x1, y1, x0, y1)
	}
	var body, head []string
	for _, y := range []float64{100, 130, 160, 190} {
		body = append(body, box(50, y, 401, y+1))
	}
	for _, x := range []float64{50, 200, 300, 400} {
		body = append(body, box(x, 131, x+1, 191))
		head = append(head, box(x, 100, x+1, 131))
	}
	cells := []struct {
		x, y float64
		text string
	}{
		{60, 120, "Name"}, {210, 120, "Sign"}, {310, 120, "Value"},
		{60, 150, "Rate"}, {210, 150, ">="}, {310, 150, "95"},
		{60, 180, "Count"}, {210, 180, "="}, {310, 180, "50"},
	}
	var text []string
	for _, c := range cells {
		text = append(text, fmt.Sprintf("BT /F1 10 Tf 1 0 0 -1 %g %g Tm (%s) Tj ET", c.x, c.y, c.text))
	}
	content := strings.Join([]string{
		"1 0 0 -1 0 842 cm",
		"0.76 0.76 0.77 rg " + strings.Join(body, " ") + " f*",
		"0.76 0.76 0.77 rg " + strings.Join(head, " ") + " f*",
		"0 0 0 rg " + strings.Join(text, " "),
	}, "\n")
	b := &pdfgen.Builder{}
	d, err := extract.Open(b.Build([]pdfgen.Page{{Resources: font, Contents: []string{content}}}), extract.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Page(1)
	grids, _ := latticeTables(p)
	if len(grids) != 1 {
		t.Fatalf("got %d grids from rules %+v, want 1", len(grids), p.Rules)
	}
	want := [][]string{{"Name", "Sign", "Value"}, {"Rate", ">=", "95"}, {"Count", "=", "50"}}
	if got := grids[0].Rows(); !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}
