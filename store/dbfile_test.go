package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestClose_LeavesTheFileWhole: closing a writer folds the write-ahead log
// into the file and leaves rollback-journal mode, even while its own read
// pool has been used; a reader holding a transaction in another connection
// is reported, not ignored.
func TestClose_LeavesTheFileWhole(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range fixtures {
		d, raw := loadFixture(t, name)
		if _, err := db.Put(ctx, Entry{File: name, SHA256: name, Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Has(ctx, fixtures[0]); err != nil { // use the read pool
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if fileExists(path + suffix) {
			t.Errorf("%s left beside the database", suffix)
		}
	}
	if !strings.HasPrefix(journalMode(t, path), "delete") {
		t.Errorf("journal mode %q after close, want delete", journalMode(t, path))
	}

	// A second writer while another connection holds a read transaction.
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d, raw := loadFixture(t, fixtures[0])
	if _, err := db.Put(ctx, Entry{File: "again", SHA256: "again", Doc: d, JSON: raw}, false); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite3", dsn(path, "mode=ro"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); !errors.Is(err, ErrInUse) {
		t.Errorf("close while another connection reads: %v, want it said", err)
	}
	tx.Rollback()
}

func journalMode(t *testing.T, path string) string {
	t.Helper()
	db, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	if err := db.Reader().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	return mode
}

// TestLoneWALFile: the decision to open a database immutable.
func TestLoneWALFile(t *testing.T) {
	header := func(mode byte) []byte {
		h := make([]byte, 100)
		copy(h, "SQLite format 3\x00")
		h[18], h[19] = mode, mode
		return h
	}
	tests := []struct {
		name     string
		writable bool
		header   []byte
		wal      string // "" no -wal file
		want     bool
	}{
		{"writable folder", true, header(2), "", false},
		{"read-only folder, WAL, no log", false, header(2), "", true},
		{"read-only folder, WAL, empty log", false, header(2), "empty", true},
		{"read-only folder, WAL, a log", false, header(2), "frames", false},
		{"read-only folder, rollback journal", false, header(1), "", false},
		{"read-only folder, not SQLite", false, []byte("hello"), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.db")
			if err := os.WriteFile(path, tt.header, 0o644); err != nil {
				t.Fatal(err)
			}
			switch tt.wal {
			case "empty":
				os.WriteFile(path+"-wal", nil, 0o644)
			case "frames":
				os.WriteFile(path+"-wal", []byte("frames"), 0o644)
			}
			got := loneWALFile(path, func(string) bool { return tt.writable })
			if got != tt.want {
				t.Errorf("loneWALFile = %v, want %v", got, tt.want)
			}
		})
	}
}
