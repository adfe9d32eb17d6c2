package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Check verifies the database: SQLite's integrity_check and
// foreign_key_check pass, and every stored document is whole — its rows in
// sections, projects, plan, indicators, tables, cells and warnings are
// exactly as many as its stored JSON holds.
//
// integrity_check runs on a connection of its own: a long-lived connection
// keeps FTS5 state cached from before another connection rewrote the index,
// and its FTS5 check then reports a checksum mismatch that the file does
// not have (seen with SQLite 3.54.1 after a document was replaced).
func (db *DB) Check(ctx context.Context) error {
	if db.pg != nil {
		return db.pgCheck(ctx)
	}
	fresh, err := sql.Open(readDriverName(), dsn(db.path, "mode=ro", "_busy_timeout=5000"))
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	defer fresh.Close()
	var res string
	if err := fresh.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("check: integrity_check: %s", res)
	}
	rows, err := db.read.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	bad := rows.Next()
	rows.Close()
	if bad {
		return fmt.Errorf("check: foreign_key_check found dangling rows")
	}
	return db.checkDocuments(ctx)
}

// perDocument counts one document's rows by table, in the order of Counts.
const perDocument = `SELECT d.id, d.file, d.json,
	(SELECT count(*) FROM sections WHERE document_id = d.id),
	(SELECT count(*) FROM projects WHERE document_id = d.id),
	(SELECT count(*) FROM plan JOIN projects p ON p.id = plan.project_id WHERE p.document_id = d.id),
	(SELECT count(*) FROM indicators WHERE document_id = d.id),
	(SELECT count(*) FROM tables WHERE document_id = d.id),
	(SELECT count(*) FROM cells JOIN tables t ON t.id = cells.table_id WHERE t.document_id = d.id),
	(SELECT count(*) FROM warnings WHERE document_id = d.id)
	FROM documents d ORDER BY d.id`

func (db *DB) checkDocuments(ctx context.Context) error {
	rows, err := db.read.QueryContext(ctx, perDocument)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var id int64
		var file, raw string
		got := Counts{Documents: 1}
		if err := rows.Scan(&id, &file, &raw, &got.Sections, &got.Projects, &got.Plan,
			&got.Indicators, &got.Tables, &got.Cells, &got.Warnings); err != nil {
			return fmt.Errorf("check: %w", err)
		}
		d, err := decodeDocument(raw)
		if err != nil {
			problems = append(problems, fmt.Sprintf("document %d (%s): %v", id, file, err))
			continue
		}
		if want := RowsOf(d); got != want {
			problems = append(problems, fmt.Sprintf("document %d (%s): rows %+v, JSON holds %+v", id, file, got, want))
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check: %d documents not whole: %s", len(problems), strings.Join(problems, "; "))
	}
	return nil
}
