package store

import (
	"context"
	"fmt"
	"strings"
)

// Full-text search on PostgreSQL: the search table's tsv column is the
// stored gse tokens as lexemes, verbatim (migrations/postgres/0001_search.sql),
// so the query is the same tokens as a tsquery, each quoted, with no
// parsing or stemming: the same words match as in SQLite's FTS5 table.
// The phrase check on the text is the same as SQLite's. Hits are ordered
// by ts_rank (SQLite: bm25), then by row: the order of equal hits can
// differ between the engines, the set of hits does not.

// pgFlatSQL is flatSQL in PostgreSQL's spelling (chr for char).
const pgFlatSQL = `replace(replace(replace(replace(lower(s.text), chr(10), ''), chr(13), ''), ' ', ''), '　', '')`

func (db *DB) pgSearch(ctx context.Context, terms []string, o SearchOptions) ([]Hit, error) {
	q, needles := db.pgMatchQuery(terms, o.Any)
	if q == "" {
		return nil, fmt.Errorf("search: no searchable term in %q", terms)
	}
	limit, join := o.plan()
	var cond []string
	args := []any{q}
	for _, n := range needles {
		args = append(args, pgText(flat(n)))
		cond = append(cond, fmt.Sprintf(`strpos(%s, $%d) > 0`, pgFlatSQL, len(args)))
	}
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, `
		SELECT s.kind, s.ref_id, s.document_id, d.file, d.unit, d.year, s.page, s.text
		FROM search s JOIN documents d ON d.id = s.document_id
		WHERE s.tsv @@ $1::tsquery AND (`+strings.Join(cond, join)+`)
		ORDER BY ts_rank(s.tsv, $1::tsquery) DESC, s.id LIMIT `+fmt.Sprintf("$%d", len(args)), args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	return scanHits(rows, needles)
}

// pgMatchQuery is matchQuery as a tsquery: every token of a term quoted as
// a lexeme ('调研'), all required (&); the terms joined by &, or | with any.
func (db *DB) pgMatchQuery(terms []string, any bool) (string, []string) {
	return db.buildQuery(terms, any, tsquerySyntax)
}

// tsquerySyntax: the index splits the stored tokens at spaces, so does the
// query; each piece a quoted lexeme.
var tsquerySyntax = querySyntax{
	quote: func(t string) []string {
		var out []string
		for _, f := range strings.Fields(strings.ToLower(pgText(t))) {
			out = append(out, "'"+tsqueryEscaper.Replace(f)+"'")
		}
		return out
	},
	and: " & ", or: " | ", within: " & ",
}

var tsqueryEscaper = strings.NewReplacer(`\`, `\\`, `'`, `''`)
