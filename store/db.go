package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// DB is an open budgetpdf database: one writer connection (absent when
// opened read-only) and a pool of read-only connections.
type DB struct {
	path     string
	write    *sql.DB // nil when read-only
	read     *sql.DB
	tokenize Tokenizer
}

// Option changes how Open opens a database.
type Option func(*options)

type options struct {
	readOnly bool
	tokenize Tokenizer
}

// ReadOnly opens the database for reading only: the file must exist and be
// migrated, and no statement can write to it.
func ReadOnly() Option { return func(o *options) { o.readOnly = true } }

// WithTokenizer replaces the search tokenizer (default: the seg package's
// SearchTokens). The same tokenizer must be used for writing and searching.
func WithTokenizer(t Tokenizer) Option { return func(o *options) { o.tokenize = t } }

// ErrNotFound is returned when a requested document does not exist.
var ErrNotFound = errors.New("not found")

// Open opens (and, unless read-only, creates and migrates) the database at path.
func Open(path string, opts ...Option) (*DB, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	db := &DB{path: path, tokenize: o.tokenize}
	if db.tokenize == nil {
		db.tokenize = defaultTokenizer
	}
	if !o.readOnly {
		if err := db.openWriter(); err != nil {
			return nil, err
		}
	}
	if err := db.openReader(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (db *DB) openWriter() error {
	w, err := sql.Open("sqlite3", dsn(db.path,
		"_journal_mode=WAL", "_synchronous=NORMAL", "_busy_timeout=5000",
		"_foreign_keys=on", "_txlock=immediate"))
	if err != nil {
		return fmt.Errorf("open %s: %w", db.path, err)
	}
	w.SetMaxOpenConns(1)
	db.write = w
	if err := migrate(context.Background(), w); err != nil {
		w.Close()
		return fmt.Errorf("open %s: %w", db.path, err)
	}
	return nil
}

func (db *DB) openReader() error {
	r, err := sql.Open(readDriverName(), dsn(db.path,
		"mode=ro", "_query_only=true", "_busy_timeout=5000", "_foreign_keys=on"))
	if err != nil {
		return fmt.Errorf("open %s read-only: %w", db.path, err)
	}
	db.read = r
	if err := checkVersion(context.Background(), r); err != nil {
		return fmt.Errorf("open %s read-only: %w", db.path, err)
	}
	return nil
}

// dsn builds a file: URI for path with the given query parameters.
func dsn(path string, params ...string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + strings.Join(params, "&")
}

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	return errors.Join(errs...)
}

// Path is the database file's path.
func (db *DB) Path() string { return db.path }

// Reader is the read-only pool. Any statement that would write, attach,
// vacuum, load an extension or set a pragma fails (see guard.go); Query
// runs a user's SQL with a clear reason for a refusal.
func (db *DB) Reader() *sql.DB { return db.read }
