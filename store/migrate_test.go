package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"sync"
	"testing"
)

// TestOpen_ConcurrentOnANewDatabase: several importers that start at once
// on a database that does not exist yet all open it, and it ends migrated
// once (each migration one row in schema_migrations).
func TestOpen_ConcurrentOnANewDatabase(t *testing.T) {
	const trials, openers = 12, 4
	for trial := range trials {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("new%d.db", trial))
		var wg sync.WaitGroup
		errs := make([]error, openers)
		for i := range openers {
			wg.Go(func() {
				db, err := Open(path)
				if err == nil {
					if err = db.Close(); errors.Is(err, ErrInUse) {
						err = nil // another opener still had it: it settles the file
					}
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("trial %d, opener %d: %v", trial, i, err)
			}
		}
		db, err := Open(path, ReadOnly())
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		var n int
		if err := db.Reader().QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != SchemaVersion() {
			t.Errorf("trial %d: %d migrations recorded (%v), want %d", trial, n, err, SchemaVersion())
		}
		db.Close()
		if fileExists(path + "-wal") {
			t.Errorf("trial %d: %s-wal left after the last opener closed", trial, filepath.Base(path))
		}
	}
}

// TestMigrate_ImportErrorsByFile: a version-1 database's import errors
// survive migration 0002, keyed by file (the latest attempt of a file
// wins; 'path:FILE' becomes an empty string).
func TestMigrate_ImportErrorsByFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, tx := atVersion(t, path, 1)
	for _, row := range [][]any{
		{"a.pdf", "s1", 2, "old"},
		{"a.pdf", "s2", nil, "newer"},
		{"gone.pdf", "path:gone.pdf", nil, "permission denied"},
	} {
		if _, err := tx.Exec(`INSERT INTO import_errors (file, sha256, exit_code, reason, attempted_at) VALUES (?, ?, ?, ?, 'now')`, row...); err != nil {
			t.Fatal(err)
		}
	}
	db := migrateOn(t, raw, tx, path)
	got := map[string]string{}
	rows, err := db.Reader().Query(`SELECT file, sha256, reason FROM import_errors`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var file, sha, reason string
		if err := rows.Scan(&file, &sha, &reason); err != nil {
			t.Fatal(err)
		}
		got[file] = sha + " " + reason
	}
	want := map[string]string{"a.pdf": "s2 newer", "gone.pdf": " permission denied"}
	if !maps.Equal(got, want) {
		t.Errorf("import_errors after migration: %v, want %v", got, want)
	}
}

// The embedded migrations are numbered 1, 2, … in name order: a file that
// lands with a gap or a duplicate number fails here, not in a user's
// database.
func TestMigrationsNumberedInOrder(t *testing.T) {
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if m.version != i+1 || migrationNumber(m.name) != i+1 {
			t.Errorf("%s: version %d, number %d, want %d", m.name, m.version, migrationNumber(m.name), i+1)
		}
	}
	for name, want := range map[string]int{"migrations/0004_budget.sql": 4, "migrations/12_x.sql": 12, "migrations/x.sql": 0} {
		if got := migrationNumber(name); got != want {
			t.Errorf("migrationNumber(%q) = %d, want %d", name, got, want)
		}
	}
}

// atVersion makes a SQLite database at path migrated to version n, and
// returns it and an open transaction to fill it as a database of that
// version was; the caller commits and closes it before Open migrates on.
func atVersion(t *testing.T, path string, n int) (*sql.DB, *sql.Tx) {
	t.Helper()
	raw, err := sql.Open("sqlite3", dsn(path, "_txlock=immediate"))
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	tx, err := raw.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:n] {
		if err := apply(context.Background(), tx, m); err != nil {
			t.Fatal(err)
		}
	}
	return raw, tx
}

// migrateOn commits what a test wrote into an old database and opens it
// with Open, which migrates it to the current schema; closed at the end
// of the test.
func migrateOn(t *testing.T, raw *sql.DB, tx *sql.Tx, path string) *DB {
	t.Helper()
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
