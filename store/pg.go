package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
)

// pgStore is what a DB on PostgreSQL holds beside the database/sql read
// pool: the pools themselves. Writes go through pgx directly (batches:
// one round trip for the rows of a document that need no id back); reads
// through database/sql, like SQLite's, so that Reader and Query hand out
// *sql.Rows on both engines.
type pgStore struct {
	write *pgxpool.Pool // nil when read-only
	read  *pgxpool.Pool // every transaction READ ONLY (default_transaction_read_only)
}

// openPostgres opens (and, unless read-only, migrates) the PostgreSQL
// database that connString names; see IsPostgres.
func openPostgres(connString string, o options) (*DB, error) {
	ctx := context.Background()
	cfg, err := pgxpool.ParseConfig(connString)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "budgetpdf"
	db := &DB{path: pgName(cfg.ConnConfig), tokenize: o.tokenize, pg: &pgStore{}}
	if db.tokenize == nil {
		db.tokenize = defaultTokenizer
	}
	if !o.readOnly {
		w := cfg.Copy()
		w.MaxConns = 2 // one writer per importer (Put), and RecordFailure
		if db.pg.write, err = pgxpool.NewWithConfig(ctx, w); err != nil {
			return nil, fmt.Errorf("open %s: %w", db.path, err)
		}
		if err := pgMigrate(ctx, db.pg.write); err != nil {
			db.Close()
			return nil, fmt.Errorf("open %s: %w", db.path, err)
		}
	}
	r := cfg.Copy()
	r.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	if db.pg.read, err = pgxpool.NewWithConfig(ctx, r); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s read-only: %w", db.path, err)
	}
	db.read = stdlib.OpenDBFromPool(db.pg.read)
	if err := pgCheckVersion(ctx, db.pg.read); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s read-only: %w", db.path, err)
	}
	return db, nil
}

// pgName names a database in messages: postgres://user@host:port/db,
// never the password.
func pgName(c *pgx.ConnConfig) string {
	u := url.URL{Scheme: "postgres", Path: "/" + c.Database}
	if c.User != "" {
		u.User = url.User(c.User)
	}
	host := c.Host
	if strings.HasPrefix(host, "/") { // a socket directory
		u.RawQuery = "host=" + url.QueryEscape(host)
		host = ""
	}
	if host != "" && c.Port != 0 && c.Port != 5432 {
		host += ":" + strconv.Itoa(int(c.Port))
	}
	u.Host = host
	return u.String()
}

func (p *pgStore) close() error {
	if p.read != nil {
		p.read.Close()
	}
	if p.write != nil {
		p.write.Close()
	}
	return nil
}

// pgMigrateLock is the advisory lock the migrations of every budgetpdf
// database are applied under ('bpdf' 'migr').
const pgMigrateLock int64 = 0x6270_6466_6d69_6772

// pgMigrate applies the migrations the database lacks, each in its own
// transaction, under an advisory lock: of several importers that start at
// once (on one machine or many), one applies a step and the others, when
// they get the lock, see it done. DDL is transactional on PostgreSQL, so a
// step is applied whole or not at all.
func pgMigrate(ctx context.Context, pool *pgxpool.Pool) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for {
		done, err := pgStep(ctx, pool, ms)
		if err != nil || done {
			return err
		}
	}
}

func pgStep(ctx context.Context, pool *pgxpool.Pool, ms []migration) (done bool, err error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, pgMigrateLock); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	var have int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	switch {
	case have > len(ms):
		return false, fmt.Errorf("migrate: database schema version %d is newer than this budgetpdf (%d)", have, len(ms))
	case have == len(ms):
		return true, tx.Commit(ctx)
	}
	m := ms[have]
	s, err := pgMigrationSQL(m)
	if err != nil {
		return false, fmt.Errorf("migrate %s: %w", m.name, err)
	}
	// No arguments: pgx sends the file as one simple-protocol query, which
	// may hold several statements.
	if _, err := tx.Exec(ctx, s); err != nil {
		return false, fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations VALUES ($1, $2, $3)`,
		m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return false, fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("migrate %s: commit: %w", m.name, err)
	}
	return false, nil
}

// pgCheckVersion refuses a database whose schema this package does not match.
func pgCheckVersion(ctx context.Context, pool *pgxpool.Pool) error {
	var v int
	err := pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42P01" { // undefined_table
		v, err = 0, nil
	}
	if err != nil {
		return err
	}
	if want := SchemaVersion(); v != want {
		return fmt.Errorf("schema version %d, want %d (not a budgetpdf database, or run budgetpdf import to migrate it)", v, want)
	}
	return nil
}

// pgCode is the SQLSTATE of a PostgreSQL error, "" for another error.
func pgCode(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return ""
}
