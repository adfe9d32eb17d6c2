package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/budgetpdf/budgetpdf/store"
)

func init() {
	register(command{
		name:    "search",
		summary: "full-text search of sections, project and indicator names",
		run:     runSearch,
	})
}

const searchUsage = `Usage: budgetpdf search --db FILE [--limit N] TERM...

Finds the sections, projects and indicators whose text holds every TERM
(Chinese words are matched as words: 调研 finds 代表调研协调经费). Prints
each hit with its unit, year, page, kind and a snippet, best first.

Example:
  budgetpdf search --db budget.db 培训 满意度

Flags:
`

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, searchUsage); fs.PrintDefaults() }
	dbPath := fs.String("db", "", "SQLite database `FILE`")
	limit := fs.Int("limit", 50, "at most this many hits")
	if err := fs.Parse(args); err != nil {
		return usageExit(err, stderr)
	}
	if *dbPath == "" || fs.NArg() == 0 {
		fs.Usage()
		return exitBadInput
	}
	db, err := store.Open(*dbPath, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf search: %v\n", err)
		return exitFailed
	}
	defer db.Close()
	hits, err := db.Search(context.Background(), fs.Args(), *limit)
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
	if err := formatTable(stdout, cols, next); err != nil {
		fmt.Fprintf(stderr, "budgetpdf search: %v\n", err)
		return exitFailed
	}
	return exitOK
}
