package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/mattn/go-sqlite3"
)

// readDriver is the driver of every read-only connection: on top of the
// file opened with mode=ro and PRAGMA query_only, each connection gets an
// authorizer that lets a statement only read (see refusal) and an
// attached-database limit of zero, so that no SQL handed to it — a user's
// query included — can write, attach, detach, vacuum, load an extension or
// change a setting. The driver's own setup pragmas (busy_timeout,
// query_only, foreign_keys) run before the authorizer is installed.
const readDriver = "sqlite3_budgetpdf_read"

var registerReadDriver sync.Once

func readDriverName() string {
	registerReadDriver.Do(func() {
		sql.Register(readDriver, &sqlite3.SQLiteDriver{
			ConnectHook: func(c *sqlite3.SQLiteConn) error {
				c.SetLimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
				if got := c.GetLimit(sqlite3.SQLITE_LIMIT_ATTACHED); got != 0 {
					return fmt.Errorf("read-only connection: attached-database limit is %d, want 0", got)
				}
				c.RegisterAuthorizer(readAuthorizer(nil))
				return nil
			},
		})
	})
	return readDriver
}

// sqliteRecursive is SQLITE_RECURSIVE (a WITH RECURSIVE clause), which the
// driver does not export.
const sqliteRecursive = 33

// readAuthorizer allows what refusal allows; denied, when not nil, is told
// the first reason of each refused statement.
func readAuthorizer(denied func(reason string)) func(op int, arg1, arg2, dbName string) int {
	return func(op int, arg1, arg2, _ string) int {
		reason := refusal(op, arg1, arg2)
		if reason == "" {
			return sqlite3.SQLITE_OK
		}
		if denied != nil {
			denied(reason)
		}
		return sqlite3.SQLITE_DENY
	}
}

// refusal says why a read-only connection refuses an action SQLite asks
// the authorizer about, or "" when the action only reads.
func refusal(op int, arg1, arg2 string) string {
	switch op {
	case sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqliteRecursive:
		return ""
	case sqlite3.SQLITE_FUNCTION: // arg2 is the function's name
		if strings.EqualFold(arg2, "load_extension") {
			return "load_extension()"
		}
		return ""
	case sqlite3.SQLITE_PRAGMA: // arg1 the pragma, arg2 its value or argument
		if pragmaAllowed(arg1, arg2) {
			return ""
		}
		if arg2 != "" {
			return fmt.Sprintf("PRAGMA %s = %s", arg1, arg2)
		}
		return "PRAGMA " + arg1
	case sqlite3.SQLITE_ATTACH:
		return "ATTACH"
	case sqlite3.SQLITE_DETACH:
		return "DETACH"
	}
	if name, ok := actionNames[op]; ok {
		if op == sqlite3.SQLITE_INSERT || op == sqlite3.SQLITE_UPDATE || op == sqlite3.SQLITE_DELETE {
			switch strings.ToLower(arg1) {
			case "":
			case "sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema":
				// CREATE and DROP ask for this before naming themselves
				return "a change to the schema (CREATE, DROP)"
			default:
				return name + " on " + arg1
			}
		}
		return name
	}
	return fmt.Sprintf("SQLite action %d", op)
}

var actionNames = map[int]string{
	sqlite3.SQLITE_INSERT:              "INSERT",
	sqlite3.SQLITE_UPDATE:              "UPDATE",
	sqlite3.SQLITE_DELETE:              "DELETE",
	sqlite3.SQLITE_CREATE_INDEX:        "CREATE INDEX",
	sqlite3.SQLITE_CREATE_TABLE:        "CREATE TABLE",
	sqlite3.SQLITE_CREATE_TEMP_INDEX:   "CREATE TEMP INDEX",
	sqlite3.SQLITE_CREATE_TEMP_TABLE:   "CREATE TEMP TABLE",
	sqlite3.SQLITE_CREATE_TEMP_TRIGGER: "CREATE TEMP TRIGGER",
	sqlite3.SQLITE_CREATE_TEMP_VIEW:    "CREATE TEMP VIEW",
	sqlite3.SQLITE_CREATE_TRIGGER:      "CREATE TRIGGER",
	sqlite3.SQLITE_CREATE_VIEW:         "CREATE VIEW",
	sqlite3.SQLITE_CREATE_VTABLE:       "CREATE VIRTUAL TABLE",
	sqlite3.SQLITE_DROP_INDEX:          "DROP INDEX",
	sqlite3.SQLITE_DROP_TABLE:          "DROP TABLE",
	sqlite3.SQLITE_DROP_TEMP_INDEX:     "DROP TEMP INDEX",
	sqlite3.SQLITE_DROP_TEMP_TABLE:     "DROP TEMP TABLE",
	sqlite3.SQLITE_DROP_TEMP_TRIGGER:   "DROP TEMP TRIGGER",
	sqlite3.SQLITE_DROP_TEMP_VIEW:      "DROP TEMP VIEW",
	sqlite3.SQLITE_DROP_TRIGGER:        "DROP TRIGGER",
	sqlite3.SQLITE_DROP_VIEW:           "DROP VIEW",
	sqlite3.SQLITE_DROP_VTABLE:         "DROP VIRTUAL TABLE",
	sqlite3.SQLITE_ALTER_TABLE:         "ALTER TABLE",
	sqlite3.SQLITE_REINDEX:             "REINDEX",
	sqlite3.SQLITE_ANALYZE:             "ANALYZE",
	sqlite3.SQLITE_TRANSACTION:         "a transaction (BEGIN, COMMIT, ROLLBACK)",
	sqlite3.SQLITE_SAVEPOINT:           "SAVEPOINT",
	sqlite3.SQLITE_COPY:                "COPY",
}

// Pragmas a read-only connection may run. readPragmas only report a value
// and are allowed without an argument (with one, most of them would set it:
// PRAGMA user_version = 7); describePragmas take a table, index or limit as
// their argument and never change anything.
var (
	readPragmas = set("application_id", "collation_list", "compile_options",
		"data_version", "database_list", "encoding", "foreign_keys",
		"freelist_count", "function_list", "journal_mode", "module_list",
		"page_count", "page_size", "pragma_list", "query_only", "schema_version",
		"user_version")
	describePragmas = set("foreign_key_check", "foreign_key_list", "index_info",
		"index_list", "index_xinfo", "integrity_check", "quick_check",
		"table_info", "table_list", "table_xinfo")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

func pragmaAllowed(name, arg string) bool {
	name = strings.ToLower(name)
	return describePragmas[name] || (readPragmas[name] && arg == "")
}

// RefusedError is SQL that a read-only connection will not run.
type RefusedError struct {
	What string // the refused action: "ATTACH", "PRAGMA user_version = 7", "VACUUM INTO", …
	Why  string // "" = the connection only reads
}

func (e *RefusedError) Error() string {
	why := e.Why
	if why == "" {
		why = "the database is opened read-only"
	}
	return "refused: " + e.What + ": " + why
}

// Query runs one statement of ad-hoc SQL (budgetpdf query) on a read-only
// connection and hands its rows to fn. SQL that would write, attach,
// vacuum, load an extension or change a setting fails with a
// *RefusedError before anything runs; so does more than one statement.
func (db *DB) Query(ctx context.Context, query string, fn func(*sql.Rows) error, args ...any) error {
	if db.pg != nil {
		return db.pgQuery(ctx, query, fn, args...)
	}
	stmts := splitStatements(query)
	switch {
	case len(stmts) == 0:
		return errors.New("no SQL statement")
	case len(stmts) > 1:
		return &RefusedError{What: fmt.Sprintf("%d statements", len(stmts)), Why: "give one statement at a time"}
	}
	conn, err := db.read.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var first string
	install := func(denied func(string)) error {
		return conn.Raw(func(dc any) error {
			c, ok := dc.(*sqlite3.SQLiteConn)
			if !ok {
				return fmt.Errorf("unexpected driver connection %T", dc)
			}
			c.RegisterAuthorizer(readAuthorizer(denied))
			return nil
		})
	}
	if err := install(func(r string) {
		if first == "" {
			first = r
		}
	}); err != nil {
		return err
	}
	defer install(nil)
	if err := checkReadonly(conn, stmts[0]); err != nil {
		if first != "" {
			return &RefusedError{What: first}
		}
		return err
	}
	rows, err := conn.QueryContext(ctx, stmts[0], args...)
	if err != nil {
		if first != "" {
			return &RefusedError{What: first}
		}
		return err
	}
	defer rows.Close()
	if err := fn(rows); err != nil {
		return err
	}
	return rows.Close()
}

// checkReadonly prepares query and refuses it unless SQLite says it leaves
// the database file alone (sqlite3_stmt_readonly): VACUUM, which no
// authorizer hears of, is caught here.
func checkReadonly(conn *sql.Conn, query string) error {
	return conn.Raw(func(dc any) error {
		c := dc.(*sqlite3.SQLiteConn)
		st, err := c.Prepare(query)
		if err != nil {
			return err
		}
		defer st.Close()
		s, ok := st.(*sqlite3.SQLiteStmt)
		if !ok {
			return fmt.Errorf("unexpected driver statement %T", st)
		}
		// A pragma the authorizer let through only reports, but SQLite
		// calls some of those (journal_mode) not read-only.
		if !s.Readonly() && !strings.EqualFold(firstWord(query), "PRAGMA") {
			return &RefusedError{What: writerName(query)}
		}
		return nil
	})
}

func firstWord(query string) string {
	if f := strings.Fields(query); len(f) > 0 {
		return f[0]
	}
	return ""
}

// writerName names a statement that SQLite says writes.
func writerName(query string) string {
	f := strings.Fields(query)
	if len(f) == 0 {
		return "a statement that writes"
	}
	w := strings.ToUpper(f[0])
	if w == "VACUUM" {
		for _, x := range f[1:] {
			if strings.EqualFold(x, "INTO") {
				return "VACUUM INTO"
			}
		}
		return w
	}
	return w + " (a statement that writes)"
}

// splitStatements cuts SQL at the semicolons that end statements, outside
// quotes ('…', "…", `…`, […]) and comments; comments become a space and
// statements that are only blanks are dropped. It only serves to refuse
// several statements with a clear reason: the authorizer is what keeps any
// statement from writing.
func splitStatements(q string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"' || c == '`' || c == '[':
			end := c
			if c == '[' {
				end = ']'
			}
			j := strings.IndexByte(q[i+1:], end)
			if j < 0 {
				b.WriteString(q[i:])
				i = len(q)
				continue
			}
			b.WriteString(q[i : i+j+2])
			i += j + 1 // a doubled quote reads as two quoted runs: same text
		case c == '-' && strings.HasPrefix(q[i:], "--"):
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i
			}
			b.WriteByte(' ')
			i += j - 1
		case c == '/' && strings.HasPrefix(q[i:], "/*"):
			j := strings.Index(q[i+2:], "*/")
			if j < 0 {
				j = len(q) - i - 2
			}
			b.WriteByte(' ')
			i += j + 3
		case c == ';':
			flush()
		default:
			b.WriteByte(c)
		}
	}
	flush()
	return out
}
