package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"regexp"
	"slices"
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
// inserted at once (INSERT … RETURNING id, one round trip); the others —
// cells, budget lines, search rows, most of a document's rows — are
// gathered per table and sent with COPY (CopyFrom) when a table has
// pgCopySize of them or at flush, parents first. The rows that need an id
// get one reserved ahead (reserve) and go with COPY too; an INSERT …
// RETURNING id is left for the document itself (and any table without a
// reservation). A document is then a few round trips, not one a row.
type pgRows struct {
	ctx    context.Context
	tx     pgx.Tx
	sql    map[string]string  // rebound queries
	copies map[string]*pgCopy // by the INSERT's text
	ids    map[string][]int64 // reserved ids by table (reserve)
	order  []*pgCopy          // in the order first added
}

// pgCopy is the rows of one INSERT statement waiting for COPY.
type pgCopy struct {
	table string
	cols  []string
	rows  [][]any
}

const pgCopySize = 5000

var insertColumns = regexp.MustCompile(`(?s)^\s*INSERT INTO (\w+) \(([^)]*)\)\s*VALUES`)

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
	if c, err := r.copyOf(q); err == nil && len(r.ids[c.table]) > 0 {
		// an id reserved ahead: the row goes with COPY, id first
		id := r.ids[c.table][0]
		r.ids[c.table] = r.ids[c.table][1:]
		return id, r.queue(r.withID(q, c), append([]any{id}, args...))
	}
	var id int64
	err := r.tx.QueryRow(r.ctx, r.rebound(q)+" RETURNING id", pgArgs(args)...).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) { // ON CONFLICT DO NOTHING returned no row
		return 0, errStoredMeanwhile
	}
	return id, err
}

// reserve takes n ids of each table from its sequence ahead, in one round
// trip, so that the rows that need an id go with COPY too. The ids come in
// ascending order: a document's rows are numbered in the order written, as
// on SQLite (and densely while one importer writes).
func (r *pgRows) reserve(n map[string]int) error {
	var parts []string
	var args []any
	for _, table := range slices.Sorted(maps.Keys(n)) {
		if n[table] <= 0 {
			continue
		}
		args = append(args, table, n[table])
		parts = append(parts, fmt.Sprintf(`SELECT $%d::text, nextval(pg_get_serial_sequence($%d, 'id')) FROM generate_series(1, $%d::int)`,
			len(args)-1, len(args)-1, len(args)))
	}
	if len(parts) == 0 {
		return nil
	}
	rows, err := r.tx.Query(r.ctx, strings.Join(parts, " UNION ALL ")+" ORDER BY 1, 2", args...)
	if err != nil {
		return wrap("reserve ids", err)
	}
	defer rows.Close()
	if r.ids == nil {
		r.ids = map[string][]int64{}
	}
	for rows.Next() {
		var table string
		var id int64
		if err := rows.Scan(&table, &id); err != nil {
			return wrap("reserve ids", err)
		}
		r.ids[table] = append(r.ids[table], id)
	}
	return wrap("reserve ids", rows.Err())
}

// withID is the key under which the rows of q go with their id.
func (r *pgRows) withID(q string, c *pgCopy) string {
	key := "id+" + q
	if _, ok := r.copies[key]; !ok {
		r.copies[key] = &pgCopy{table: c.table, cols: append([]string{"id"}, c.cols...)}
		r.order = append(r.order, r.copies[key])
	}
	return key
}

// copyOf is the pending COPY of q's rows, made on first use.
func (r *pgRows) copyOf(q string) (*pgCopy, error) {
	if c, ok := r.copies[q]; ok {
		return c, nil
	}
	m := insertColumns.FindStringSubmatch(q)
	if m == nil {
		return nil, fmt.Errorf("not an INSERT INTO table (columns) VALUES: %.60s", q)
	}
	c := &pgCopy{table: m[1]}
	for _, col := range strings.Split(m[2], ",") {
		c.cols = append(c.cols, strings.TrimSpace(col))
	}
	if r.copies == nil {
		r.copies = map[string]*pgCopy{}
	}
	r.copies[q] = c
	r.order = append(r.order, c)
	return c, nil
}

// queue adds a row to key's COPY.
func (r *pgRows) queue(key string, args []any) error {
	c := r.copies[key]
	c.rows = append(c.rows, pgArgs(args))
	if len(c.rows) >= pgCopySize {
		return r.flush() // all of them: the parents of these rows may be waiting too
	}
	return nil
}

func (r *pgRows) add(q string, args ...any) error {
	if _, err := r.copyOf(q); err != nil {
		return err
	}
	return r.queue(q, args)
}

func (r *pgRows) copy(c *pgCopy) error {
	if len(c.rows) == 0 {
		return nil
	}
	_, err := r.tx.CopyFrom(r.ctx, pgx.Identifier{c.table}, c.cols, pgx.CopyFromRows(c.rows))
	c.rows = c.rows[:0]
	return wrap("copy into "+c.table, err)
}

// pgParentsFirst orders the COPYs of a flush: a table after those its
// foreign keys point to (the keys are checked at each statement).
var pgParentsFirst = map[string]int{"sections": 1, "projects": 2, "plan": 3, "indicators": 4, "tables": 5,
	"cells": 6, "warnings": 7, "budget_tables": 8, "budget_lines": 9, "checks": 10, "search": 11}

func (r *pgRows) flush() error {
	slices.SortStableFunc(r.order, func(a, b *pgCopy) int { return pgParentsFirst[a.table] - pgParentsFirst[b.table] })
	for _, c := range r.order {
		if err := r.copy(c); err != nil {
			return err
		}
	}
	return nil
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
