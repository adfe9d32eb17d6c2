package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/store"
)

// The budget fixture (the 2026 司法局 unit budget as extracted) fails
// checks: 行政运行 prints 项目支出 64,840,547.00 that belongs to no line.
const checkFixture = "../../store/testdata/budget.json"

func TestCheckFileFormats(t *testing.T) {
	for _, format := range []string{"text", "json", "html"} {
		var out, errb bytes.Buffer
		code := run([]string{"check", "--format", format, checkFixture}, &out, &errb)
		if code != exitOK {
			t.Fatalf("%s: exit %d, want 0 without --exit-code (%s)", format, code, errb.String())
		}
		if !strings.Contains(out.String(), "行政运行") || !strings.Contains(out.String(), "64840547") {
			t.Errorf("%s: the 行政运行 failure is not printed:\n%s", format, out.String())
		}
		if format == "json" {
			var v struct {
				Failed    int `json:"failed"`
				Documents []struct {
					Checks []budgetpdf.BudgetCheck `json:"checks"`
				} `json:"documents"`
			}
			if err := json.Unmarshal(out.Bytes(), &v); err != nil || v.Failed == 0 || len(v.Documents) != 1 {
				t.Fatalf("json: %v, failed %d", err, v.Failed)
			}
			for _, c := range v.Documents[0].Checks {
				if c.Status != "fail" || c.Page == 0 {
					t.Errorf("json without --all holds %+v", c)
				}
			}
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"check", "--exit-code", checkFixture}, &out, &errb); code != exitFailed {
		t.Errorf("--exit-code with failed checks: exit %d, want 1", code)
	}
}

func TestCheckExitCodeClean(t *testing.T) {
	d := budgetpdf.Document{Schema: budgetpdf.Schema, BudgetChecks: []budgetpdf.BudgetCheck{{Rule: "parent_sum", Status: "pass", Page: 3, Message: "4 sums agree"}}}
	raw, _ := json.Marshal(d)
	path := filepath.Join(t.TempDir(), "clean.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"check", "--exit-code", "--all", path}, &out, &errb); code != exitOK {
		t.Errorf("exit %d on a document whose checks pass (%s)", code, errb.String())
	}
	if !strings.Contains(out.String(), "4 sums agree") {
		t.Errorf("--all does not print the passing check:\n%s", out.String())
	}
}

func TestCheckDB(t *testing.T) {
	raw, err := os.ReadFile(checkFixture)
	if err != nil {
		t.Fatal(err)
	}
	var d budgetpdf.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "b.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(context.Background(), store.Entry{File: "budget.pdf", SHA256: "x", Doc: &d, JSON: raw}, false); err != nil {
		t.Fatal(err)
	}
	db.Close()
	var out, errb bytes.Buffer
	code := run([]string{"check", "--db", path, "--exit-code"}, &out, &errb)
	if code != exitFailed {
		t.Errorf("--db --exit-code: exit %d, want 1 (%s)", code, errb.String())
	}
	want := len(failing(d.BudgetChecks))
	if !strings.Contains(out.String(), "budget.pdf") || strings.Count(out.String(), "FAIL") != want {
		t.Errorf("--db prints %d failures, the document holds %d:\n%s", strings.Count(out.String(), "FAIL"), want, out.String())
	}
	if code := run([]string{"check", "--db", path, checkFixture}, &out, &errb); code != exitBadInput {
		t.Errorf("--db with a FILE: exit %d, want 2", code)
	}
}

// TestExtractChecksNarrative: the extraction pipeline compares the
// narrative's totals with the tables: 万里街道 2024 prints “三公”经费预算数为
// 47.91万元 (p32) and its “三公” table 47.91 (p31).
func TestExtractChecksNarrative(t *testing.T) {
	doc, _, err := extractWithPages(filepath.Join("..", "..", "testdata", "pdf", "real-wanli-2024.pdf"), extract.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range doc.BudgetChecks {
		if c.Rule == "narrative" {
			got = append(got, c.Status+" "+c.Kind+" "+c.Message)
		}
	}
	if want := []string{"pass three_public 1 narrative figures agree"}; !slices.Equal(got, want) {
		t.Errorf("narrative checks %q, want %q", got, want)
	}
}
