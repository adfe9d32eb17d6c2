package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed migrations/*.sql migrations/postgres/*.sql
var migrationFiles embed.FS

// migration is one embedded schema step; version = the number its file
// name starts with, which is also its position (checked).
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	ms := make([]migration, 0, len(names))
	for i, n := range names {
		if v := migrationNumber(n); v != i+1 {
			return nil, fmt.Errorf("migration %s: numbered %d, want %d (migrations are numbered 0001, 0002 … in the order they land, without gaps)", n, v, i+1)
		}
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: i + 1, name: n, sql: string(b)})
	}
	return ms, nil
}

// migrationNumber is the number a migration's file name starts with
// (0003_kind.sql → 3), 0 when it has none.
func migrationNumber(name string) int {
	base := path.Base(name)
	end := strings.IndexFunc(base, func(r rune) bool { return r < '0' || r > '9' })
	if end <= 0 {
		return 0
	}
	v, _ := strconv.Atoi(base[:end])
	return v
}

// SchemaVersion is the schema version this package writes (PRAGMA user_version).
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

// migrate applies the migrations the database has not seen, each in its own
// transaction, and records each in schema_migrations and PRAGMA user_version.
// The version is read inside each migration's transaction, which the writer
// begins IMMEDIATE (the write lock first): of several importers starting at
// once on a new database, one applies a step and the others, when they get
// the lock, see it done. SQLite answers "database is locked" without
// waiting in a few races of that start (one connection switching a new
// file to WAL while another opens it): such a step is tried again, for up
// to ten seconds.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for wait := 5 * time.Millisecond; ; {
		done, err := step(ctx, db, ms)
		switch {
		case err != nil && isBusy(err) && time.Now().Before(deadline):
			time.Sleep(wait)
			wait = min(2*wait, 200*time.Millisecond)
		case err != nil:
			return err
		case done:
			return nil
		}
	}
}

// step applies the next migration the database lacks; done when none is.
func step(ctx context.Context, db *sql.DB, ms []migration) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	switch {
	case have > len(ms):
		return false, fmt.Errorf("migrate: database schema version %d is newer than this budgetpdf (%d)", have, len(ms))
	case have == len(ms):
		return true, nil
	}
	m := ms[have]
	if err := apply(ctx, tx, m); err != nil {
		return false, fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate %s: commit: %w", m.name, err)
	}
	return false, nil
}

func apply(ctx context.Context, tx *sql.Tx, m migration) error {
	stmts := []string{
		`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		m.sql,
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?, ?)`,
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
	return err
}

func userVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// checkVersion refuses a database whose schema this package does not match.
func checkVersion(ctx context.Context, db *sql.DB) error {
	v, err := userVersion(ctx, db)
	if err != nil {
		return err
	}
	if want := SchemaVersion(); v != want {
		return fmt.Errorf("schema version %d, want %d (not a budgetpdf database, or run budgetpdf import to migrate it)", v, want)
	}
	return nil
}
