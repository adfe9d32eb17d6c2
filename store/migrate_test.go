package store

import (
	"errors"
	"fmt"
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
