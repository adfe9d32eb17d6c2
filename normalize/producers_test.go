package normalize

import (
	"encoding/json"
	"testing"
)

// TestProducersAgree: one HTML form printed by LibreOffice (TrueType
// subsets, stroked rules) and by Chromium (Type3 fonts whose ToUnicode
// gives Kangxi radicals, rules as thin filled rectangles under a scaled,
// flipped CTM) must give the same projects.
func TestProducersAgree(t *testing.T) {
	lo := documentOf(t, "../testdata/diff/forest-2023.pdf")
	cr := documentOf(t, "../testdata/pdf/forest-2023-chromium.pdf")
	a, _ := json.Marshal(lo.Projects)
	b, _ := json.Marshal(cr.Projects)
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
