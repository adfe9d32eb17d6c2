package main

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// importedDB imports n varied fixture documents through the CLI and
// returns the database path.
func importedDB(t *testing.T, n int) string {
	t.Helper()
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, n)
	db := filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI("import", "--db", db, dir); code != exitOK {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	return db
}

// TestQuery_ReadOnly runs each attack on a query connection and checks
// that it is refused with one line and exit 1, and that afterwards the
// database's bytes and its directory's listing are as before; the reads
// at the end of the table must still run.
func TestQuery_ReadOnly(t *testing.T) {
	db := importedDB(t, 1)
	dir := filepath.Dir(db)
	tests := []struct {
		name, sql string
		refused   string // "" = must run (exit 0)
	}{
		{"delete", "DELETE FROM documents", "DELETE on documents"},
		{"update", "UPDATE indicators SET name = ''", "UPDATE on indicators"},
		{"insert", "INSERT INTO import_errors (file, sha256, reason, attempted_at) VALUES ('a', 'b', 'c', 'd')", "INSERT on import_errors"},
		{"drop view", "DROP VIEW indicator_rows", "schema"},
		{"create table", "CREATE TABLE mine (x)", "schema"},
		{"create temp table", "CREATE TEMP TABLE mine (x)", "schema"},
		{"create temp trigger", "CREATE TEMP TRIGGER t AFTER INSERT ON documents BEGIN SELECT 1; END", "statements"},
		{"create temp view", "CREATE TEMP VIEW v AS SELECT 1", "schema"},
		{"query_only off then attach rw and delete", "PRAGMA query_only=0; ATTACH DATABASE 'file:" + db + "?mode=rw' AS m; DELETE FROM m.documents", "3 statements"},
		{"query_only off", "PRAGMA query_only=0", "PRAGMA query_only = 0"},
		{"attach new file", "ATTACH DATABASE '" + filepath.Join(dir, "new.db") + "' AS n", "ATTACH"},
		{"attach file: uri rw", "ATTACH DATABASE 'file:" + db + "?mode=rw' AS m", "ATTACH"},
		{"attach file: uri rwc", "ATTACH 'file:" + filepath.Join(dir, "made.db") + "?mode=rwc' AS m", "ATTACH"},
		{"attach memory", "ATTACH ':memory:' AS mem", "ATTACH"},
		{"detach", "DETACH main", "DETACH"},
		{"vacuum", "VACUUM", "VACUUM"},
		{"vacuum into", "VACUUM INTO '" + filepath.Join(dir, "copy.db") + "'", "VACUUM INTO"},
		{"vacuum into file: uri", "VACUUM main INTO 'file:" + filepath.Join(dir, "copy2.db") + "'", "VACUUM INTO"},
		{"user_version", "PRAGMA user_version = 7", "PRAGMA user_version = 7"},
		{"schema user_version", "PRAGMA main.user_version = 7", "PRAGMA user_version = 7"},
		{"journal_mode", "PRAGMA journal_mode = DELETE", "PRAGMA journal_mode"},
		{"journal_mode lower", "pragma journal_mode=delete", "PRAGMA journal_mode"},
		{"writable_schema", "PRAGMA writable_schema = 1", "PRAGMA writable_schema"},
		{"writable_schema read", "PRAGMA writable_schema", "PRAGMA writable_schema"},
		{"wal_checkpoint", "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA wal_checkpoint"},
		{"optimize", "PRAGMA optimize", "PRAGMA optimize"},
		{"incremental_vacuum", "PRAGMA incremental_vacuum", "PRAGMA incremental_vacuum"},
		{"analyze", "ANALYZE", "schema"},
		{"reindex", "REINDEX", "REINDEX"},
		{"begin", "BEGIN IMMEDIATE", "transaction"},
		{"load_extension", "SELECT load_extension('/tmp/no.so')", "load_extension"},
		{"load_extension in a subquery", "SELECT (SELECT load_extension('x')) FROM documents", "load_extension"},
		{"select then delete", "SELECT 1; DELETE FROM documents", "2 statements"},
		{"comment hides a statement", "SELECT 1 /* ; */ ; -- x\n DELETE FROM documents", "2 statements"},
		{"string hides nothing", "SELECT ';' ; PRAGMA user_version = 7", "2 statements"},
		// Reads still run.
		{"select", "SELECT count(*) FROM documents", ""},
		{"trailing semicolon and comment", "SELECT 1; -- done", ""},
		{"read user_version", "PRAGMA user_version", ""},
		{"read journal_mode", "PRAGMA journal_mode", ""},
		{"table_info", "PRAGMA table_info(documents)", ""},
		{"pragma function", "SELECT name FROM pragma_table_info('documents')", ""},
		{"integrity_check", "PRAGMA integrity_check", ""},
		{"recursive cte", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) SELECT x FROM c", ""},
		{"full-text", "SELECT count(*) FROM search WHERE search MATCH 'a'", ""},
	}
	start := snapshot(t, dir)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, dir)
			code, _, stderr := runCLI("query", "--db", db, tt.sql)
			if tt.refused == "" {
				if code != exitOK {
					t.Errorf("exit %d, want 0: %s", code, stderr)
				}
			} else if code != exitFailed || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "refused") || !strings.Contains(stderr, tt.refused) {
				t.Errorf("exit %d, stderr %q; want exit 1 and one line refusing %q", code, stderr, tt.refused)
			}
			if after := snapshot(t, dir); !maps.Equal(after, before) {
				t.Errorf("the database's directory changed:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
	if end := snapshot(t, dir); !maps.Equal(end, start) {
		t.Errorf("the database's directory changed:\nbefore %v\nafter  %v", start, end)
	}
	if c := openCounts(t, db); c.Documents != 1 || c.ImportErrors != 0 {
		t.Errorf("database changed: %+v", c)
	}
}

// snapshot maps each file of dir to the sha256 of its bytes. A -shm file
// (the WAL index, which readers may touch) counts by name only.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range ents {
		m[e.Name()] = ""
		if strings.HasSuffix(e.Name(), "-shm") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = fmt.Sprintf("%x", sha256.Sum256(b))
	}
	return m
}

func TestQuery_Formats(t *testing.T) {
	db := importedDB(t, 2)
	const q = "SELECT unit, year, budget_total FROM indicator_rows WHERE indicator_seq = 0 ORDER BY indicator_id"
	code, out, stderr := runCLI("query", "--db", db, "--csv", q)
	if code != exitOK {
		t.Fatalf("csv: exit %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) < 2 || strings.Join(recs[0], ",") != "unit,year,budget_total" {
		t.Fatalf("csv output %q (%v)", out, err)
	}
	code, out, _ = runCLI("query", "--db", db, "--json", q)
	var objs []map[string]any
	if err := json.Unmarshal([]byte(out), &objs); code != exitOK || err != nil || len(objs) != len(recs)-1 {
		t.Fatalf("json output %q (%v), want %d objects", out, err, len(recs)-1)
	}
	if _, ok := objs[0]["year"].(float64); !ok {
		t.Errorf("json year = %#v, want a number", objs[0]["year"])
	}
	code, out, _ = runCLI("query", "--db", db, q)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != len(recs)+2 || !strings.HasPrefix(lines[len(lines)-1], "(") {
		t.Errorf("table output:\n%s", out)
	}
}

func TestQuery_Usage(t *testing.T) {
	tests := [][]string{
		{"query"},
		{"query", "--db", "x.db"},
		{"query", "--db", "x.db", "--csv", "--json", "SELECT 1"},
		{"search", "--db", "x.db"},
		{"export", "--db", "x.db", "--format", "pdf"},
		{"import", "--db", "x.db"},
	}
	for _, args := range tests {
		if code, _, _ := runCLI(args...); code != exitBadInput {
			t.Errorf("%v: exit %d, want %d", args, code, exitBadInput)
		}
	}
}

func TestFormatTable_AlignsWideCharacters(t *testing.T) {
	rows := [][]any{{"调研", int64(1)}, {"ab", nil}, {"多行\n文本", 2.5}}
	i := 0
	next := func() ([]any, error) {
		if i == len(rows) {
			return nil, errEOF
		}
		i++
		return rows[i-1], nil
	}
	var b strings.Builder
	if err := formatTable(&b, []string{"name", "n"}, next); err != nil {
		t.Fatal(err)
	}
	want := "name       n\n---------  ----\n调研       1\nab         NULL\n多行⏎文本  2.5\n(3 rows)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"调研", 4}, {"１５％", 6}, {"a调b", 4}, {"≥80", 3},
	}
	for _, tt := range tests {
		if got := displayWidth(tt.s); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestQuery_EveryFormatParsesBack runs one query in every format, by
// --format and by its shorthand, the flag before or after the SQL: csv and
// tsv read back with encoding/csv, json and jsonl with encoding/json, to
// the same rows; a value holding the separator, a quote or a line break
// survives.
func TestQuery_EveryFormatParsesBack(t *testing.T) {
	db := importedDB(t, 2)
	const q = "SELECT unit, year, indicator, value, 'a,b\t\"c\"\nd' AS tricky, NULL AS missing FROM indicator_rows ORDER BY indicator_id"
	code, base, errOut := runCLI("query", "--db", db, "--format", "csv", q)
	if code != exitOK {
		t.Fatalf("csv: exit %d: %s", code, errOut)
	}
	want, err := csv.NewReader(strings.NewReader(base)).ReadAll()
	if err != nil || len(want) < 3 || want[1][4] != "a,b\t\"c\"\nd" || want[1][5] != "" {
		t.Fatalf("csv: %v %d %q\n%s", err, len(want), want[:min(2, len(want))], base)
	}
	for _, args := range [][]string{
		{"--format", "csv", q}, {q, "--csv"},
		{"--format", "tsv", q}, {q, "--tsv"},
		{"--format", "json", q}, {q, "--json"},
		{"--format", "jsonl", q}, {q, "--nl"},
	} {
		code, out, errOut := runCLI(append([]string{"query", "--db", db}, args...)...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", args, code, errOut)
		}
		var got [][]string
		switch f := strings.Join(args, " "); {
		case strings.Contains(f, "csv"), strings.Contains(f, "tsv"):
			r := csv.NewReader(strings.NewReader(out))
			if strings.Contains(f, "tsv") {
				r.Comma = '\t'
			}
			if got, err = r.ReadAll(); err != nil {
				t.Fatalf("%q: %v", args, err)
			}
		case strings.Contains(f, "jsonl"), strings.Contains(f, "--nl"):
			got = append(got, want[0])
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				got = append(got, objectRow(t, line, want[0]))
			}
		default:
			var objs []json.RawMessage
			if err := json.Unmarshal([]byte(out), &objs); err != nil {
				t.Fatalf("%q: %v", args, err)
			}
			got = append(got, want[0])
			for _, o := range objs {
				got = append(got, objectRow(t, string(o), want[0]))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: rows differ from csv's:\n%q\n%q", args, got, want)
		}
	}
}

// objectRow reads one JSON object as a row of strings in cols' order; null
// is "" as in csv, numbers as printed.
func objectRow(t *testing.T, s string, cols []string) []string {
	t.Helper()
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	row := make([]string, len(cols))
	for i, c := range cols {
		if v, ok := m[c]; ok && v != nil {
			row[i] = fmt.Sprint(v)
		}
	}
	return row
}

// TestQuery_SQLFromStdinAndFile: '-' reads the SQL from standard input,
// --file from a file (and --file - from standard input).
func TestQuery_SQLFromStdinAndFile(t *testing.T) {
	db := importedDB(t, 1)
	sqlFile := filepath.Join(t.TempDir(), "q.sql")
	writeTestFile(t, sqlFile, "-- how many\nSELECT count(*) AS n FROM documents;\n")
	for _, args := range [][]string{{"-"}, {"--file", "-"}, {"--file", sqlFile}} {
		var out, errb strings.Builder
		code := runWith(append([]string{"query", "--db", db, "--csv"}, args...), strings.NewReader("SELECT count(*) AS n FROM documents"), &out, &errb)
		if code != exitOK || out.String() != "n\n1\n" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out.String(), errb.String())
		}
	}
	var out, errb strings.Builder
	if code := runWith([]string{"query", "--db", db, "-"}, strings.NewReader(" \n-- nothing\n"), &out, &errb); code != exitBadInput || !strings.Contains(errb.String(), "empty") {
		t.Errorf("empty SQL on stdin: exit %d, stderr %q", code, errb.String())
	}
}

// TestFormatTable_Streams: the table writes its first rows before the
// last is read (a result of millions of rows is not held in memory), and
// later rows keep the widths of the first ones.
func TestFormatTable_Streams(t *testing.T) {
	var b strings.Builder
	i := 0
	next := func() ([]any, error) {
		if i == tableSample+50 {
			if !strings.Contains(b.String(), "row 1\n") {
				t.Errorf("nothing written after %d rows read", i)
			}
			return nil, errEOF
		}
		i++
		return []any{fmt.Sprintf("row %d", i)}, nil
	}
	if err := formatTable(&b, []string{"name"}, next); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), fmt.Sprintf("row %d\n(%d rows)\n", tableSample+50, tableSample+50)) {
		t.Errorf("table ends %q", b.String()[max(0, b.Len()-60):])
	}
}

// TestFormatTable_FitsTheTerminal: with a terminal's width, the widest
// columns are narrowed until a line fits, and cut cells end in ….
func TestFormatTable_FitsTheTerminal(t *testing.T) {
	long := strings.Repeat("绩效目标", 20)
	rows := [][]any{{"乐亭县", int64(2023), long}, {"x", int64(1), "short"}}
	i := 0
	next := func() ([]any, error) {
		if i == len(rows) {
			return nil, errEOF
		}
		i++
		return rows[i-1], nil
	}
	var b strings.Builder
	if err := tableFormat(60)(&b, []string{"unit", "year", "text"}, next); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for _, l := range lines {
		if displayWidth(l) > 60 {
			t.Errorf("line of %d columns at 60: %q", displayWidth(l), l)
		}
	}
	if !strings.HasSuffix(lines[2], "…") || !strings.HasPrefix(lines[2], "乐亭县  2023  绩效目标") || !strings.HasSuffix(lines[3], "short") {
		t.Errorf("table:\n%s", b.String())
	}
}
