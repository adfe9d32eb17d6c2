package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

var fixtureDocs = []string{"dev-002.json", "dev-008.json", "dev-012.json", "full.json"}

// useFakeExtract makes the import children (this test binary) run fakeExtract.
func useFakeExtract(t *testing.T) {
	t.Setenv("BUDGETPDF_TEST_MAIN", "1")
	t.Setenv("BUDGETPDF_TEST_FAKE_EXTRACT", "1")
}

// writeDocs writes n documents into dir, made from the store fixtures with
// the unit name varied so that each file has its own sha256.
func writeDocs(t testing.TB, dir string, n int) {
	t.Helper()
	for i := range n {
		raw, err := os.ReadFile(filepath.Join("..", "..", "store", "testdata", fixtureDocs[i%len(fixtureDocs)]))
		if err != nil {
			t.Fatal(err)
		}
		var d budgetpdf.Document
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		d.Unit.Name = fmt.Sprintf("%s%03d", d.Unit.Name, i)
		out, _ := json.Marshal(&d)
		writeTestFile(t, filepath.Join(dir, fmt.Sprintf("doc%03d.pdf", i)), string(out))
	}
}

func writeTestFile(t testing.TB, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func openCounts(t *testing.T, path string) store.Counts {
	t.Helper()
	db, err := store.Open(path, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestImport_BadFilesAreRecordedAndTheBatchGoesOn(t *testing.T) {
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, 4)
	bad := map[string]struct {
		body, reason string
		exit         any
	}{
		"truncated.pdf": {"%PDF-1.7\n1 0 obj <<", "truncated PDF", int64(2)},
		"page.pdf":      {"<html><body>not a pdf</body></html>", "not a PDF", int64(2)},
		"hang.pdf":      {"HANG", "deadline", nil},
		// A heap that hits the cap dies as "out of memory" or, when the
		// runtime's own allocation fails, as a crash: both are honest.
		"memory.pdf": {"EATMEM", "out of memory|extractor crashed", nil},
	}
	for name, b := range bad {
		writeTestFile(t, filepath.Join(dir, name), b.body)
	}
	db := filepath.Join(t.TempDir(), "b.db")
	start := time.Now()
	code, _, stderr := runCLI("import", "--db", db, "--timeout", "3s", "--max-memory", "256M", dir)
	elapsed := time.Since(start)
	if code != exitFailed {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitFailed, stderr)
	}
	if elapsed > 15*time.Second {
		t.Errorf("import took %s: the hanging file was not cut off at its 3s deadline", elapsed)
	}
	if c := openCounts(t, db); c.Documents != 4 || c.ImportErrors != len(bad) {
		t.Errorf("documents %d, import_errors %d; want 4 and %d", c.Documents, c.ImportErrors, len(bad))
	}
	r, _ := store.Open(db, store.ReadOnly())
	defer r.Close()
	for name, b := range bad {
		var reason string
		var exit any
		err := r.Reader().QueryRow(`SELECT reason, exit_code FROM import_errors WHERE file = ?`, filepath.Join(dir, name)).Scan(&reason, &exit)
		if err != nil || !containsAny(reason, strings.Split(b.reason, "|")) || exit != b.exit {
			t.Errorf("%s: reason %q exit %v (%v); want a reason with %q, exit %v", name, reason, exit, err, b.reason, b.exit)
		}
	}
	if !strings.Contains(stderr, "8 files: 4 imported, 0 replaced, 0 already there, 4 failed") {
		t.Errorf("summary missing from stderr:\n%s", stderr)
	}
}

func TestImport_AgainAndForce(t *testing.T) {
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, 3)
	db := filepath.Join(t.TempDir(), "b.db")
	tests := []struct {
		args    []string
		summary string
	}{
		{nil, "3 imported, 0 replaced, 0 already there"},
		{nil, "0 imported, 0 replaced, 3 already there"},
		{[]string{"--force"}, "0 imported, 3 replaced, 0 already there"},
	}
	var first store.Counts
	for i, tt := range tests {
		args := append(append([]string{"import", "--db", db}, tt.args...), filepath.Join(dir, "*.pdf"))
		code, _, stderr := runCLI(args...)
		if code != exitOK || !strings.Contains(stderr, tt.summary) {
			t.Errorf("run %d: exit %d, stderr %q; want 0 and %q", i, code, stderr, tt.summary)
		}
		c := openCounts(t, db)
		if i == 0 {
			first = c
		} else if c != first {
			t.Errorf("run %d: rows %+v, want %+v", i, c, first)
		}
	}
}

// TestImport_SIGKILLMidway kills an import process while it is writing;
// the database must open, pass the checks, hold only whole documents, and
// a re-run must end with the same rows as an uninterrupted import.
func TestImport_SIGKILLMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	useFakeExtract(t)
	dir := t.TempDir()
	const n = 40
	writeDocs(t, dir, n)
	killed := filepath.Join(t.TempDir(), "killed.db")

	cmd := exec.Command(os.Args[0], "import", "--db", killed, "--jobs", "2", dir)
	cmd.Env = append(os.Environ(), "BUDGETPDF_TEST_DELAY=50")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitForDocuments(t, killed, 5)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	db, err := store.Open(killed)
	if err != nil {
		t.Fatalf("open after SIGKILL: %v", err)
	}
	if err := db.Check(context.Background()); err != nil {
		t.Errorf("after SIGKILL: %v", err)
	}
	c, _ := db.Counts(context.Background())
	db.Close()
	t.Logf("after SIGKILL: %d of %d documents committed", c.Documents, n)
	if c.Documents == 0 || c.Documents >= n {
		t.Errorf("killed import committed %d of %d documents; the kill was not midway", c.Documents, n)
	}

	if code, _, stderr := runCLI("import", "--db", killed, dir); code != exitOK {
		t.Fatalf("re-run: exit %d\n%s", code, stderr)
	}
	whole := filepath.Join(t.TempDir(), "whole.db")
	if code, _, stderr := runCLI("import", "--db", whole, dir); code != exitOK {
		t.Fatalf("uninterrupted import: exit %d\n%s", code, stderr)
	}
	if got, want := openCounts(t, killed), openCounts(t, whole); got != want {
		t.Errorf("rows after re-run %+v\nuninterrupted import %+v", got, want)
	}
}

// waitForDocuments polls the database read-only, as another reader would
// while an import runs, until it holds at least n documents.
func waitForDocuments(t *testing.T, path string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if db, err := store.Open(path, store.ReadOnly()); err == nil {
			c, err := db.Counts(context.Background())
			db.Close()
			if err == nil && c.Documents >= n {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %d documents in %s after 30s", n, path)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestImport_SignalStopsCleanly: SIGTERM or SIGINT midway, and import ends
// by itself, at once, with exit 130: the documents it had finished are
// committed, the database passes its checks, and the summary says the rest
// was interrupted.
func TestImport_SignalStopsCleanly(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	useFakeExtract(t)
	dir := t.TempDir()
	const n = 40
	writeDocs(t, dir, n)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "stopped.db")
			cmd := exec.Command(os.Args[0], "import", "--db", path, "--jobs", "2", dir)
			cmd.Env = append(os.Environ(), "BUDGETPDF_TEST_DELAY=50")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			waitForDocuments(t, path, 5)
			cmd.Process.Signal(sig)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(15 * time.Second):
				t.Fatalf("import still running 15s after %s", sig)
			}
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
				t.Errorf("exit %d after %s (%s), want %d", code, sig, cmd.ProcessState, exitInterrupted)
			}
			if !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("stderr does not say the import was interrupted: %q", stderr.String())
			}
			db, err := store.Open(path)
			if err != nil {
				t.Fatalf("open after %s: %v", sig, err)
			}
			defer db.Close()
			if err := db.Check(context.Background()); err != nil {
				t.Errorf("after %s: %v", sig, err)
			}
			if c, _ := db.Counts(context.Background()); c.Documents < 5 || c.Documents >= n {
				t.Errorf("%d of %d documents after %s midway", c.Documents, n, sig)
			}
		})
	}
}
