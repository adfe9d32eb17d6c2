package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

// TestExtract_TextEncodings: the sample disclosure in GBK, UTF-16LE and
// UTF-16BE (with their byte order marks) extracts to the same document as
// in UTF-8, through the CLI and its watchdog child.
func TestExtract_TextEncodings(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata")
	want := extractedDoc(t, filepath.Join(dir, "leting-renda-2023-targets.txt"))
	if want.Unit.Name == "" || want.Year != 2023 || len(want.Projects) == 0 {
		t.Fatalf("the UTF-8 sample gave unit %q, year %d, %d projects", want.Unit.Name, want.Year, len(want.Projects))
	}
	for _, f := range []string{"leting-renda-2023-gbk.txt", "leting-renda-2023-utf16le.txt", "leting-renda-2023-utf16be.txt"} {
		got := extractedDoc(t, filepath.Join(dir, "text", f))
		if got.Source.File != f {
			t.Errorf("%s: source file %q", f, got.Source.File)
		}
		got.Source = want.Source
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(want)
		if string(a) != string(b) {
			t.Errorf("%s: the document differs from the UTF-8 sample's", f)
		}
	}
}

func extractedDoc(t *testing.T, path string) *budgetpdf.Document {
	t.Helper()
	code, out, errOut := runCLI("extract", "--compact", path)
	if code != exitOK {
		t.Fatalf("extract %s: exit %d: %s", path, code, errOut)
	}
	var d budgetpdf.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// TestExtract_TextThatIsNoDisclosure: a note is refused with a reason and
// exit 2, and nothing on stdout.
func TestExtract_TextThatIsNoDisclosure(t *testing.T) {
	code, out, errOut := runCLI("extract", filepath.Join("..", "..", "testdata", "text", "README.txt"))
	if code != exitBadInput || out != "" || !strings.Contains(errOut, "not a budget disclosure") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and the reason", code, out, errOut)
	}
}

// TestImport_StrayReadmeIsNotStored: a README.txt beside a disclosure in
// an import folder becomes an import error with its reason, not a
// document; the disclosure is stored.
func TestImport_StrayReadmeIsNotStored(t *testing.T) {
	in := t.TempDir()
	for src, dst := range map[string]string{
		"leting-renda-2023-targets.txt": "leting.txt",
		"text/README.txt":               "README.txt",
	} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, filepath.Join(in, dst), string(b))
	}
	db := filepath.Join(t.TempDir(), "b.db")
	code, _, errOut := runCLI("import", "--db", db, in)
	if code != exitFailed || !strings.Contains(errOut, "README.txt: not a budget disclosure") {
		t.Fatalf("import: exit %d, stderr %q; want exit 1 naming README.txt", code, errOut)
	}
	if c := openCounts(t, db); c.Documents != 1 || c.ImportErrors != 1 {
		t.Errorf("counts %+v, want 1 document and 1 import error", c)
	}
	s, err := store.Open(db, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var file string
	if err := s.Reader().QueryRowContext(context.Background(), `SELECT file FROM documents`).Scan(&file); err != nil || filepath.Base(file) != "leting.txt" {
		t.Errorf("stored %q (%v), want leting.txt", file, err)
	}
}

// extract --layout on text input shows what the text path rebuilt (its
// lines and grids, with each grid's meaning), not the document.
func TestExtract_LayoutOfText(t *testing.T) {
	code, out, errOut := runCLI("extract", "--in-process", "--layout", filepath.Join("..", "..", "testdata", "leting-renda-2023-targets.txt"))
	if code != exitOK || !strings.Contains(out, "== text page") || !strings.Contains(out, "meaning: target table") || strings.Contains(out, `"schema"`) {
		t.Errorf("exit %d, stderr %q, output:\n%.600s", code, errOut, out)
	}
}
