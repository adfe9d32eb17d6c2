package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/budgetpdf/budgetpdf/seg"
)

// Tokenizer splits text into search tokens. The index stores the tokens
// joined by spaces in an FTS5 table with tokenize='unicode61', so a query
// tokenized the same way finds two-character Chinese words (调研, 培训) that
// unicode61 over raw Chinese or trigram would miss.
type Tokenizer func(text string) []string

// defaultTokenizer uses seg's shared segmenter; seg loads its dictionary on
// first use, so a database that is only queried never loads it.
func defaultTokenizer(text string) []string { return seg.Default().SearchTokens(text) }

// Hit is one full-text match.
type Hit struct {
	Kind       string // "section", "project" or "indicator"
	RefID      int64  // row id in the table named by Kind (sections, projects, indicators)
	DocumentID int64
	File       string
	Unit       string
	Year       int
	Page       int
	Text       string // the matched text as stored
	Snippet    string // a window of Text around the first match, the match in 【】
}

// Search returns the rows whose text holds every term as a phrase, best
// match first, at most limit (0 = 100).
func (db *DB) Search(ctx context.Context, terms []string, limit int) ([]Hit, error) {
	return db.SearchWith(ctx, terms, SearchOptions{Limit: limit})
}

// SearchOptions change what Search matches.
type SearchOptions struct {
	Any   bool // a hit holds at least one term (default: every term)
	Limit int  // at most this many hits; 0 = 100
}

// SearchWith returns the rows whose text holds the terms, each term as a
// phrase: its words in the index (so 调研 does not match 协调研究) and the
// term itself in the text, characters adjacent and in order (ignoring line
// breaks and spaces, which wrapped cells put inside words). Every term is
// required, or with Any one of them.
func (db *DB) SearchWith(ctx context.Context, terms []string, o SearchOptions) ([]Hit, error) {
	if db.pg != nil {
		return db.pgSearch(ctx, terms, o)
	}
	q, needles := db.matchQuery(terms, o.Any)
	if q == "" {
		return nil, fmt.Errorf("search: no searchable term in %q", terms)
	}
	limit, join := o.plan()
	var cond []string
	args := []any{q}
	for _, n := range needles {
		cond = append(cond, `instr(`+flatSQL+`, ?) > 0`)
		args = append(args, flat(n))
	}
	args = append(args, limit)
	rows, err := db.read.QueryContext(ctx, `
		SELECT s.kind, s.ref_id, s.document_id, d.file, d.unit, d.year, s.page, s.text
		FROM search s JOIN documents d ON d.id = s.document_id
		WHERE search MATCH ? AND (`+strings.Join(cond, join)+`) ORDER BY s.rank LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	return scanHits(rows, needles)
}

// flatSQL is s.text without line breaks and spaces, ASCII letters lower
// case: what flat does to a term.
const flatSQL = `replace(replace(replace(replace(lower(s.text), char(10), ''), char(13), ''), ' ', ''), '　', '')`

func flat(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == ' ' || r == '　':
			return -1
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return r
	}, cjk.Normalize(s))
	return strings.ReplaceAll(s, "\x00", "")
}

// matchQuery turns terms into an FTS5 query: every token of a term, each
// quoted, all required; the terms joined by AND, or OR with any. needles
// are the terms themselves (normalized), for the phrase check and
// snippets.
func (db *DB) matchQuery(terms []string, any bool) (string, []string) {
	return db.buildQuery(terms, any, fts5Syntax)
}

// querySyntax is how one engine's full-text query quotes a token and joins
// tokens (all of a term) and terms (all, or any).
type querySyntax struct {
	quote           func(token string) []string // the quoted lexemes of one token
	and, or, within string
}

// fts5Syntax: "token" AND "token"; FTS5 reads the query as a C string, so
// a NUL would end it mid-quote.
var fts5Syntax = querySyntax{
	quote: func(t string) []string {
		if t = strings.TrimSpace(strings.ReplaceAll(t, "\x00", "")); t == "" {
			return nil
		}
		return []string{`"` + strings.ReplaceAll(t, `"`, `""`) + `"`}
	},
	and: " AND ", or: " OR ", within: " AND ",
}

// buildQuery turns terms into a full-text query in an engine's syntax and
// returns it with the needles the snippets mark (each term, normalized).
func (db *DB) buildQuery(terms []string, any bool, syn querySyntax) (string, []string) {
	var groups, needles []string
	for _, term := range terms {
		var parts []string
		for _, t := range db.tokenize(term) {
			parts = append(parts, syn.quote(t)...)
		}
		if len(parts) == 0 || flat(term) == "" {
			continue
		}
		groups = append(groups, "("+strings.Join(parts, syn.within)+")")
		needles = append(needles, strings.TrimSpace(cjk.Normalize(term)))
	}
	join := syn.and
	if any {
		join = syn.or
	}
	return strings.Join(groups, join), needles
}

// snippet cuts a window of about width runes either side of the first
// needle found in text and marks the needle with 【】. Without a match it
// returns the start of text.
func snippet(text string, needles []string, width int) string {
	text = strings.ReplaceAll(text, "\n", " ")
	r := []rune(text)
	at, n := -1, 0
	for _, nd := range needles {
		if i := strings.Index(text, nd); nd != "" && i >= 0 && (at < 0 || i < at) {
			at, n = i, len([]rune(nd))
		}
	}
	if at < 0 {
		return clip(r, 0, 2*width)
	}
	start := len([]rune(text[:at]))
	lo, hi := max(0, start-width), min(len(r), start+n+width)
	s := string(r[lo:start]) + "【" + string(r[start:start+n]) + "】" + string(r[start+n:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(r) {
		s += "…"
	}
	return s
}

func clip(r []rune, lo, hi int) string {
	if hi >= len(r) {
		return string(r[lo:])
	}
	return string(r[lo:hi]) + "…"
}

// plan is how many hits at most (100 when Limit is not set) and how the
// terms' phrase checks combine (every term, or with Any one of them), for
// both engines.
func (o SearchOptions) plan() (limit int, join string) {
	limit, join = o.Limit, " AND "
	if limit <= 0 {
		limit = 100
	}
	if o.Any {
		join = " OR "
	}
	return limit, join
}

// scanHits reads the rows of a search query (kind, ref_id, document_id,
// file, unit, year, page, text) into hits with their snippets, for both
// engines.
func scanHits(rows *sql.Rows, needles []string) ([]Hit, error) {
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.Kind, &h.RefID, &h.DocumentID, &h.File, &h.Unit, &h.Year, &h.Page, &h.Text); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Snippet = snippet(h.Text, needles, 20)
		hits = append(hits, h)
	}
	return hits, wrap("search", rows.Err())
}
