package diff

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// load reads a budgetpdf/v1 document from testdata.
func load(t testing.TB, name string) *budgetpdf.Document {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var d budgetpdf.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &d
}

// clone deep-copies a document, so a test can change the copy.
func clone(t testing.TB, d *budgetpdf.Document) *budgetpdf.Document {
	t.Helper()
	raw, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var c budgetpdf.Document
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// nextYear is d one year later, with every project code changed the way
// real codes change (they embed the year).
func nextYear(t testing.TB, d *budgetpdf.Document) *budgetpdf.Document {
	n := clone(t, d)
	n.Year++
	n.Source.File = strings.TrimSuffix(n.Source.File, ".pdf") + "-next.pdf"
	for i := range n.Projects {
		if c := n.Projects[i].Code; c != "" {
			n.Projects[i].Code = "9" + c[1:]
		}
	}
	return n
}

func project(t testing.TB, d *budgetpdf.Document, name string) *budgetpdf.Project {
	t.Helper()
	for i := range d.Projects {
		if d.Projects[i].Name == name {
			return &d.Projects[i]
		}
	}
	t.Fatalf("no project %s", name)
	return nil
}

func indicator(t testing.TB, p *budgetpdf.Project, name string) *budgetpdf.Indicator {
	t.Helper()
	for i := range p.Indicators {
		if p.Indicators[i].Name == name {
			return &p.Indicators[i]
		}
	}
	t.Fatalf("%s: no indicator %s", p.Name, name)
	return nil
}

func removeIndicator(t testing.TB, p *budgetpdf.Project, name string) {
	t.Helper()
	indicator(t, p, name)
	p.Indicators = slices.DeleteFunc(p.Indicators, func(i budgetpdf.Indicator) bool { return i.Name == name })
}

// insertIndicator puts ind right after the indicator named after.
func insertIndicator(t testing.TB, p *budgetpdf.Project, after string, ind budgetpdf.Indicator) {
	t.Helper()
	k := slices.IndexFunc(p.Indicators, func(i budgetpdf.Indicator) bool { return i.Name == after })
	if k < 0 {
		t.Fatalf("%s: no indicator %s", p.Name, after)
	}
	p.Indicators = slices.Insert(p.Indicators, k+1, ind)
}

// quantitative sets a parsed quantitative target.
func quantitative(ind *budgetpdf.Indicator, printed, op string, value float64, unit string) {
	ind.Target, ind.Op, ind.Value, ind.Unit = printed, op, budgetpdf.Float(value), unit
}

// qualitative sets a qualitative target.
func qualitative(ind *budgetpdf.Indicator, printed string) {
	ind.Target, ind.Op, ind.Value, ind.Unit = printed, "", nil, ""
}

// change builds an expected Change (similarity is checked separately).
func change(kind Kind, project, indicator, field string, from, to any, direction string) Change {
	return Change{Kind: kind, Project: project, Indicator: indicator, Field: field,
		From: from, To: to, Direction: direction}
}

// checkChanges compares the changes with want, in order. The similarity of
// renamed kinds must reach the threshold (it is then not compared
// further); every other kind must have similarity 0.
func checkChanges(t *testing.T, got, want []Change) {
	t.Helper()
	got = slices.Clone(got)
	for i, c := range got {
		renamed := c.Kind == ProjectRenamed || c.Kind == IndicatorRenamed
		if renamed && c.Similarity < DefaultThreshold || !renamed && c.Similarity != 0 {
			t.Errorf("change %d %s %s: similarity %v", i, c.Kind, c.Indicator, c.Similarity)
		}
		got[i].Similarity = 0
	}
	if gj, wj := dump(t, got), dump(t, want); gj != wj {
		t.Errorf("changes differ\n got:\n%s\nwant:\n%s", gj, wj)
	}
}

// dump prints changes one JSON object per line, for readable failures.
func dump[C Change | LineChange](t *testing.T, cs []C) string {
	var b strings.Builder
	for _, c := range cs {
		raw, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
		b.WriteByte('\n')
	}
	return b.String()
}
