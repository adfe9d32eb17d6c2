package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// pgPut is Put on PostgreSQL, where many importers (processes, machines)
// write at once. Each document is one transaction that first takes an
// advisory lock on its sha256: two importers of the same file take turns,
// and the second finds the first's document (Unchanged) or, with force,
// replaces it whole. The INSERT into documents is also ON CONFLICT
// (sha256) DO NOTHING, so that even a writer that skipped the lock cannot
// add a second copy: the unique constraint is the last word. A deadlock or
// serialization failure (two transactions clearing the same import_errors
// rows) is tried again.
func (db *DB) pgPut(ctx context.Context, e Entry, raw []byte, force bool) (Outcome, error) {
	for attempt := 1; ; attempt++ {
		out, err := db.pgPutOnce(ctx, e, raw, force)
		if c := pgCode(err); (c == "40P01" || c == "40001") && attempt < 5 {
			time.Sleep(time.Duration(10+rand.IntN(40*attempt)) * time.Millisecond)
			continue
		}
		if err != nil {
			return Unchanged, fmt.Errorf("put %s: %w", e.File, err)
		}
		return out, nil
	}
}

// errStoredMeanwhile is the INSERT into documents finding the sha256
// stored by another importer after this one looked.
var errStoredMeanwhile = errors.New("stored meanwhile by another importer")

func (db *DB) pgPutOnce(ctx context.Context, e Entry, raw []byte, force bool) (Outcome, error) {
	tx, err := db.pg.write.Begin(ctx)
	if err != nil {
		return Unchanged, err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, shaLockKey(e.SHA256)); err != nil {
		return Unchanged, fmt.Errorf("lock: %w", err)
	}
	out := Inserted
	var old int64
	err = tx.QueryRow(ctx, `SELECT id FROM documents WHERE sha256 = $1`, e.SHA256).Scan(&old)
	switch {
	case err == nil && !force:
		return Unchanged, nil
	case err == nil:
		// search rows cascade from their document on PostgreSQL; deleted
		// first all the same, as on SQLite.
		if _, err := tx.Exec(ctx, `DELETE FROM search WHERE document_id = $1`, old); err != nil {
			return Unchanged, fmt.Errorf("delete search rows: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, old); err != nil {
			return Unchanged, fmt.Errorf("delete document: %w", err)
		}
		out = Replaced
	case !errors.Is(err, pgx.ErrNoRows):
		return Unchanged, err
	}
	w := &docWriter{rows: &pgRows{ctx: ctx, tx: tx}, tokenize: db.tokenize, tokens: e.tokens,
		onConflict: " ON CONFLICT (sha256) DO NOTHING"}
	if err := w.document(e, raw); errors.Is(err, errStoredMeanwhile) {
		return Unchanged, nil
	} else if err != nil {
		return Unchanged, err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM import_errors WHERE file = $1 OR sha256 = $2`, e.File, e.SHA256); err != nil {
		return Unchanged, err
	}
	if err := tx.Commit(ctx); err != nil {
		return Unchanged, fmt.Errorf("commit: %w", err)
	}
	return out, nil
}

// shaLockKey is the advisory lock key of a document: the first 8 bytes of
// the sha256 of its import key (two keys that share it only take turns).
func shaLockKey(sha string) int64 {
	h := sha256.Sum256([]byte("budgetpdf document " + sha))
	return int64(binary.BigEndian.Uint64(h[:8]))
}

// pgRows is the rowWriter of PostgreSQL: a row whose id is needed is
// inserted at once (RETURNING id); the others wait in a batch, sent in one
// round trip when it is full or at flush.
type pgRows struct {
	ctx   context.Context
	tx    pgx.Tx
	batch pgx.Batch
	sql   map[string]string // rebound queries
}

const pgBatchSize = 2000

func (r *pgRows) rebound(q string) string {
	s, ok := r.sql[q]
	if !ok {
		s = rebind(q)
		if r.sql == nil {
			r.sql = map[string]string{}
		}
		r.sql[q] = s
	}
	return s
}

func (r *pgRows) insert(q string, args ...any) (int64, error) {
	var id int64
	err := r.tx.QueryRow(r.ctx, r.rebound(q)+" RETURNING id", pgArgs(args)...).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) { // ON CONFLICT DO NOTHING returned no row
		return 0, errStoredMeanwhile
	}
	return id, err
}

func (r *pgRows) add(q string, args ...any) error {
	r.batch.Queue(r.rebound(q), pgArgs(args)...)
	if r.batch.Len() >= pgBatchSize {
		return r.flush()
	}
	return nil
}

func (r *pgRows) flush() error {
	if r.batch.Len() == 0 {
		return nil
	}
	err := r.tx.SendBatch(r.ctx, &r.batch).Close()
	r.batch = pgx.Batch{}
	return err
}

// pgArgs converts the values this package writes to what PostgreSQL
// takes: a bool is 0 or 1 (the columns are integers, as on SQLite), and a
// string loses what a PostgreSQL text cannot hold (NUL, invalid UTF-8),
// which SQLite stores as given.
func pgArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case bool:
			if v {
				out[i] = int64(1)
			} else {
				out[i] = int64(0)
			}
		case string:
			out[i] = pgText(v)
		default:
			out[i] = a
		}
	}
	return out
}

func pgText(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// execWrite runs one statement of this package's SQL on the write pool.
func (p *pgStore) execWrite(ctx context.Context, q string, args ...any) (sql.Result, error) {
	_, err := p.write.Exec(ctx, rebind(q), pgArgs(args)...)
	return nil, err
}
