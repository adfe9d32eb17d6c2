package normalize

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/budgetpdf/budgetpdf"
)

// TestMatchesTruth checks every scored field of the fixtures that carry a
// truth file (the dev corpus's exact expected document) the way the
// evaluation compares them: strings with white space removed, numbers to
// 0.005, null only equal to null.
func TestMatchesTruth(t *testing.T) {
	for _, path := range pdfFixtures(t) {
		truthPath := strings.TrimSuffix(path, ".pdf") + ".truth.json"
		raw, err := os.ReadFile(truthPath)
		if err != nil {
			continue
		}
		var want budgetpdf.Document
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", truthPath, err)
		}
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			got := documentOf(t, path)
			for _, d := range compareDocuments(&want, got) {
				t.Error(d)
			}
		})
	}
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func sameNumber(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 0.005
}

// compareDocuments lists the scored fields that differ.
func compareDocuments(want, got *budgetpdf.Document) []string {
	var diffs []string
	str := func(at, w, g string) {
		if squash(w) != squash(g) {
			diffs = append(diffs, fmt.Sprintf("%s: want %q, got %q", at, w, g))
		}
	}
	str("unit.code", want.Unit.Code, got.Unit.Code)
	str("unit.name", want.Unit.Name, got.Unit.Name)
	str("money_unit", want.MoneyUnit, got.MoneyUnit)
	if want.Year != got.Year {
		diffs = append(diffs, fmt.Sprintf("year: want %d, got %d", want.Year, got.Year))
	}
	if len(want.Projects) != len(got.Projects) {
		return append(diffs, fmt.Sprintf("projects: want %d, got %d", len(want.Projects), len(got.Projects)))
	}
	for i, w := range want.Projects {
		g := got.Projects[i]
		at := fmt.Sprintf("projects[%d]", i)
		str(at+".code", w.Code, g.Code)
		str(at+".name", w.Name, g.Name)
		str(at+".purpose", w.Purpose, g.Purpose)
		str(at+".goal", w.Goal, g.Goal)
		if !sameNumber(w.Budget.Total, g.Budget.Total) || !sameNumber(w.Budget.Fiscal, g.Budget.Fiscal) || !sameNumber(w.Budget.Other, g.Budget.Other) {
			diffs = append(diffs, at+".budget differs")
		}
		if fmt.Sprint(w.Pages) != fmt.Sprint(g.Pages) {
			diffs = append(diffs, fmt.Sprintf("%s.pages: want %v, got %v", at, w.Pages, g.Pages))
		}
		if len(w.Plan) != len(g.Plan) {
			diffs = append(diffs, at+".plan length differs")
		} else {
			for k := range w.Plan {
				if squash(w.Plan[k].Period) != squash(g.Plan[k].Period) || !sameNumber(w.Plan[k].Value, g.Plan[k].Value) {
					diffs = append(diffs, fmt.Sprintf("%s.plan[%d] differs", at, k))
				}
			}
		}
		diffs = append(diffs, compareIndicators(at, w.Indicators, g.Indicators)...)
	}
	if (want.Department == nil) != (got.Department == nil) {
		diffs = append(diffs, "department presence differs")
	}
	diffs = append(diffs, compareSections(want.Sections, got.Sections)...)
	return diffs
}

func compareIndicators(at string, want, got []budgetpdf.Indicator) []string {
	if len(want) != len(got) {
		return []string{fmt.Sprintf("%s.indicators: want %d, got %d", at, len(want), len(got))}
	}
	var diffs []string
	for k, w := range want {
		g := got[k]
		a := fmt.Sprintf("%s.indicators[%d]", at, k)
		for _, f := range [][3]string{{"level1", w.Level1, g.Level1}, {"level2", w.Level2, g.Level2}, {"name", w.Name, g.Name},
			{"description", w.Description, g.Description}, {"target", w.Target, g.Target}, {"op", w.Op, g.Op},
			{"unit", w.Unit, g.Unit}, {"basis", w.Basis, g.Basis}} {
			if squash(f[1]) != squash(f[2]) {
				diffs = append(diffs, fmt.Sprintf("%s.%s: want %q, got %q", a, f[0], f[1], f[2]))
			}
		}
		if !sameNumber(w.Value, g.Value) || w.Page != g.Page {
			diffs = append(diffs, a+": value or page differs")
		}
	}
	return diffs
}

func compareSections(want, got []budgetpdf.Section) []string {
	if len(want) != len(got) {
		return []string{fmt.Sprintf("sections: want %d, got %d", len(want), len(got))}
	}
	var diffs []string
	for i := range want {
		if squash(strings.Join(want[i].Path, ">")) != squash(strings.Join(got[i].Path, ">")) || squash(want[i].Text) != squash(got[i].Text) {
			diffs = append(diffs, fmt.Sprintf("sections[%d] %v differs", i, want[i].Path))
		}
	}
	return diffs
}
