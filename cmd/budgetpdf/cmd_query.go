package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/width"

	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newQueryCmd) }

func newQueryCmd(a *app) *cobra.Command {
	var (
		db, file string
		ff       formatFlags
	)
	c := &cobra.Command{
		Use:   "query --db FILE [flags] (SQL | - | --file F)",
		Short: "run read-only SQL on a database (table, csv, tsv, json, jsonl)",
		Long: `Runs one SQL statement on a read-only connection. Statements that would
write, ATTACH or DETACH a database, VACUUM, load an extension or set a
PRAGMA are refused (exit 1); PRAGMAs that only report (user_version,
table_info, integrity_check, …) run.

The SQL is the argument, or read from standard input when the argument is
'-', or from the file given with --file. Empty SQL is bad usage (exit 2).
SQL that starts with a comment (--) goes after '--', which ends the flags.

Formats: table (aligned for a terminal: cells wider than the terminal
allows are cut with …; piped, the table is whole), csv and tsv (RFC 4180,
a header row, NULL empty), json (one array of objects), jsonl (one object
per line). Every format streams: rows are written as they are read, so a
result of millions of rows needs no more memory than one of ten.
The tables are described in docs/schema.md.`,
		Example: `  budgetpdf query --db budget.db "SELECT unit, year, count(*) FROM indicator_rows GROUP BY 1, 2"
  budgetpdf query --db budget.db --csv "SELECT * FROM indicator_rows" > rows.csv
  budgetpdf query --db budget.db --format jsonl --file report.sql
  echo "SELECT count(*) FROM documents" | budgetpdf query --db budget.db -`,
		RunE: func(_ *cobra.Command, args []string) error {
			if err := requireDB(db); err != nil {
				return err
			}
			q, err := querySQL(args, file, a.stdin)
			if err != nil {
				return err
			}
			format, err := ff.resolve(a.stdout)
			if err != nil {
				return err
			}
			return exitWith(runQuery(db, q, format, a.stdout, a.stderr))
		},
	}
	c.Flags().StringVar(&db, "db", "", "the database `DB`: a SQLite file, or postgres://…")
	c.Flags().StringVar(&file, "file", "", "read the SQL from `FILE` ('-': standard input)")
	ff.add(c)
	return c
}

// querySQL is the statement to run: the argument, '-' for standard
// input, or --file.
func querySQL(args []string, file string, stdin io.Reader) (string, error) {
	var q string
	switch {
	case len(args) > 1:
		return "", usagef("give the SQL as one argument (quote it), got %d arguments", len(args))
	case file != "" && len(args) == 1:
		return "", usagef("give the SQL as an argument or with --file, not both")
	case file == "" && len(args) == 0:
		return "", usagef("missing SQL (an argument, '-' for standard input, or --file FILE)")
	case file == "-" || (file == "" && args[0] == "-"):
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", fmt.Errorf("read SQL from standard input: %w", err)
		}
		q = string(b)
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", usagef("--file: %v", err)
		}
		q = string(b)
	default:
		q = args[0]
	}
	if strings.TrimSpace(stripSQLComments(q)) == "" {
		return "", usagef("the SQL is empty")
	}
	return q, nil
}

// stripSQLComments removes -- and /* */ comments outside quotes, enough
// to tell an empty script from a statement.
func stripSQLComments(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		switch {
		case strings.HasPrefix(q[i:], "--"):
			for i < len(q) && q[i] != '\n' {
				i++
			}
		case strings.HasPrefix(q[i:], "/*"):
			end := strings.Index(q[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			i += end + 3
		case q[i] == '\'' || q[i] == '"':
			end := strings.IndexByte(q[i+1:], q[i])
			if end < 0 {
				b.WriteString(q[i:])
				return b.String()
			}
			b.WriteString(q[i : i+end+2])
			i += end + 1
		default:
			b.WriteByte(q[i])
		}
	}
	return b.String()
}

func runQuery(dbPath, q string, format rowFormat, stdout, stderr io.Writer) int {
	db, err := store.Open(dbPath, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf query: %v\n", err)
		return exitFailed
	}
	defer db.Close()
	if err := queryTo(context.Background(), db, q, format, stdout); err != nil {
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
