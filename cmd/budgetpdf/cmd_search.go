package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newSearchCmd) }

func newSearchCmd(a *app) *cobra.Command {
	var (
		db    string
		limit int
		any   bool
		ff    formatFlags
	)
	c := &cobra.Command{
		Use:   "search --db FILE [flags] TERM...",
		Short: "full-text search of sections, project and indicator names",
		Long: `Finds the sections, projects and indicators whose text holds every TERM,
each TERM as a phrase: its characters adjacent and in order (社区公共服务
finds 社区公共服务, not 社区 … 公共 … 服务 apart), and its words as words
(调研 finds 代表调研协调经费, not 协调研究). With --any a hit holds at least
one TERM. Line breaks inside a wrapped cell do not break a phrase.

Prints each hit with its unit, year, page, kind, a snippet (the match in
【】) and the file, best first, in the formats of query (table, csv, tsv,
json, jsonl).`,
		Example: `  budgetpdf search --db budget.db 社区公共服务
  budgetpdf search --db budget.db 培训 满意度            # both phrases
  budgetpdf search --db budget.db --any 培训 满意度      # either
  budgetpdf search --db budget.db --format csv 调研 > hits.csv`,
		Args: minArgs(1, "TERM (a word or phrase to find)"),
		RunE: func(_ *cobra.Command, terms []string) error {
			if err := requireDB(db); err != nil {
				return err
			}
			if limit < 0 {
				return usagef("--limit must be 0 or more")
			}
			format, err := ff.resolve(a.stdout)
			if err != nil {
				return err
			}
			return exitWith(runSearch(db, terms, store.SearchOptions{Any: any, Limit: limit}, format, a.stdout, a.stderr))
		},
	}
	c.Flags().StringVar(&db, "db", "", "the database `DB`: a SQLite file, or postgres://…")
	c.Flags().IntVar(&limit, "limit", 50, "at most this many hits")
	c.Flags().BoolVar(&any, "any", false, "hits holding any TERM (default: every TERM)")
	ff.add(c)
	return c
}

func runSearch(dbPath string, terms []string, o store.SearchOptions, format rowFormat, stdout, stderr io.Writer) int {
	db, err := store.Open(dbPath, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf search: %v\n", err)
		return exitFailed
	}
	defer db.Close()
	hits, err := db.SearchWith(context.Background(), terms, o)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf search: %v\n", err)
		return exitFailed
	}
	cols := []string{"unit", "year", "page", "kind", "snippet", "file"}
	i := 0
	next := func() ([]any, error) {
		if i == len(hits) {
			return nil, io.EOF
		}
		h := hits[i]
		i++
		return []any{h.Unit, int64(h.Year), int64(h.Page), h.Kind, h.Snippet, h.File}, nil
	}
	if err := format(stdout, cols, next); err != nil {
		fmt.Fprintf(stderr, "budgetpdf search: %v\n", err)
		return exitFailed
	}
	return exitOK
}
