package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExport_Formats(t *testing.T) {
	db := importedDB(t, 4)
	indicators := openCounts(t, db).Indicators
	dir := t.TempDir()
	tests := []struct {
		format string
		rows   func(t *testing.T, path string) int
	}{
		{"csv", csvRows},
		{"jsonl", jsonlRows},
		{"xlsx", xlsxRows},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := filepath.Join(dir, "indicators."+tt.format)
			if code, _, stderr := runCLI("export", "--db", db, "--format", tt.format, "--out", out); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := tt.rows(t, out); got != indicators {
				t.Errorf("%d rows, want one per indicator (%d)", got, indicators)
			}
			// Without --format, the extension says the format.
			bare := filepath.Join(dir, "bare."+tt.format)
			if code, _, stderr := runCLI("export", "--db", db, "--out", bare); code != exitOK {
				t.Fatalf("without --format: exit %d: %s", code, stderr)
			}
			if got := tt.rows(t, bare); got != indicators {
				t.Errorf("without --format: %d rows, want %d", got, indicators)
			}
		})
	}
}

// TestExport_BOM: --bom starts the CSV with the UTF-8 byte order mark
// Excel needs to show Chinese; without it there is none, and the rest of
// the file is the same.
func TestExport_BOM(t *testing.T) {
	db := importedDB(t, 2)
	dir := t.TempDir()
	plain, marked := filepath.Join(dir, "plain.csv"), filepath.Join(dir, "marked.csv")
	for _, args := range [][]string{{"--out", plain}, {"--out", marked, "--bom"}} {
		if code, _, stderr := runCLI(append([]string{"export", "--db", db}, args...)...); code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
	}
	a, _ := os.ReadFile(plain)
	b, _ := os.ReadFile(marked)
	if strings.HasPrefix(string(a), "\uFEFF") || string(b) != "\uFEFF"+string(a) || !strings.Contains(string(a), "县") {
		t.Errorf("plain starts %q, marked starts %q", a[:min(len(a), 12)], b[:min(len(b), 12)])
	}
}

func csvRows(t *testing.T, path string) int {
	f, _ := os.Open(path)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 || recs[0][0] != "indicator_id" {
		t.Fatalf("csv: %v, header %v", err, recs)
	}
	return len(recs) - 1
}

func jsonlRows(t *testing.T, path string) int {
	f, _ := os.Open(path)
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil || row["indicator"] == nil {
			t.Fatalf("line %d: %v %s", n+1, err, sc.Text())
		}
		n++
	}
	return n
}

func xlsxRows(t *testing.T, path string) int {
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 || rows[0][0] != "indicator_id" {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		for _, r := range rows[1:] {
			if !strings.EqualFold(r[7], sheet) { // kind column
				t.Errorf("sheet %s holds a %s row", sheet, r[7])
			}
		}
		n += len(rows) - 1
	}
	return n
}

// TestExport_OutOnlyReplacesRegularFiles: --out that is a symlink, a named
// pipe or a folder is refused (exit 2) and left as it was; a regular file
// is replaced whole.
func TestExport_OutOnlyReplacesRegularFiles(t *testing.T) {
	db := importedDB(t, 1)
	dir := t.TempDir()
	target := filepath.Join(dir, "target.csv")
	writeTestFile(t, target, "keep me\n")
	tests := []struct {
		name    string
		make    func(path string) error
		refused bool
	}{
		{"symlink to a file", func(p string) error { return os.Symlink(target, p) }, true},
		{"dangling symlink", func(p string) error { return os.Symlink(filepath.Join(dir, "nowhere"), p) }, true},
		{"symlink to /dev/null", func(p string) error { return os.Symlink("/dev/null", p) }, true},
		{"named pipe", func(p string) error { return syscall.Mkfifo(p, 0o644) }, true},
		{"folder", func(p string) error { return os.Mkdir(p, 0o755) }, true},
		{"regular file", func(p string) error { return os.WriteFile(p, []byte("old"), 0o644) }, false},
		{"nothing there", func(string) error { return nil }, false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, fmt.Sprintf("out%d.csv", i))
			if err := tt.make(out); err != nil {
				t.Fatal(err)
			}
			before, _ := os.Lstat(out)
			code, _, stderr := runCLI("export", "--db", db, "--format", "csv", "--out", out)
			after, err := os.Lstat(out)
			if !tt.refused {
				if code != exitOK || err != nil || !after.Mode().IsRegular() || csvRows(t, out) == 0 {
					t.Errorf("exit %d (%s), out %v: want the export written", code, stderr, err)
				}
				return
			}
			if code != exitBadInput || !strings.Contains(stderr, "not replacing") {
				t.Errorf("exit %d, stderr %q; want 2 and a refusal", code, stderr)
			}
			if err != nil || after.Mode() != before.Mode() {
				t.Errorf("--out was replaced: mode %v, then %v (%v)", before.Mode(), after.Mode(), err)
			}
		})
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me\n" {
		t.Errorf("the symlink's target was written: %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != len(tests)+1 { // the outs and the target, no temporary file
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the folder: %v", names)
	}
}
