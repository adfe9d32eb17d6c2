package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/budgetpdf/budgetpdf"
)

// UnitYear is one (unit, year) that has at least one stored document.
type UnitYear struct {
	Unit      string // unit name
	UnitCode  string // "" when no document printed a code
	Year      int
	Documents int // how many stored documents have this unit and year
}

// UnitYears lists every stored (unit, year), ordered by unit then year.
func (db *DB) UnitYears() ([]UnitYear, error) {
	rows, err := db.read.Query(db.dialect(`SELECT unit, max(unit_code), year, count(*)
		FROM documents GROUP BY unit, year ORDER BY unit, year`))
	if err != nil {
		return nil, fmt.Errorf("unit years: %w", err)
	}
	defer rows.Close()
	var out []UnitYear
	for rows.Next() {
		var u UnitYear
		if err := rows.Scan(&u.Unit, &u.UnitCode, &u.Year, &u.Documents); err != nil {
			return nil, fmt.Errorf("unit years: %w", err)
		}
		out = append(out, u)
	}
	return out, wrap("unit years", rows.Err())
}

// Document returns the stored document of unit (its name or its code) and
// year, exactly as it was extracted. When several documents match (the same
// disclosure imported as PDF and as text, say), the most recently imported
// one wins. It returns an error wrapping ErrNotFound when none matches.
func (db *DB) Document(unit string, year int) (*budgetpdf.Document, error) {
	var raw string
	err := db.read.QueryRow(db.dialect(`SELECT json FROM documents
		WHERE (unit = ?1 OR (unit_code = ?1 AND ?1 <> '')) AND year = ?2
		ORDER BY imported_at DESC, id DESC LIMIT 1`), unit, year).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s %d: %w", unit, year, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s %d: %w", unit, year, err)
	}
	return decodeDocument(raw)
}

// DocumentBySHA256 returns the stored document imported from the file with
// that sha256.
func (db *DB) DocumentBySHA256(sha string) (*budgetpdf.Document, error) {
	var raw string
	err := db.read.QueryRow(db.dialect(`SELECT json FROM documents WHERE sha256 = ?`), sha).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document sha256 %s: %w", sha, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document sha256 %s: %w", sha, err)
	}
	return decodeDocument(raw)
}

func decodeDocument(raw string) (*budgetpdf.Document, error) {
	var d budgetpdf.Document
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		return nil, fmt.Errorf("decode stored document: %w", err)
	}
	return &d, nil
}

// Has reports whether a document with this sha256 is stored.
func (db *DB) Has(ctx context.Context, sha string) (bool, error) {
	var one int
	err := db.read.QueryRowContext(ctx, db.dialect(`SELECT 1 FROM documents WHERE sha256 = ?`), sha).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("has %s: %w", sha, err)
	}
	return true, nil
}

// Counts are the number of rows of the main tables.
type Counts struct {
	Documents, Sections, Projects, Plan, Indicators, Tables, Cells, Warnings, ImportErrors int
}

// Counts counts the rows of every main table.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	targets := []struct {
		table string
		n     *int
	}{
		{"documents", &c.Documents}, {"sections", &c.Sections}, {"projects", &c.Projects},
		{"plan", &c.Plan}, {"indicators", &c.Indicators}, {"tables", &c.Tables},
		{"cells", &c.Cells}, {"warnings", &c.Warnings}, {"import_errors", &c.ImportErrors},
	}
	for _, t := range targets {
		if err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM "+t.table).Scan(t.n); err != nil {
			return c, fmt.Errorf("count %s: %w", t.table, err)
		}
	}
	return c, nil
}
