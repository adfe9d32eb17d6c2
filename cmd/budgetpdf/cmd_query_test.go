package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// importedDB imports n varied fixture documents through the CLI and
// returns the database path.
func importedDB(t *testing.T, n int) string {
	t.Helper()
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, n)
	db := filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI("import", "--db", db, dir); code != exitOK {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	return db
}

func TestQuery_RefusesToWrite(t *testing.T) {
	db := importedDB(t, 1)
	for _, q := range []string{
		"DELETE FROM documents",
		"UPDATE indicators SET name = ''",
		"INSERT INTO import_errors (file, sha256, reason, attempted_at) VALUES ('a', 'b', 'c', 'd')",
		"DROP VIEW indicator_rows",
		"CREATE TABLE mine (x)",
		"PRAGMA journal_mode = DELETE",
	} {
		code, _, stderr := runCLI("query", "--db", db, q)
		if code != exitFailed || stderr == "" {
			t.Errorf("%s: exit %d, stderr %q; want a refusal", q, code, stderr)
		}
	}
	if _, out, _ := runCLI("query", "--db", db, "--csv", "PRAGMA journal_mode"); out != "journal_mode\nwal\n" {
		t.Errorf("journal_mode after the attempts: %q, want wal", out)
	}
	if c := openCounts(t, db); c.Documents != 1 || c.ImportErrors != 0 {
		t.Errorf("database changed: %+v", c)
	}
}

func TestQuery_Formats(t *testing.T) {
	db := importedDB(t, 2)
	const q = "SELECT unit, year, budget_total FROM indicator_rows WHERE indicator_seq = 0 ORDER BY indicator_id"
	code, out, stderr := runCLI("query", "--db", db, "--csv", q)
	if code != exitOK {
		t.Fatalf("csv: exit %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 2 || strings.Join(recs[0], ",") != "unit,year,budget_total" {
		t.Fatalf("csv output %q (%v)", out, err)
	}
	code, out, _ = runCLI("query", "--db", db, "--json", q)
	var objs []map[string]any
	if err := json.Unmarshal([]byte(out), &objs); code != exitOK || err != nil || len(objs) != len(recs)-1 {
		t.Fatalf("json output %q (%v), want %d objects", out, err, len(recs)-1)
	}
	if _, ok := objs[0]["year"].(float64); !ok {
		t.Errorf("json year = %#v, want a number", objs[0]["year"])
	}
	code, out, _ = runCLI("query", "--db", db, q)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != len(recs)+2 || !strings.HasPrefix(lines[len(lines)-1], "(") {
		t.Errorf("table output:\n%s", out)
	}
}

func TestQuery_Usage(t *testing.T) {
	tests := [][]string{
		{"query"},
		{"query", "--db", "x.db"},
		{"query", "--db", "x.db", "--csv", "--json", "SELECT 1"},
		{"search", "--db", "x.db"},
		{"export", "--db", "x.db", "--format", "pdf"},
		{"import", "--db", "x.db"},
	}
	for _, args := range tests {
		if code, _, _ := runCLI(args...); code != exitBadInput {
			t.Errorf("%v: exit %d, want %d", args, code, exitBadInput)
		}
	}
}

func TestFormatTable_AlignsWideCharacters(t *testing.T) {
	rows := [][]any{{"调研", int64(1)}, {"ab", nil}, {"多行\n文本", 2.5}}
	i := 0
	next := func() ([]any, error) {
		if i == len(rows) {
			return nil, errEOF
		}
		i++
		return rows[i-1], nil
	}
	var b strings.Builder
	if err := formatTable(&b, []string{"name", "n"}, next); err != nil {
		t.Fatal(err)
	}
	want := "name       n\n---------  ----\n调研       1\nab         NULL\n多行⏎文本  2.5\n(3 rows)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"调研", 4}, {"１５％", 6}, {"a调b", 4}, {"≥80", 3},
	}
	for _, tt := range tests {
		if got := displayWidth(tt.s); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
