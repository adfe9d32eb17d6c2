package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// hostile is text a PDF could carry: clear the screen, retitle the
// window, ring the bell, a C1 CSI, a right-to-left override.
const hostile = "\x1b[2J\x1b]0;pwned\x07\a\u009b31m\u202e"

// TestTerminalOutput_EscapesControlCharacters: text from a document
// reaches the terminal through query's and search's tables and diff's
// text with its control characters escaped.
func TestTerminalOutput_EscapesControlCharacters(t *testing.T) {
	useFakeExtract(t)
	dir := t.TempDir()
	old := fixtureDoc(t, "dev-002.json")
	nu := fixtureDoc(t, "dev-002.json")
	old.Unit.Name += hostile
	nu.Unit.Name += hostile
	nu.Year++
	for i := range nu.Projects {
		nu.Projects[i].Name += hostile
		nu.Projects[i].Goal += hostile
	}
	oldPath, newPath := filepath.Join(dir, "old.json"), filepath.Join(dir, "new.json")
	writeJSON(t, oldPath, old)
	writeJSON(t, newPath, nu)
	in := t.TempDir()
	writeJSON(t, filepath.Join(in, "a.pdf"), nu)
	db := filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI("import", "--db", db, in); code != exitOK {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"query table", []string{"query", "--db", db, "SELECT unit, name FROM indicator_rows JOIN projects p ON p.document_id = indicator_rows.document_id LIMIT 3"}},
		{"query column name", []string{"query", "--db", db, "SELECT 1 AS \"" + hostile + "\""}},
		{"query value", []string{"query", "--db", db, "SELECT char(27) || '[2J' || char(7) AS x"}},
		{"search", []string{"search", "--db", db, "项目"}},
		{"diff text", []string{"diff", oldPath, newPath}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(tt.args...)
			if code != exitOK || out == "" {
				t.Fatalf("exit %d, no output: %s", code, stderr)
			}
			for _, r := range out {
				if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == '\u202e' {
					t.Fatalf("raw control character %U in the output:\n%q", r, out)
				}
			}
		})
	}
}

func fixtureDoc(t *testing.T, name string) *budgetpdf.Document {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "store", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var d budgetpdf.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, path, string(b))
}
