package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3" // also registers the "sqlite3" driver
)

// DB is an open budgetpdf database: one writer connection (absent when
// opened read-only) and a pool of read-only connections.
type DB struct {
	path     string
	write    *sql.DB // nil when read-only
	read     *sql.DB
	tokenize Tokenizer
	pg       *pgStore // nil on SQLite
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

// Open opens (and, unless read-only, creates and migrates) the database at
// path: a SQLite file, or a PostgreSQL database when path is
// postgres://… or postgres:… (see IsPostgres).
func Open(path string, opts ...Option) (*DB, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if cs, ok := postgresConnString(path); ok {
		return openPostgres(cs, o)
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

// openWriter opens the one writer connection. _mutex=no (SQLite's
// multi-thread mode, SQLITE_OPEN_NOMUTEX) drops the connection mutex that
// every step, bind and reset took: database/sql never uses a connection
// from two goroutines at once, and this pool has one connection. The
// lock and unlock calls were 7 % of putting real-cn's documents (perf),
// 3.6 % after.
func (db *DB) openWriter() error {
	w, err := sql.Open("sqlite3", dsn(db.path,
		"_journal_mode=WAL", "_synchronous=NORMAL", "_busy_timeout=5000",
		"_foreign_keys=on", "_txlock=immediate", "_mutex=no"))
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
	params := []string{"mode=ro", "_query_only=true", "_busy_timeout=5000", "_foreign_keys=on"}
	lone := db.write == nil && loneWALFile(db.path, dirWritable)
	if lone {
		params = append(params, "immutable=1")
	}
	r, err := sql.Open(readDriverName(), dsn(db.path, params...))
	if err != nil {
		return fmt.Errorf("open %s read-only: %w", db.path, err)
	}
	db.read = r
	if err := checkVersion(context.Background(), r); err != nil {
		if db.write == nil && !lone && !dirWritable(filepath.Dir(db.path)) && fileExists(db.path+"-wal") {
			err = fmt.Errorf("%w (its last transactions are in %s-wal, which SQLite cannot read from a folder it cannot write: copy the folder somewhere writable)", err, filepath.Base(db.path))
		}
		return fmt.Errorf("open %s read-only: %w", db.path, err)
	}
	return nil
}

// loneWALFile reports whether path is a database in WAL mode whose
// folder this process cannot write and that has no write-ahead log beside
// it: a reader cannot create the -shm index SQLite wants for such a file,
// but the file alone holds every transaction, so it is opened immutable.
// (An import leaves its database in rollback-journal mode, which readers
// open anywhere; this is for a file copied from a running import, or one
// switched to WAL by another program.)
func loneWALFile(path string, writable func(dir string) bool) bool {
	if writable(filepath.Dir(path)) {
		return false
	}
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() > 0 {
		return false
	}
	return walHeader(path)
}

// walHeader reports whether the database file's header says WAL mode
// (file format versions 2 at offsets 18 and 19).
func walHeader(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var h [20]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return false
	}
	return string(h[:16]) == "SQLite format 3\x00" && h[18] == 2 && h[19] == 2
}

// dirWritable reports whether this process may create files in dir
// (access(2) with W_OK: for root, only a read-only file system says no).
func dirWritable(dir string) bool {
	const wOK = 2
	return syscall.Access(dir, wOK) == nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// dsn builds a file: URI for path with the given query parameters.
func dsn(path string, params ...string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + strings.Join(params, "&")
}

// Close closes both connection pools. A writer leaves the file whole on
// its own: the read pool is closed first (a read-only connection can never
// checkpoint, and an open one keeps the writer's close from doing it), then
// the writer folds the write-ahead log into the file (wal_checkpoint
// TRUNCATE) and switches it back to rollback-journal mode, so that the .db
// alone holds every committed document and opens in a read-only folder.
// The error says when another connection kept that from happening; the
// committed documents are safe either way (in FILE-wal until the next
// writer closes).
func (db *DB) Close() error {
	if db.pg != nil {
		var err error
		if db.read != nil {
			err = db.read.Close()
		}
		return errors.Join(err, db.pg.close())
	}
	var errs []error
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		err := settle(context.Background(), db.path, db.write)
		errs = append(errs, db.write.Close())
		if errors.Is(err, ErrInUse) {
			err = db.settleAgain()
		}
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// settleAgain gives settle a second chance after this writer has closed:
// two importers that end at the same moment each find the other still
// open; a moment later, on a fresh connection, one of them finds itself
// alone.
func (db *DB) settleAgain() error {
	time.Sleep(time.Duration(20+rand.IntN(80)) * time.Millisecond)
	c, err := sql.Open("sqlite3", dsn(db.path, "_busy_timeout=200"))
	if err != nil {
		return fmt.Errorf("close %s: %w", db.path, err)
	}
	defer c.Close()
	c.SetMaxOpenConns(1)
	return settle(context.Background(), db.path, c)
}

// ErrInUse is a writer's Close finding the database open in another
// connection (a reader, or another import), which kept it from leaving the
// file whole on its own. Nothing is lost: the last writer to close does it.
var ErrInUse = errors.New("in use by another connection")

// settle checkpoints the write-ahead log of the database at path into the
// file and leaves WAL mode, on w (one connection). It waits at most a
// second for other connections.
func settle(ctx context.Context, path string, w *sql.DB) error {
	if _, err := w.ExecContext(ctx, `PRAGMA busy_timeout = 1000`); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	var busy, logged, moved int
	err := w.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &moved)
	switch {
	case err != nil && !isBusy(err):
		return fmt.Errorf("close %s: checkpoint: %w", path, err)
	case err != nil || busy != 0:
		return fmt.Errorf("close %s: %w: its last transactions stay in %s-wal until the last writer closes", path, ErrInUse, filepath.Base(path))
	}
	var mode string
	err = w.QueryRowContext(ctx, `PRAGMA journal_mode = DELETE`).Scan(&mode)
	switch {
	case err != nil && !isBusy(err):
		return fmt.Errorf("close %s: leave WAL mode: %w", path, err)
	case err != nil || mode != "delete":
		return fmt.Errorf("close %s: %w: it stays in WAL mode until the last writer closes (the file holds every document)", path, ErrInUse)
	}
	return nil
}

func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// Path is the database file's path; on PostgreSQL, the database's name
// as postgres://user@host/db (never the password).
func (db *DB) Path() string { return db.path }

// Reader is the read-only pool. Any statement that would write, attach,
// vacuum, load an extension or set a pragma fails (see guard.go); Query
// runs a user's SQL with a clear reason for a refusal.
func (db *DB) Reader() *sql.DB { return db.read }

// dialect is q, a query of this package, in the SQL of db's engine
// (placeholders; see dialect.go).
func (db *DB) dialect(q string) string {
	if db.pg != nil {
		return rebind(q)
	}
	return q
}

// Postgres reports whether db is a PostgreSQL database.
func (db *DB) Postgres() bool { return db.pg != nil }
