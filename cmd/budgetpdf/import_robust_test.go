package main

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/store"
)

// importChild runs `budgetpdf import` as a child process (this test binary)
// with a deadline, so that an import that hangs fails the test instead of
// hanging it. It returns the exit code (-1 when killed at the deadline).
func importChild(t *testing.T, cmd *exec.Cmd, deadline time.Duration) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Error(err) // not Fatal: callers run it in goroutines
		return -2, err.Error()
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), stderr.String()
		}
		if err != nil {
			t.Error(err)
			return -2, err.Error()
		}
		return 0, stderr.String()
	case <-time.After(deadline):
		syscall.Kill(cmd.Process.Pid, syscall.SIGKILL)
		<-done
		return -1, stderr.String()
	}
}

// TestImport_DatabaseFailsUnderIt: when the database is damaged or half
// dropped, import exits 1 and names the cause, instead of counting the
// files as interrupted and exiting 0.
func TestImport_DatabaseFailsUnderIt(t *testing.T) {
	useFakeExtract(t)
	tests := []struct {
		name   string
		damage func(t *testing.T, db string)
		cause  string
	}{
		{"documents dropped", func(t *testing.T, db string) { execSQL(t, db, "DROP VIEW indicator_rows; DROP TABLE documents") }, "no such table: documents"},
		{"search dropped", func(t *testing.T, db string) { execSQL(t, db, "DROP TABLE search") }, "no such table"},
		{"pages overwritten", overwritePages, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := importedDB(t, 2)
			tt.damage(t, db)
			dir := t.TempDir()
			writeDocs(t, dir, 4) // two new, two stored
			renameUnits(t, dir, 2)
			code, _, stderr := runCLI("import", "--db", db, dir)
			if code != exitFailed || !strings.Contains(stderr, tt.cause) || strings.Contains(stderr, "interrupted") {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1 naming %q, and no interruption", code, stderr, tt.cause)
			}
		})
	}
}

// renameUnits gives the first n documents in dir new bytes.
func renameUnits(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("doc%03d.pdf", i))
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, p, strings.Replace(string(b), `"name":"`, `"name":"new `, 1))
	}
}

func execSQL(t *testing.T, db, q string) {
	t.Helper()
	c, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Exec(q); err != nil {
		t.Fatal(err)
	}
}

// overwritePages fills every page after the first two with 0xff.
func overwritePages(t *testing.T, db string) {
	t.Helper()
	b, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	for i := 2 * 4096; i < len(b); i++ {
		b[i] = 0xff
	}
	if err := os.WriteFile(db, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestImport_RefusedInputs: inputs that are not regular files are refused
// without being read (a FIFO or /dev/zero used to hang import forever),
// each is one import_errors row, and the batch goes on; two failing files
// with the same bytes keep a row each.
func TestImport_RefusedInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, 2)
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	named := filepath.Join(t.TempDir(), "named-fifo")
	if err := syscall.Mkfifo(named, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"bad.pdf", "sub/same-bytes.pdf"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		writeTestFile(t, filepath.Join(dir, name), "%PDF-1.7\n1 0 obj <<")
	}
	db := filepath.Join(t.TempDir(), "b.db")
	cmd := exec.Command(testExe(t), "import", "--db", db, dir, named, "/dev/zero")
	code, stderr := importChild(t, cmd, 30*time.Second)
	if code != exitFailed {
		t.Fatalf("exit %d (-1: still running after 30s), want 1; stderr:\n%s", code, stderr)
	}
	want := map[string]string{
		filepath.Join(dir, "fifo.pdf"):           "named pipe",
		named:                                    "named pipe",
		"/dev/zero":                              "character device",
		filepath.Join(dir, "bad.pdf"):            "truncated PDF",
		filepath.Join(dir, "sub/same-bytes.pdf"): "truncated PDF",
	}
	got := importErrors(t, db)
	for file, reason := range want {
		if !strings.Contains(got[file], reason) {
			t.Errorf("import_errors[%s] = %q, want a reason with %q", file, got[file], reason)
		}
	}
	if len(got) != len(want) {
		t.Errorf("import_errors = %v, want %d rows", got, len(want))
	}
	if c := openCounts(t, db); c.Documents != 2 {
		t.Errorf("%d documents, want 2: the batch did not go on", c.Documents)
	}
}

// TestImport_UnreadableFolderAndFile: an unreadable subfolder and an
// unreadable file are a row each, and the rest of the batch is imported.
// As root nothing is unreadable, so the import runs as nobody.
func TestImport_UnreadableFolderAndFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	useFakeExtract(t)
	nobody := asNobody(t)
	root := sharedDir(t)
	dir := filepath.Join(root, "in")
	for _, sub := range []string{"in", "in/locked", "out"} {
		if err := os.MkdirAll(filepath.Join(root, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(filepath.Join(root, "out"), 0o777)
	writeDocs(t, dir, 3)
	writeDocs(t, filepath.Join(dir, "locked"), 1)
	os.Chmod(filepath.Join(dir, "doc001.pdf"), 0)
	os.Chmod(filepath.Join(dir, "locked"), 0)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	db := filepath.Join(root, "out", "b.db")
	code, stderr := importChild(t, nobody("import", "--db", db, dir), 60*time.Second)
	if code != exitFailed {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
	}
	got := importErrors(t, db)
	for file, reason := range map[string]string{
		filepath.Join(dir, "locked"):     "unreadable folder",
		filepath.Join(dir, "doc001.pdf"): "permission denied",
	} {
		if !strings.Contains(got[file], reason) {
			t.Errorf("import_errors[%s] = %q, want a reason with %q (all: %v)", file, got[file], reason, got)
		}
	}
	if c := openCounts(t, db); c.Documents != 2 || c.ImportErrors != 2 {
		t.Errorf("documents %d, import_errors %d; want 2 and 2", c.Documents, c.ImportErrors)
	}
}

// importErrors maps each import_errors file to its reason.
func importErrors(t *testing.T, db string) map[string]string {
	t.Helper()
	r, err := store.Open(db, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := map[string]string{}
	rows, err := r.Reader().Query("SELECT file, reason FROM import_errors")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var file, reason string
		if err := rows.Scan(&file, &reason); err != nil {
			t.Fatal(err)
		}
		got[file] = reason
	}
	return got
}

// TestImport_ConcurrentOnANewDatabase: three importers started at once on
// a database that does not exist yet all succeed, trial after trial.
func TestImport_ConcurrentOnANewDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, 3)
	const trials, importers = 5, 3
	for trial := range trials {
		db := filepath.Join(t.TempDir(), "new.db")
		var wg sync.WaitGroup
		results := make([]string, importers)
		for i := range importers {
			wg.Go(func() {
				code, stderr := importChild(t, exec.Command(testExe(t), "import", "--db", db, "--jobs", "1", dir), 60*time.Second)
				if code != exitOK {
					results[i] = fmt.Sprintf("exit %d: %s", code, stderr)
				}
			})
		}
		wg.Wait()
		for i, r := range results {
			if r != "" {
				t.Errorf("trial %d, importer %d: %s", trial, i, r)
			}
		}
		if c := openCounts(t, db); c.Documents != 3 {
			t.Errorf("trial %d: %d documents, want 3", trial, c.Documents)
		}
	}
}
