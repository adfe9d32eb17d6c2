package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5/stdlib"
)

// The read-only guard on PostgreSQL (budgetpdf query, export). SQLite's
// authorizer has no counterpart there; what stands in for it, each layer
// on its own enough for a write:
//
//  1. one statement: splitStatements as on SQLite, and the server itself,
//     which refuses several commands in one prepared statement (pgx sends
//     a query with the extended protocol);
//  2. a statement that reads: the first keyword must be SELECT, WITH,
//     VALUES, TABLE, SHOW or EXPLAIN; SET, COPY, DO, CALL, BEGIN, LISTEN,
//     PREPARE, VACUUM, every DDL and DML are refused before anything runs;
//  3. a READ ONLY transaction (and the read pool's connections default to
//     default_transaction_read_only=on), begun and a first statement run
//     before the user's, so that it cannot be switched to read-write; the
//     server refuses INSERT, UPDATE, DELETE, SELECT … INTO, FOR UPDATE,
//     nextval(), a data-modifying WITH … in it (SQLSTATE 25006);
//  4. rolled back, and the connection closed after the statement, so that
//     nothing it set (set_config, an advisory lock) outlives it.
//
// What a read-only transaction still lets a role do is the role's
// business: run query as a role that may only SELECT (docs/schema.md).

// pgReadKeywords are the statements pgQuery runs.
var pgReadKeywords = set("select", "with", "values", "table", "show", "explain")

var pgReadOnlyMessage = regexp.MustCompile(`cannot execute (.+?) in a read-only transaction`)

func (db *DB) pgQuery(ctx context.Context, query string, fn func(*sql.Rows) error, args ...any) error {
	stmts := splitStatements(query)
	switch {
	case len(stmts) == 0:
		return errors.New("no SQL statement")
	case len(stmts) > 1:
		return &RefusedError{What: fmt.Sprintf("%d statements", len(stmts)), Why: "give one statement at a time"}
	}
	if w := pgKeyword(stmts[0]); !pgReadKeywords[w] {
		return &RefusedError{What: pgStatementName(stmts[0])}
	}
	conn, err := db.read.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	defer conn.Raw(func(dc any) error { // never back to the pool
		if c, ok := dc.(*stdlib.Conn); ok {
			c.Conn().Close(context.Background())
		}
		return driver.ErrBadConn
	})
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// The first statement takes the transaction's snapshot: from then on
	// the server refuses to make it read-write.
	var one int
	if err := tx.QueryRowContext(ctx, `SELECT 1`).Scan(&one); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, stmts[0], args...)
	if err != nil {
		return pgRefusal(err)
	}
	defer rows.Close()
	if err := fn(rows); err != nil {
		return pgRefusal(err)
	}
	if err := rows.Close(); err != nil {
		return pgRefusal(err)
	}
	return pgRefusal(rows.Err())
}

// pgRefusal turns the server's refusals into a *RefusedError.
func pgRefusal(err error) error {
	switch pgCode(err) {
	case "25006": // read_only_sql_transaction
		what := "a statement that writes"
		if m := pgReadOnlyMessage.FindStringSubmatch(err.Error()); m != nil {
			what = m[1]
			if what == "SELECT" { // the server names the statement, not what in it writes
				what = "a SELECT that writes (WITH … INSERT/UPDATE/DELETE, SELECT … INTO, FOR UPDATE, nextval …)"
			}
		}
		return &RefusedError{What: what}
	case "25001": // active_sql_transaction: set_config('transaction_read_only', 'off', …)
		if strings.Contains(err.Error(), "read-write") {
			return &RefusedError{What: "making the transaction read-write"}
		}
	case "42601": // syntax_error: several commands in one prepared statement among them
		if strings.Contains(err.Error(), "multiple commands") {
			return &RefusedError{What: "several statements", Why: "give one statement at a time"}
		}
	}
	return err
}

// pgKeyword is the first keyword of a statement, lower case, past any
// opening parentheses: "(SELECT 1)" is a select.
func pgKeyword(stmt string) string {
	s := strings.TrimLeft(stmt, " \t\r\n(")
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_')
	})
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// pgStatementName names a refused statement by its first words (CREATE
// TABLE, SET, COPY …).
func pgStatementName(stmt string) string {
	f := strings.Fields(stmt)
	if len(f) == 0 {
		return "an empty statement"
	}
	name := strings.ToUpper(pgKeyword(stmt))
	switch name {
	case "CREATE", "DROP", "ALTER":
		for _, w := range f[1:] {
			w = strings.ToUpper(w)
			name += " " + w
			if w != "TEMP" && w != "TEMPORARY" && w != "OR" && w != "REPLACE" && w != "UNIQUE" && w != "UNLOGGED" && w != "MATERIALIZED" {
				break
			}
		}
	case "":
		name = f[0]
	}
	return name + " (budgetpdf query runs SELECT, WITH, VALUES, TABLE, SHOW and EXPLAIN only)"
}
