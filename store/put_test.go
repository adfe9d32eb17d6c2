package store

import (
	"context"
	"errors"
	"testing"
)

func TestPut_RowsPerTable(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		for _, name := range fixtures {
			t.Run(name, func(t *testing.T) {
				db := openTemp(t)
				d, raw := loadFixture(t, name)
				out, err := db.Put(context.Background(), Entry{File: name, SHA256: "sha-" + name, Doc: d, JSON: raw}, false)
				if err != nil || out != Inserted {
					t.Fatalf("Put = %v, %v; want inserted", out, err)
				}
				if got, w := counts(t, db), RowsOf(d); got != w {
					t.Errorf("rows = %+v\nwant   %+v", got, w)
				}
			})
		}
	})
}

func TestPut_SameSHAAgain(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		tests := []struct {
			force bool
			want  Outcome
		}{
			{false, Unchanged},
			{true, Replaced},
		}
		for _, tt := range tests {
			t.Run(tt.want.String(), func(t *testing.T) {
				db := openTemp(t)
				d, raw := loadFixture(t, "full.json")
				e := Entry{File: "full.json", SHA256: "abc", Doc: d, JSON: raw}
				if _, err := db.Put(context.Background(), e, false); err != nil {
					t.Fatal(err)
				}
				before := counts(t, db)
				out, err := db.Put(context.Background(), e, tt.force)
				if err != nil || out != tt.want {
					t.Fatalf("second Put = %v, %v; want %v", out, err, tt.want)
				}
				if after := counts(t, db); after != before {
					t.Errorf("rows after second Put = %+v, want %+v", after, before)
				}
				if n := searchRows(t, db); n != searchRowsFor(d) {
					t.Errorf("search rows = %d, want %d", n, searchRowsFor(d))
				}
			})
		}
	})
}

// TestPut_InterruptedMidDocument cancels the context while the document's
// rows are being written: the whole document must be rolled back.
func TestPut_InterruptedMidDocument(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		calls := 0
		db := openTemp(t, WithTokenizer(func(s string) []string {
			if calls++; calls == 3 {
				cancel()
			}
			return []string{s}
		}))
		d, raw := loadFixture(t, "dev-002.json")
		_, err := db.Put(ctx, Entry{File: "x", SHA256: "x", Doc: d, JSON: raw}, false)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Put error = %v, want context.Canceled", err)
		}
		if got := counts(t, db); got != (Counts{}) {
			t.Errorf("rows after interrupted Put = %+v, want none", got)
		}
		if n := searchRows(t, db); n != 0 {
			t.Errorf("search rows = %d, want 0", n)
		}
	})
}

// TestRecordFailure_OneRowPerFile: a file's latest attempt replaces its
// row; two files with the same bytes keep a row each; a successful import
// clears the rows of its file and of its bytes.
func TestRecordFailure_OneRowPerFile(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		ctx := context.Background()
		for _, f := range []Failure{
			{File: "a.pdf", SHA256: "s1", ExitCode: 2, Reason: "truncated"},
			{File: "a.pdf", SHA256: "s1", ExitCode: -1, Reason: "deadline"},
			{File: "copy-of-a.pdf", SHA256: "s1", ExitCode: -1, Reason: "deadline"},
			{File: "b.pdf", SHA256: "s2", ExitCode: 3, Reason: "scanned"},
			{File: "unreadable.pdf", SHA256: "", ExitCode: 2, Reason: "permission denied"},
			{File: "unreadable2.pdf", SHA256: "", ExitCode: 2, Reason: "permission denied"},
		} {
			if err := db.RecordFailure(ctx, f); err != nil {
				t.Fatal(err)
			}
		}
		if got := counts(t, db).ImportErrors; got != 5 {
			t.Errorf("import_errors = %d, want 5 (one per file)", got)
		}
		var reason string
		var code any
		if err := db.Reader().QueryRow(`SELECT reason, exit_code FROM import_errors WHERE file = 'a.pdf'`).Scan(&reason, &code); err != nil {
			t.Fatal(err)
		}
		if reason != "deadline" || code != nil {
			t.Errorf("a.pdf = %q, %v; want the latest attempt (deadline, NULL exit code)", reason, code)
		}
		d, raw := loadFixture(t, "full.json")
		if _, err := db.Put(ctx, Entry{File: "a.pdf", SHA256: "s1", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		if got := counts(t, db).ImportErrors; got != 3 {
			t.Errorf("import_errors after a successful import = %d, want 3 (its bytes' rows gone)", got)
		}
	})
}

func searchRows(t *testing.T, db *DB) int {
	t.Helper()
	var n int
	if err := db.Reader().QueryRow(`SELECT count(*) FROM search`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestPut_PretokenizedTextsCoverTheIndex: the Importer's workers segment
// every indexed text ahead, so the writer never has to.
func TestPut_PretokenizedTextsCoverTheIndex(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		for _, name := range fixtures {
			t.Run(name, func(t *testing.T) {
				calls := 0
				db := openTemp(t, WithTokenizer(func(s string) []string { calls++; return []string{s} }))
				d, raw := loadFixture(t, name)
				e := Entry{File: name, SHA256: name, Doc: d, JSON: raw, tokens: db.pretokenize(d)}
				ahead := calls
				if _, err := db.Put(context.Background(), e, false); err != nil {
					t.Fatal(err)
				}
				if calls != ahead {
					t.Errorf("Put tokenized %d texts that pretokenize missed", calls-ahead)
				}
				if n := searchRows(t, db); n != searchRowsFor(d) {
					t.Errorf("search rows = %d, want %d", n, searchRowsFor(d))
				}
			})
		}
	})
}
