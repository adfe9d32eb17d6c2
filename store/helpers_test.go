package store

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// fixtures are the documents in testdata, by file name.
var fixtures = []string{"dev-002.json", "dev-008.json", "dev-012.json", "full.json", "budget.json"}

// openTemp opens a new database: a SQLite file, or on PostgreSQL inside
// onEngines' postgres subtest.
func openTemp(t testing.TB, opts ...Option) *DB {
	t.Helper()
	db, err := Open(tempDSN(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func loadFixture(t testing.TB, name string) (*budgetpdf.Document, []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var d budgetpdf.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &d, raw
}

func counts(t testing.TB, db *DB) Counts {
	t.Helper()
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// searchRowsFor is the number of full-text rows d should give: one per
// section, project and indicator (all have text in the fixtures).
func searchRowsFor(d *budgetpdf.Document) int {
	c := RowsOf(d)
	return c.Sections + c.Projects + c.Indicators
}
