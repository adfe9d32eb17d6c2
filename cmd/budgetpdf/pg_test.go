package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/budgetpdf/budgetpdf/internal/pgtest"
	"github.com/budgetpdf/budgetpdf/internal/shareddir"
	"github.com/budgetpdf/budgetpdf/store"
)

// The commands on PostgreSQL (--db postgres://…), against a real server
// (internal/pgtest: BUDGETPDF_PG_DSN, or a throwaway cluster; skipped,
// saying why, when there is none).

// pgImported imports n fixture documents through the CLI, one job (so that
// ids follow the file order), into a new PostgreSQL database and into a
// SQLite file, and returns both.
func pgImported(t *testing.T, n int) (pg, lite string) {
	t.Helper()
	pg = pgtest.DSN(t)
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, n)
	lite = filepath.Join(t.TempDir(), "b.db")
	for _, db := range []string{lite, pg} {
		if code, _, stderr := runCLI("import", "--jobs", "1", "--db", db, dir); code != exitOK {
			t.Fatalf("import --db %s: exit %d\n%s", db, code, stderr)
		}
	}
	return pg, lite
}

// tableCounts is count(*) of every table of the schema.
func tableCounts(t *testing.T, db string) map[string]int {
	t.Helper()
	s, err := store.Open(db, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := map[string]int{}
	for _, table := range schemaTables {
		var n int
		if err := s.Reader().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatalf("%s: count %s: %v", db, table, err)
		}
		out[table] = n
	}
	return out
}

var schemaTables = []string{"documents", "sections", "projects", "plan", "indicators", "tables", "cells",
	"warnings", "import_errors", "budget_tables", "budget_lines", "checks", "search", "schema_migrations"}

// TestPostgres_CommandsAsOnSQLite: the same files imported into both
// engines give the same rows in every table, and export, query, check
// and diff --db print the same bytes; search finds the same hits.
func TestPostgres_CommandsAsOnSQLite(t *testing.T) {
	pg, lite := pgImported(t, 6)
	if a, b := tableCounts(t, lite), tableCounts(t, pg); !mapsEqual(a, b) {
		t.Errorf("rows per table differ:\nsqlite   %v\npostgres %v", a, b)
	}
	d := fixtureDoc(t, fixtureDocs[0])
	unit := d.Unit.Name + "000"
	same := [][]string{
		{"export", "--format", "jsonl"},
		{"export", "--format", "csv"},
		{"query", "--json", "SELECT unit, year, kind, money_unit, pages, status FROM documents ORDER BY id"},
		{"query", "--csv", "SELECT * FROM indicator_rows ORDER BY indicator_id"},
		{"query", "--csv", "SELECT d.unit, l.* FROM budget_lines_wan l JOIN documents d ON d.id = l.document_id ORDER BY l.id"},
		{"check"},
		{"check", "--format", "json"},
		{"diff", "--unit", unit, "--from", strconv.Itoa(d.Year), "--to", strconv.Itoa(d.Year)},
	}
	for _, args := range same {
		var outs [2]string
		for i, db := range []string{lite, pg} {
			a := append([]string{args[0], "--db", db}, args[1:]...)
			code, out, stderr := runCLI(a...)
			if code != exitOK && !(args[0] == "check" && code == exitFailed) {
				t.Errorf("%v on %s: exit %d: %s", args, db, code, stderr)
			}
			outs[i] = out
		}
		if outs[0] != outs[1] {
			t.Errorf("%v: output differs\nsqlite:\n%.600s\npostgres:\n%.600s", args, outs[0], outs[1])
		}
		if outs[0] == "" {
			t.Errorf("%v: no output", args)
		}
	}
	for _, terms := range [][]string{{"调研"}, {"满意度"}, {"培训", "--any", "调研"}} {
		var hits [2][]string
		for i, db := range []string{lite, pg} {
			code, out, stderr := runCLI(append([]string{"search", "--db", db, "--json"}, terms...)...)
			if code != exitOK {
				t.Fatalf("search %v on %s: exit %d: %s", terms, db, code, stderr)
			}
			var hs []map[string]any
			if err := json.Unmarshal([]byte(out), &hs); err != nil {
				t.Fatalf("search %v on %s: %v\n%s", terms, db, err, out)
			}
			for _, h := range hs {
				b, _ := json.Marshal(h)
				hits[i] = append(hits[i], string(b))
			}
			slices.Sort(hits[i]) // the order of equal ranks may differ
		}
		if !slices.Equal(hits[0], hits[1]) || len(hits[0]) == 0 {
			t.Errorf("search %v: sqlite %d hits, postgres %d, or they differ:\n%v\n%v", terms, len(hits[0]), len(hits[1]), hits[0], hits[1])
		}
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestPostgres_QueryReadOnly is TestQuery_ReadOnly's attack table where it
// applies to PostgreSQL, and the attacks that are PostgreSQL's own: each
// is refused with one line and exit 1, and afterwards every table has the
// rows it had and no table, view, function or setting was added; the
// reads at the end must still run.
func TestPostgres_QueryReadOnly(t *testing.T) {
	pg, _ := pgImported(t, 1)
	tests := []struct {
		name, sql string
		refused   string // "" = must run (exit 0)
	}{
		// From the SQLite table.
		{"delete", "DELETE FROM documents", "DELETE"},
		{"update", "UPDATE indicators SET name = ''", "UPDATE"},
		{"insert", "INSERT INTO import_errors (file, sha256, reason, attempted_at) VALUES ('a', 'b', 'c', 'd')", "INSERT"},
		{"drop view", "DROP VIEW indicator_rows", "DROP VIEW"},
		{"create table", "CREATE TABLE mine (x int)", "CREATE TABLE"},
		{"create temp table", "CREATE TEMP TABLE mine (x int)", "CREATE TEMP TABLE"},
		{"create temp view", "CREATE TEMP VIEW v AS SELECT 1", "CREATE TEMP VIEW"},
		{"vacuum", "VACUUM", "VACUUM"},
		{"analyze", "ANALYZE", "ANALYZE"},
		{"reindex", "REINDEX TABLE documents", "REINDEX"},
		{"begin", "BEGIN", "BEGIN"},
		{"select then delete", "SELECT 1; DELETE FROM documents", "2 statements"},
		{"comment hides a statement", "SELECT 1 /* ; */ ; -- x\n DELETE FROM documents", "2 statements"},
		{"string hides nothing", "SELECT ';' ; SET default_transaction_read_only = off", "2 statements"},
		// PostgreSQL's own.
		{"set read write", "SET default_transaction_read_only = off", "SET"},
		{"set transaction read write", "SET TRANSACTION READ WRITE", "SET"},
		{"set session", "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", "SET"},
		{"reset", "RESET ALL", "RESET"},
		{"commit", "COMMIT", "COMMIT"},
		{"rollback then write", "ROLLBACK; DELETE FROM documents", "2 statements"},
		{"truncate", "TRUNCATE documents CASCADE", "TRUNCATE"},
		{"copy to program", "COPY documents TO PROGRAM 'cat > /tmp/x'", "COPY"},
		{"copy from", "COPY import_errors FROM '/etc/passwd'", "COPY"},
		{"do block one line", "DO 'BEGIN DELETE FROM documents; END'", "DO"},
		{"do block", "DO $$ BEGIN DELETE FROM documents; END $$", "statements"}, // the splitter does not read $$ quotes: it refuses more, never less
		{"create function", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'", "CREATE FUNCTION"},
		{"create extension", "CREATE EXTENSION pg_trgm", "CREATE EXTENSION"},
		{"alter system", "ALTER SYSTEM SET fsync = on", "ALTER SYSTEM"},
		{"grant", "GRANT ALL ON documents TO PUBLIC", "GRANT"},
		{"prepare", "PREPARE p AS DELETE FROM documents", "PREPARE"},
		{"listen", "LISTEN x", "LISTEN"},
		{"notify", "NOTIFY x", "NOTIFY"},
		{"lock", "LOCK documents", "LOCK"},
		{"call", "CALL p()", "CALL"},
		{"with delete", "WITH x AS (DELETE FROM documents RETURNING id) SELECT count(*) FROM x", "SELECT that writes"},
		{"with insert", "WITH x AS (INSERT INTO import_errors (file, sha256, reason, attempted_at) VALUES ('a','b','c','d') RETURNING id) SELECT * FROM x", "SELECT that writes"},
		{"select into", "SELECT * INTO stolen FROM documents", "SELECT INTO"},
		{"for update", "SELECT id FROM documents FOR UPDATE", "FOR UPDATE"},
		{"nextval", "SELECT nextval(pg_get_serial_sequence('documents', 'id'))", "nextval"},
		{"set_config read write", "SELECT set_config('transaction_read_only', 'off', true), (SELECT count(*) FROM documents)", "read-write"},
		{"explain analyze a delete", "EXPLAIN ANALYZE DELETE FROM documents", "DELETE"},
		{"parenthesised write", "(DELETE FROM documents)", "refused"},
		// Reads still run.
		{"select", "SELECT count(*) FROM documents", ""},
		{"parenthesised select", "(SELECT count(*) FROM documents)", ""},
		{"trailing semicolon and comment", "SELECT 1; -- done", ""},
		{"values", "VALUES (1, 'a')", ""},
		{"table", "TABLE schema_migrations", ""},
		{"show", "SHOW transaction_read_only", ""},
		{"explain", "EXPLAIN SELECT * FROM documents", ""},
		{"recursive cte", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) SELECT x FROM c", ""},
		{"full-text", "SELECT count(*) FROM search WHERE tsv @@ '调研'::tsquery", ""},
		{"catalog", "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", ""},
		{"set_config local is harmless", "SELECT set_config('search_path', 'pg_catalog', true)", ""},
	}
	before := pgState(t, pg)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI("query", "--db", pg, tt.sql)
			if tt.refused == "" {
				if code != exitOK {
					t.Errorf("exit %d, want 0: %s", code, stderr)
				}
			} else if code != exitFailed || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "refused") || !strings.Contains(stderr, tt.refused) {
				t.Errorf("exit %d, stderr %q; want exit 1 and one line refusing %q", code, stderr, tt.refused)
			}
		})
	}
	if after := pgState(t, pg); after != before {
		t.Errorf("the database changed:\nbefore %s\nafter  %s", before, after)
	}
	if c := openCounts(t, pg); c.Documents != 1 || c.ImportErrors != 0 {
		t.Errorf("database changed: %+v", c)
	}
}

// pgState sums up what an attack could change: the rows of every table,
// the objects of the public schema, the settings of the database.
func pgState(t *testing.T, dsn string) string {
	t.Helper()
	s, err := store.Open(dsn, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var objects, settings string
	if err := s.Reader().QueryRow(`SELECT string_agg(c.relname || ':' || c.relkind::text, ',' ORDER BY c.relname)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')`).Scan(&objects); err != nil {
		t.Fatal(err)
	}
	if err := s.Reader().QueryRow(`SELECT coalesce(string_agg(array_to_string(setconfig, ';'), ','), '') FROM pg_db_role_setting`).Scan(&settings); err != nil {
		t.Fatal(err)
	}
	var funcs int
	if err := s.Reader().QueryRow(`SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`).Scan(&funcs); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%v objects=%s settings=%q functions=%d", tableCounts(t, dsn), objects, settings, funcs)
}

// TestPostgres_ConcurrentImporters: four importers — four processes, as on
// four machines — start at once on a new database, over overlapping sets
// of files (every file in two or more sets; one importer with --force).
// Every document is stored once and whole: one row per sha256, rows per
// table as a single import of the files gives, check passes, and across
// the importers each file was inserted exactly once.
func TestPostgres_ConcurrentImporters(t *testing.T) {
	pg := pgtest.DSN(t)
	const files, importers = 16, 4
	dir := t.TempDir()
	writeDocs(t, dir, files)
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(names) != files {
		t.Fatalf("%d files (%v)", len(names), err)
	}
	sets := make([][]string, importers)
	for i := range importers { // importer i: files 4i … 4i+11 (mod 16)
		for k := range 12 {
			sets[i] = append(sets[i], names[(4*i+k)%files])
		}
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	outs := make([]string, importers)
	errs := make([]error, importers)
	start := make(chan struct{})
	for i := range importers {
		args := []string{"import", "--jobs", "2", "--db", pg}
		if i == 3 {
			args = append(args, "--force")
		}
		cmd := exec.Command(exe, append(args, sets[i]...)...)
		cmd.Env = append(os.Environ(), "BUDGETPDF_TEST_MAIN=1", "BUDGETPDF_TEST_FAKE_EXTRACT=1", "BUDGETPDF_TEST_DELAY=100")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		wg.Go(func() {
			<-start
			errs[i] = cmd.Run()
			outs[i] = stderr.String()
		})
	}
	close(start)
	wg.Wait()
	inserted := 0
	summary := regexp.MustCompile(`(\d+) imported, (\d+) replaced, (\d+) already there, (\d+) failed`)
	for i := range importers {
		if errs[i] != nil {
			t.Errorf("importer %d: %v\n%s", i, errs[i], outs[i])
			continue
		}
		m := summary.FindStringSubmatch(outs[i])
		if m == nil {
			t.Errorf("importer %d: no summary in %q", i, outs[i])
			continue
		}
		n, _ := strconv.Atoi(m[1])
		inserted += n
		t.Logf("importer %d: %s", i, m[0])
	}
	if inserted != files {
		t.Errorf("the importers inserted %d documents between them, want each of the %d files once", inserted, files)
	}
	// The same files imported by one importer into a SQLite file: the rows
	// every table should have.
	useFakeExtract(t)
	lite := filepath.Join(t.TempDir(), "one.db")
	if code, _, stderr := runCLI("import", "--db", lite, dir); code != exitOK {
		t.Fatalf("import into sqlite: exit %d: %s", code, stderr)
	}
	want, got := tableCounts(t, lite), tableCounts(t, pg)
	if !mapsEqual(want, got) {
		t.Errorf("rows per table: postgres %v, one import into sqlite %v", got, want)
	}
	db, err := store.Open(pg, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rows, shas int
	if err := db.Reader().QueryRow(`SELECT count(*), count(DISTINCT sha256) FROM documents`).Scan(&rows, &shas); err != nil {
		t.Fatal(err)
	}
	if rows != files || shas != files {
		t.Errorf("%d document rows of %d sha256, want %d of %d", rows, shas, files, files)
	}
	if err := db.Check(context.Background()); err != nil {
		t.Errorf("check: %v", err)
	}
}

// TestPostgres_SharedCorpusCounts: the dev corpus and the real disclosures
// (shared/, beside the checkout) imported into PostgreSQL give exactly the
// rows of SQLite in every table (documents, projects, indicators,
// sections, tables, cells, budget lines, checks …). Skipped without
// shared/.
func TestPostgres_SharedCorpusCounts(t *testing.T) {
	dev, real := shareddir.Path("corpus", "dev"), shareddir.Path("real-cn", "pdf")
	if dev == "" {
		t.Skip("no shared folder beside the checkout (../shared)")
	}
	inputs := []string{dev}
	if st, err := os.Stat(real); err == nil && st.IsDir() {
		inputs = append(inputs, real)
	}
	pg := pgtest.DSN(t)
	lite := filepath.Join(t.TempDir(), "corpus.db")
	for _, db := range []string{lite, pg} {
		code, _, stderr := runCLI(append([]string{"import", "--quiet", "--jobs", "2", "--db", db}, inputs...)...)
		if code != exitOK && code != exitFailed { // exit 1: the corpus has files meant to fail
			t.Fatalf("import --db %s: exit %d\n%s", db, code, stderr)
		}
	}
	want, got := tableCounts(t, lite), tableCounts(t, pg)
	for _, table := range schemaTables {
		t.Logf("%-17s sqlite %7d  postgres %7d", table, want[table], got[table])
		if want[table] != got[table] {
			t.Errorf("%s: sqlite %d rows, postgres %d", table, want[table], got[table])
		}
	}
	if want["documents"] == 0 {
		t.Error("no document imported")
	}
	if code, _, stderr := runCLI("check", "--db", pg); code != exitOK && code != exitFailed {
		t.Errorf("check --db postgres: exit %d: %s", code, stderr)
	}
}
