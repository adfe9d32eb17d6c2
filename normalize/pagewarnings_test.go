package normalize

import (
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
)

func TestPageWarnings(t *testing.T) {
	p := extract.Page{Number: 4, Images: []extract.Rect{{X0: 0, Y0: 0, X1: 500, Y1: 700}}, Unmapped: 3}
	codes := map[string]bool{}
	for _, w := range pageWarnings(p) {
		codes[w.Code] = true
	}
	if !codes[budgetpdf.WarnScannedPage] || !codes[budgetpdf.WarnUnmappedGlyphs] {
		t.Errorf("warnings %v, want scanned_page and unmapped_glyphs", codes)
	}
}
