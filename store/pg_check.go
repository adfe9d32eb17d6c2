package store

import (
	"context"
	"fmt"
)

// pgCheck is Check on PostgreSQL. The server keeps its own files whole
// and enforces every foreign key at each statement (there is no
// integrity_check or foreign_key_check to run), so what is left to verify
// is what SQLite's Check verifies beyond that: every stored document is
// whole, its rows exactly as many as its stored JSON holds; and no
// full-text row points at a document that is gone.
func (db *DB) pgCheck(ctx context.Context) error {
	var orphans int
	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM search s
		WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.document_id)`).Scan(&orphans); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if orphans > 0 {
		return fmt.Errorf("check: %d search rows of no document", orphans)
	}
	return db.checkDocuments(ctx)
}
