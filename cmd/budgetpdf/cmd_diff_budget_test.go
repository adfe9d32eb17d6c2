package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/diff"
	"github.com/budgetpdf/budgetpdf/store"
)

// budgetYears is one unit's 一般公共预算支出表 in two years, without target
// tables: 2080505 goes from 1839485 元 to 157.23 万元 (the 2024 table
// prints 万元), 2080599 is new.
func budgetYears(unit string) (old, new *budgetpdf.Document) {
	mk := func(year int, money string, rows ...budgetpdf.BudgetRow) *budgetpdf.Document {
		return &budgetpdf.Document{Schema: budgetpdf.Schema, Unit: budgetpdf.Unit{Name: unit}, Year: year, Kind: budgetpdf.KindDeptBudget,
			Source: budgetpdf.Source{File: fmt.Sprintf("%s-%d.pdf", unit, year)},
			BudgetTables: []budgetpdf.BudgetTable{{Kind: "general_expenditure", Title: "一般公共预算支出表", Pages: []int{7}, MoneyUnit: money,
				Columns: []budgetpdf.BudgetColumn{{Header: "合计", Role: "total"}}, Rows: rows}}}
	}
	row := func(code, name string, v float64) budgetpdf.BudgetRow {
		return budgetpdf.BudgetRow{Page: 7, Code: code, Name: name, Values: []*float64{budgetpdf.Float(v)}}
	}
	return mk(2023, "元", row("2080505", "机关事业单位基本养老保险缴费支出", 1839485)),
		mk(2024, "万元", row("2080505", "机关事业单位基本养老保险缴费支出", 157.23), row("2080599", "其他行政事业单位养老支出", 0.62))
}

// TestDiffDBBudgetLines: diff --db compares the stored budget tables line
// by line, in 万元 (183.9485 → 157.23), and a pair without target tables
// whose budget lines changed exits 1 under --exit-code, not 2.
func TestDiffDBBudgetLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "budget.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	old, new := budgetYears("甲县民政局")
	for _, d := range []*budgetpdf.Document{old, new} {
		sum := sha256.Sum256([]byte(d.Source.File))
		if _, err := db.Put(context.Background(), store.Entry{File: d.Source.File, SHA256: fmt.Sprintf("%x", sum), Doc: d}, false); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	args := []string{"--db", path, "--unit", "甲县民政局", "--from", "2023", "--to", "2024"}
	code, out, errOut := runDiffCLI(t, append(args, "--format", "json", "--exit-code")...)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r diff.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	want := []diff.LineChange{
		{Kind: diff.LineChanged, Table: "general_expenditure", Title: "一般公共预算支出表", Code: "2080505", Name: "机关事业单位基本养老保险缴费支出",
			Column: "合计", Role: "total", From: 183.9485, To: 157.23, MoneyUnit: "万元", OldPage: 7, NewPage: 7},
		{Kind: diff.LineAdded, Table: "general_expenditure", Title: "一般公共预算支出表", Code: "2080599", Name: "其他行政事业单位养老支出",
			Column: "合计", Role: "total", To: 0.62, MoneyUnit: "万元", NewPage: 7},
	}
	if g, w := fmt.Sprint(r.BudgetChanges), fmt.Sprint(want); g != w {
		t.Errorf("budget changes\n%s\nwant\n%s", g, w)
	}
	formats := map[string]string{
		"text": "2080505 机关事业单位基本养老保险缴费支出: 合计: 183.9485 → 157.23 (-26.7185, -14.5%)",
		"csv":  "甲县民政局,2023,2024,line_added,,,合计,,0.62,,,,,general_expenditure,2080599,其他行政事业单位养老支出,万元,,7",
		"html": "<td>2080599</td><td>其他行政事业单位养老支出</td>",
	}
	for format, w := range formats {
		code, out, errOut := runDiffCLI(t, append(args, "--format", format)...)
		if code != exitOK || !strings.Contains(out, w) {
			t.Errorf("%s: exit %d, %s: lacks %q\n%s", format, code, errOut, w, out)
		}
	}
}
