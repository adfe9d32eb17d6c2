package main

import (
	"database/sql"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestImport_DBFileAloneIsComplete: after an import, the .db file alone —
// what a researcher copies or mails — holds every document, with no
// write-ahead log beside it.
func TestImport_DBFileAloneIsComplete(t *testing.T) {
	for _, n := range []int{1, 5} {
		db := importedDB(t, n)
		if left := siblings(t, db); len(left) != 1 {
			t.Errorf("%d documents: files beside the database after import: %v, want only %s", n, left, filepath.Base(db))
		}
		copied := filepath.Join(t.TempDir(), "copy.db")
		copyFile(t, db, copied, 0o644)
		if c := openCounts(t, copied); c.Documents != n {
			t.Errorf("%d documents imported, the copied .db holds %d", n, c.Documents)
		}
		if _, out, _ := runCLI("query", "--db", copied, "--csv", "PRAGMA journal_mode"); out != "journal_mode\ndelete\n" {
			t.Errorf("journal mode after import: %q, want delete", out)
		}
	}
}

// TestQuery_ReadOnlyFolder reads a database in a folder the reader cannot
// write: an imported .db copied there alone, and one another program left
// in WAL mode (a reader cannot create its -shm index there; budgetpdf opens
// it immutable). As root the folder's mode does not stop anyone, so the
// reader runs as nobody.
func TestQuery_ReadOnlyFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	tests := []struct {
		name string
		wal  bool
	}{
		{"imported .db alone", false},
		{"WAL mode, no log", true},
	}
	nobody := asNobody(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := importedDB(t, 3)
			dir := sharedDir(t)
			db := filepath.Join(dir, "b.db")
			copyFile(t, src, db, 0o644)
			if tt.wal {
				setJournalMode(t, db, "wal")
			}
			if err := os.Chmod(dir, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
			before := siblings(t, db)
			for _, args := range [][]string{
				{"query", "--db", db, "--csv", "SELECT count(*) AS n FROM documents"},
				{"export", "--db", db, "--format", "csv"},
				{"search", "--db", db, "项目"},
			} {
				out, err := nobody(args...).CombinedOutput()
				if err != nil {
					t.Errorf("%s in a read-only folder: %v\n%s", args[0], err, out)
				} else if args[0] == "query" && string(out) != "n\n3\n" {
					t.Errorf("query in a read-only folder: %q, want 3 documents", out)
				}
			}
			if after := siblings(t, db); strings.Join(after, " ") != strings.Join(before, " ") {
				t.Errorf("folder changed: %v, then %v", before, after)
			}
		})
	}
}

// siblings lists the names in the database's folder.
func siblings(t *testing.T, db string) []string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Dir(db))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, mode); err != nil {
		t.Fatal(err)
	}
}

// setJournalMode switches db's journal mode with a plain connection, as
// another program would; closing it removes the -wal file but leaves the
// file in WAL mode.
func setJournalMode(t *testing.T, db, mode string) {
	t.Helper()
	c, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	var got string
	if err := c.QueryRow("PRAGMA journal_mode = " + mode).Scan(&got); err != nil || got != mode {
		t.Fatalf("journal_mode = %s: %q, %v", mode, got, err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
}

// sharedDir is a folder that an unprivileged reader can enter.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "budgetpdf-shared-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// asNobody returns a runner for the CLI (this test binary) that runs it as
// nobody when the tests run as root, else as the current user.
func asNobody(t *testing.T) func(args ...string) *exec.Cmd {
	t.Helper()
	if os.Geteuid() != 0 {
		exe := testExe(t)
		return func(args ...string) *exec.Cmd { return exec.Command(exe, args...) }
	}
	exe := filepath.Join(sharedDir(t), "budgetpdf.test")
	if err := copyExe(exe); err != nil {
		t.Skipf("cannot place the test binary where nobody can run it: %v", err)
	}
	return func(args ...string) *exec.Cmd {
		cmd := exec.Command(exe, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		cmd.Dir = "/"
		return cmd
	}
}

// copyExe copies this test binary to dst, executable by everyone.
func copyExe(dst string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	in, err := os.Open(exe)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
