package normalize

import (
	"encoding/json"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// TestProducersAgree: one HTML form printed by LibreOffice (TrueType
// subsets, stroked rules) and by Chromium (Type3 fonts whose ToUnicode
// gives Kangxi radicals, rules as thin filled rectangles under a scaled,
// flipped CTM) must give the same projects. The two paginate differently,
// so page numbers are left out of the comparison.
func TestProducersAgree(t *testing.T) {
	lo := documentOf(t, "../testdata/diff/forest-2023.pdf")
	cr := documentOf(t, "../testdata/pdf/forest-2023-chromium.pdf")
	a, _ := json.Marshal(withoutPages(lo.Projects))
	b, _ := json.Marshal(withoutPages(cr.Projects))
	if string(a) != string(b) {
		t.Errorf("projects differ:\nLibreOffice %s\nChromium    %s", a, b)
	}
	if len(lo.Projects) == 0 || len(lo.Projects[0].Indicators) == 0 {
		t.Fatal("no indicators: the comparison proves nothing")
	}
	if lo.Unit != cr.Unit || lo.Year != cr.Year {
		t.Errorf("header differs: %+v %d vs %+v %d", lo.Unit, lo.Year, cr.Unit, cr.Year)
	}
}

func withoutPages(ps []budgetpdf.Project) []budgetpdf.Project {
	out := make([]budgetpdf.Project, len(ps))
	for i, p := range ps {
		p.Pages = nil
		inds := make([]budgetpdf.Indicator, len(p.Indicators))
		for k, ind := range p.Indicators {
			ind.Page = 0
			inds[k] = ind
		}
		p.Indicators = inds
		out[i] = p
	}
	return out
}
