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

// TestBorderlessT2MatchesRuled: a Hunan department table printed without
// rules, its narrow header cells wrapped around the header line and its
// 部门（单位）名称 label split over two lines, reads like the ruled print.
func TestBorderlessT2MatchesRuled(t *testing.T) {
	ruled := documentOf(t, "../testdata/pdf/hunan-t2-ruled.pdf")
	borderless := documentOf(t, "../testdata/pdf/hunan-t2-borderless.pdf")
	if ruled.Department == nil || borderless.Department == nil {
		t.Fatalf("department: ruled %v, borderless %v", ruled.Department != nil, borderless.Department != nil)
	}
	strip := func(inds []budgetpdf.Indicator) []budgetpdf.Indicator {
		out := make([]budgetpdf.Indicator, len(inds))
		for i, ind := range inds {
			ind.Extra, ind.Page = nil, 0
			out[i] = ind
		}
		return out
	}
	a, _ := json.Marshal(strip(ruled.Department.Indicators))
	b, _ := json.Marshal(strip(borderless.Department.Indicators))
	if string(a) != string(b) || len(ruled.Department.Indicators) != 5 {
		t.Errorf("indicators differ:\nruled      %s\nborderless %s", a, b)
	}
	if ruled.Department.Goal != borderless.Department.Goal || borderless.Unit.Name != "湘江县民政局" {
		t.Errorf("goal or unit differ: %q %q %+v", ruled.Department.Goal, borderless.Department.Goal, borderless.Unit)
	}
	if got := borderless.Department.Indicators[0].Extra["指标值类型"]; got != "≥" {
		t.Errorf("wrapped header 指标值类型 lost: extra %+v", borderless.Department.Indicators[0].Extra)
	}
}
