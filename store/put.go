package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/budgetpdf/budgetpdf"
)

// Outcome says what Put did with a document.
type Outcome int

const (
	Inserted  Outcome = iota // a new document
	Replaced                 // force: the old rows were deleted, the new ones written
	Unchanged                // a document with this sha256 was already stored
)

func (o Outcome) String() string {
	return [...]string{"inserted", "replaced", "unchanged"}[o]
}

// Entry is one extracted file to store.
type Entry struct {
	File   string              // path as given to the importer
	SHA256 string              // hex sha256 of the file's bytes: the import key
	Doc    *budgetpdf.Document // the parsed document
	JSON   []byte              // the document as extracted, stored verbatim; nil = marshal Doc

	tokens map[string]string // search tokens by text, computed ahead by the Importer's workers
}

// Put stores e in one transaction: the document is in the database whole or
// not at all. A document whose sha256 is already stored is left alone
// (Unchanged) unless force is set, in which case it is replaced. Stored
// import errors for the same file or the same bytes are cleared.
func (db *DB) Put(ctx context.Context, e Entry, force bool) (Outcome, error) {
	if db.write == nil && (db.pg == nil || db.pg.write == nil) {
		return Unchanged, fmt.Errorf("put %s: database opened read-only", e.File)
	}
	raw, err := entryJSON(e)
	if err != nil {
		return Unchanged, fmt.Errorf("put %s: %w", e.File, err)
	}
	if db.pg != nil {
		return db.pgPut(ctx, e, raw, force)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return Unchanged, fmt.Errorf("put %s: %w", e.File, err)
	}
	defer tx.Rollback()
	out, err := db.putTx(ctx, tx, e, raw, force)
	if err != nil {
		return Unchanged, fmt.Errorf("put %s: %w", e.File, err)
	}
	if err := tx.Commit(); err != nil {
		return Unchanged, fmt.Errorf("put %s: commit: %w", e.File, err)
	}
	return out, nil
}

func entryJSON(e Entry) ([]byte, error) {
	if e.Doc == nil {
		return nil, fmt.Errorf("no document")
	}
	if e.JSON != nil {
		return e.JSON, nil
	}
	return json.Marshal(e.Doc)
}

func (db *DB) putTx(ctx context.Context, tx *sql.Tx, e Entry, raw []byte, force bool) (Outcome, error) {
	out := Inserted
	var old int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = ?`, e.SHA256).Scan(&old)
	switch {
	case err == nil && !force:
		return Unchanged, nil
	case err == nil:
		if err := deleteDocument(ctx, tx, old); err != nil {
			return Unchanged, err
		}
		out = Replaced
	case err != sql.ErrNoRows:
		return Unchanged, err
	}
	w := &docWriter{rows: &sqliteRows{ctx: ctx, tx: tx}, tokenize: db.tokenize, tokens: e.tokens}
	if err := w.document(e, raw); err != nil {
		return Unchanged, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM import_errors WHERE file = ? OR sha256 = ?`, e.File, e.SHA256); err != nil {
		return Unchanged, err
	}
	return out, nil
}

func deleteDocument(ctx context.Context, tx *sql.Tx, id int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM search WHERE document_id = ?`, id); err != nil {
		return fmt.Errorf("delete search rows: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete document: %w", err)
	}
	return nil
}

// Failure is a file that could not be imported.
type Failure struct {
	File     string // the key: one row per path
	SHA256   string // of the bytes; "" when the file could not be read
	ExitCode int    // the extractor's exit code; -1 when it did not exit (killed, deadline)
	Reason   string
}

// RecordFailure stores (or replaces) the import error for f's file.
func (db *DB) RecordFailure(ctx context.Context, f Failure) error {
	if db.write == nil && (db.pg == nil || db.pg.write == nil) {
		return fmt.Errorf("record failure %s: database opened read-only", f.File)
	}
	var code any
	if f.ExitCode >= 0 {
		code = f.ExitCode
	}
	exec := db.write.ExecContext
	if db.pg != nil {
		exec = db.pg.execWrite
	}
	_, err := exec(ctx, `
		INSERT INTO import_errors (file, sha256, exit_code, reason, attempted_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (file) DO UPDATE SET sha256 = excluded.sha256,
			exit_code = excluded.exit_code, reason = excluded.reason,
			attempted_at = excluded.attempted_at`,
		f.File, f.SHA256, code, f.Reason, now())
	if err != nil {
		return fmt.Errorf("record failure %s: %w", f.File, err)
	}
	return nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }
