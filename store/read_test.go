package store

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestDocument_RoundTrip(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		for _, name := range fixtures {
			d, raw := loadFixture(t, name)
			if _, err := db.Put(context.Background(), Entry{File: name, SHA256: name, Doc: d, JSON: raw}, false); err != nil {
				t.Fatal(err)
			}
		}
		for _, name := range fixtures {
			d, _ := loadFixture(t, name)
			for _, key := range []string{d.Unit.Name, d.Unit.Code} {
				if key == "" {
					continue
				}
				t.Run(name+"/"+key, func(t *testing.T) {
					got, err := db.Document(key, d.Year)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, d) {
						t.Errorf("Document(%q, %d) differs from what was stored", key, d.Year)
					}
				})
			}
		}
	})
}

func TestDocument_NotFound(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d, raw := loadFixture(t, "full.json")
		if _, err := db.Put(context.Background(), Entry{File: "f", SHA256: "f", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			unit string
			year int
		}{
			{d.Unit.Name, d.Year + 1},
			{"没有这个单位", d.Year},
			{"", d.Year}, // an empty code must not match documents without a code
		}
		for _, tt := range tests {
			if _, err := db.Document(tt.unit, tt.year); !errors.Is(err, ErrNotFound) {
				t.Errorf("Document(%q, %d) error = %v, want ErrNotFound", tt.unit, tt.year, err)
			}
		}
	})
}

func TestDocument_LatestImportWins(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d, raw := loadFixture(t, "full.json")
		ctx := context.Background()
		if _, err := db.Put(ctx, Entry{File: "a.pdf", SHA256: "a", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		d2, _ := loadFixture(t, "full.json")
		d2.Source.File = "a.txt"
		if _, err := db.Put(ctx, Entry{File: "a.txt", SHA256: "b", Doc: d2}, false); err != nil {
			t.Fatal(err)
		}
		got, err := db.Document(d.Unit.Name, d.Year)
		if err != nil {
			t.Fatal(err)
		}
		if got.Source.File != "a.txt" {
			t.Errorf("Document source = %q, want the later import a.txt", got.Source.File)
		}
	})
}

func TestUnitYears(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		var want []UnitYear
		for _, name := range fixtures {
			d, raw := loadFixture(t, name)
			if _, err := db.Put(context.Background(), Entry{File: name, SHA256: name, Doc: d, JSON: raw}, false); err != nil {
				t.Fatal(err)
			}
			want = append(want, UnitYear{Unit: d.Unit.Name, UnitCode: d.Unit.Code, Year: d.Year, Documents: 1})
		}
		got, err := db.UnitYears()
		if err != nil {
			t.Fatal(err)
		}
		sortUnitYears(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("UnitYears =\n%v\nwant\n%v", got, want)
		}
	})
}

func sortUnitYears(u []UnitYear) {
	sort.Slice(u, func(i, j int) bool {
		return u[i].Unit < u[j].Unit || (u[i].Unit == u[j].Unit && u[i].Year < u[j].Year)
	})
}

func TestReadOnly_RefusesWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "budget.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	db, err := Open(path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	attached := filepath.Join(t.TempDir(), "other.db")
	stmts := []string{
		`INSERT INTO import_errors (file, sha256, reason, attempted_at) VALUES ('f', 's', 'r', 't')`,
		`UPDATE documents SET unit = 'x'`,
		`DELETE FROM documents`,
		`CREATE TABLE t (x)`,
		`DROP TABLE documents`,
		`PRAGMA user_version = 99`,
		`ATTACH '` + attached + `' AS other; CREATE TABLE other.t (x)`,
	}
	for _, s := range stmts {
		if _, err := db.Reader().Exec(s); err == nil {
			t.Errorf("%s: succeeded on a read-only database", s)
		}
	}
	if _, err := db.Put(context.Background(), Entry{}, false); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Put on read-only DB error = %v", err)
	}
}

func TestOpen_ReadOnlyNeedsAMigratedDatabase(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "missing.db"), ReadOnly()); err == nil {
		t.Error("read-only open of a missing file succeeded")
	}
}

func TestOpen_MigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "budget.db")
	for range 2 {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var v, n int
		db.Reader().QueryRow(`PRAGMA user_version`).Scan(&v)
		db.Reader().QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n)
		if v != SchemaVersion() || n != SchemaVersion() {
			t.Errorf("user_version = %d, schema_migrations rows = %d; want %d", v, n, SchemaVersion())
		}
		db.Close()
	}
}

func TestOpen_WriterPragmas(t *testing.T) {
	db := openTemp(t)
	tests := []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
	}
	for _, tt := range tests {
		var got string
		if err := db.write.QueryRow("PRAGMA " + tt.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("PRAGMA %s = %s, want %s", tt.pragma, got, tt.want)
		}
	}
}
