package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/budgetpdf/budgetpdf"
)

// A unit can have several documents of one year that are different
// disclosures: its 部门预算 and the 单位预算 of its own office, a 预算 and a
// 决算. These readers keep the kind apart, so that a comparison pairs like
// with like.

// UnitKindYear is one (unit, kind, year) that has at least one stored
// document; Kind is "" for documents whose title prints no kind.
type UnitKindYear struct {
	Unit string
	Kind string
	Year int
}

// UnitKindYears lists every stored (unit, kind, year), ordered by unit,
// kind, then year.
func (db *DB) UnitKindYears() ([]UnitKindYear, error) {
	rows, err := db.read.Query(db.dialect(`SELECT DISTINCT unit, kind, year FROM documents ORDER BY unit, kind, year`))
	if err != nil {
		return nil, fmt.Errorf("unit kind years: %w", err)
	}
	defer rows.Close()
	var out []UnitKindYear
	for rows.Next() {
		var u UnitKindYear
		if err := rows.Scan(&u.Unit, &u.Kind, &u.Year); err != nil {
			return nil, fmt.Errorf("unit kind years: %w", err)
		}
		out = append(out, u)
	}
	return out, wrap("unit kind years", rows.Err())
}

// Stored is one kind of document stored for a unit and year: the most
// recently imported file of that kind.
type Stored struct {
	Unit, Kind, File string
	Year             int
}

// Kinds lists the kinds of document stored for unit (its name or code) and
// year, one Stored per kind, ordered by kind; none is not an error.
func (db *DB) Kinds(unit string, year int) ([]Stored, error) {
	rows, err := db.read.Query(db.dialect(`SELECT unit, kind, file, year FROM (
			SELECT unit, kind, file, year, row_number() OVER (PARTITION BY kind ORDER BY imported_at DESC, id DESC) AS k
			FROM documents WHERE (unit = ?1 OR (unit_code = ?1 AND ?1 <> '')) AND year = ?2) AS latest
		WHERE k = 1 ORDER BY kind`), unit, year)
	if err != nil {
		return nil, fmt.Errorf("kinds of %s %d: %w", unit, year, err)
	}
	defer rows.Close()
	var out []Stored
	for rows.Next() {
		var s Stored
		if err := rows.Scan(&s.Unit, &s.Kind, &s.File, &s.Year); err != nil {
			return nil, fmt.Errorf("kinds of %s %d: %w", unit, year, err)
		}
		out = append(out, s)
	}
	return out, wrap(fmt.Sprintf("kinds of %s %d", unit, year), rows.Err())
}

// DocumentOfKind is Document restricted to one kind ("" for documents
// whose title prints none): the most recently imported one of unit, year
// and kind. It returns an error wrapping ErrNotFound when none matches.
func (db *DB) DocumentOfKind(unit string, year int, kind string) (*budgetpdf.Document, error) {
	var raw string
	err := db.read.QueryRow(db.dialect(`SELECT json FROM documents
		WHERE (unit = ?1 OR (unit_code = ?1 AND ?1 <> '')) AND year = ?2 AND kind = ?3
		ORDER BY imported_at DESC, id DESC LIMIT 1`), unit, year, kind).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s %d %s: %w", unit, year, kindName(kind), ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s %d %s: %w", unit, year, kindName(kind), err)
	}
	return decodeDocument(raw)
}

// kindName names a kind in messages.
func kindName(kind string) string {
	if kind == "" {
		return "(kind not printed)"
	}
	return kind
}
