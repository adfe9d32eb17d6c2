package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"github.com/budgetpdf/budgetpdf/internal/termsafe"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() {
	register(command{
		name:    "query",
		summary: "run read-only SQL on a database (table, --csv or --json)",
		run:     runQuery,
	})
}

const queryUsage = `Usage: budgetpdf query --db FILE [--csv | --json] "SQL"

Runs one SQL statement on a read-only connection. Statements that would
write, ATTACH or DETACH a database, VACUUM, load an extension or set a
PRAGMA are refused (exit 1); PRAGMAs that only report (user_version,
table_info, integrity_check, …) run.
Output is an aligned table, or CSV, or a JSON array of objects.
The tables are described in docs/schema.md.

Example:
  budgetpdf query --db budget.db "SELECT unit, year, count(*) FROM indicator_rows GROUP BY 1, 2"

Flags:
`

func runQuery(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, queryUsage); fs.PrintDefaults() }
	dbPath := fs.String("db", "", "SQLite database `FILE`")
	asCSV := fs.Bool("csv", false, "write CSV")
	asJSON := fs.Bool("json", false, "write a JSON array of objects")
	if err := fs.Parse(args); err != nil {
		return usageExit(err, stderr)
	}
	if *dbPath == "" || fs.NArg() != 1 || (*asCSV && *asJSON) {
		fs.Usage()
		return exitBadInput
	}
	db, err := store.Open(*dbPath, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf query: %v\n", err)
		return exitFailed
	}
	defer db.Close()
	format := formatTable
	switch {
	case *asCSV:
		format = formatCSV
	case *asJSON:
		format = formatJSON
	}
	if err := queryTo(context.Background(), db, fs.Arg(0), format, stdout); err != nil {
		fmt.Fprintf(stderr, "budgetpdf query: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// A rowFormat writes a result set.
type rowFormat func(w io.Writer, cols []string, next func() ([]any, error)) error

// queryTo runs q on db's guarded read-only connection and writes its rows.
func queryTo(ctx context.Context, db *store.DB, q string, format rowFormat, w io.Writer) error {
	return db.Query(ctx, q, func(rows *sql.Rows) error { return writeRows(rows, format, w) })
}

func writeRows(rows *sql.Rows, format rowFormat, w io.Writer) error {
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	next := func() ([]any, error) {
		if !rows.Next() {
			if err := rows.Err(); err != nil {
				return nil, err
			}
			return nil, io.EOF
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		return vals, rows.Scan(ptrs...)
	}
	return format(w, cols, next)
}

// each calls fn for every row that next yields.
func each(next func() ([]any, error), fn func([]any) error) error {
	for {
		vals, err := next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(vals); err != nil {
			return err
		}
	}
}

// text renders one SQL value for a table or CSV cell; NULL is null.
func text(v any, null string) string {
	switch x := v.(type) {
	case nil:
		return null
	case []byte:
		return string(x)
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	default:
		return fmt.Sprint(x)
	}
}

func formatCSV(w io.Writer, cols []string, next func() ([]any, error)) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	err := each(next, func(vals []any) error {
		for i, v := range vals {
			rec[i] = text(v, "")
		}
		return cw.Write(rec)
	})
	cw.Flush()
	return errors.Join(err, cw.Error())
}

func formatJSON(w io.Writer, cols []string, next func() ([]any, error)) error {
	io.WriteString(w, "[")
	n := 0
	err := each(next, func(vals []any) error {
		sep := ",\n"
		if n++; n == 1 {
			sep = "\n"
		}
		io.WriteString(w, sep)
		return writeObject(w, cols, vals)
	})
	io.WriteString(w, "\n]\n")
	return err
}

// formatJSONL writes one JSON object per line.
func formatJSONL(w io.Writer, cols []string, next func() ([]any, error)) error {
	return each(next, func(vals []any) error {
		if err := writeObject(w, cols, vals); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	})
}

// writeObject writes one row as a JSON object, keys in column order.
func writeObject(w io.Writer, cols []string, vals []any) error {
	var b strings.Builder
	b.WriteString("{")
	for i, c := range cols {
		k, _ := json.Marshal(c)
		v := vals[i]
		if bs, ok := v.([]byte); ok {
			v = string(bs)
		}
		jv, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.Write(k)
		b.WriteString(":")
		b.Write(jv)
	}
	b.WriteString("}")
	_, err := io.WriteString(w, b.String())
	return err
}

// formatTable writes an aligned table for a terminal, wide (CJK)
// characters counting as two columns; line breaks inside a value are shown
// as ⏎ and other control characters escaped (\x1b), so that text from a
// PDF cannot drive the terminal.
func formatTable(w io.Writer, cols []string, next func() ([]any, error)) error {
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = cell(c)
	}
	grid := [][]string{header}
	err := each(next, func(vals []any) error {
		row := make([]string, len(vals))
		for i, v := range vals {
			row[i] = cell(text(v, "NULL"))
		}
		grid = append(grid, row)
		return nil
	})
	if err != nil {
		return err
	}
	widths := make([]int, len(cols))
	for _, row := range grid {
		for i, c := range row {
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	for r, row := range grid {
		writeTableRow(w, row, widths)
		if r == 0 {
			rule := make([]string, len(widths))
			for i, wd := range widths {
				rule[i] = strings.Repeat("-", wd)
			}
			writeTableRow(w, rule, widths)
		}
	}
	_, err = fmt.Fprintf(w, "(%d rows)\n", len(grid)-1)
	return err
}

// cell is s as a table shows it: ⏎ for a line break, escapes for the other
// control characters.
func cell(s string) string {
	return termsafe.String(strings.ReplaceAll(s, "\n", "⏎"))
}

func writeTableRow(w io.Writer, row []string, widths []int) {
	var b strings.Builder
	for i, c := range row {
		if i > 0 {
			b.WriteString("  ")
		}
		b.WriteString(c)
		if i < len(row)-1 {
			b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)))
		}
	}
	b.WriteString("\n")
	io.WriteString(w, b.String())
}

// displayWidth is the number of terminal columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
