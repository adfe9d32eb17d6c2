package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/internal/shareddir"
)

// truthExtract stands in for budgetpdf extract on the dev corpus: NAME.pdf
// or NAME.txt "extracts" to NAME.truth.json; a truth {"expect_exit": N} fails
// with exit code N.
func truthExtract(_ context.Context, path string) (*budgetpdf.Document, []byte, error) {
	return decodeFake(strings.TrimSuffix(path, filepath.Ext(path)) + ".truth.json")
}

// jsonExtract stands in for budgetpdf extract on files that hold the
// document itself; anything that is not a document is "not a PDF".
func jsonExtract(_ context.Context, path string) (*budgetpdf.Document, []byte, error) {
	return decodeFake(path)
}

func decodeFake(path string) (*budgetpdf.Document, []byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var exit struct {
		ExpectExit int `json:"expect_exit"`
	}
	if json.Unmarshal(raw, &exit) == nil && exit.ExpectExit != 0 {
		return nil, nil, &ExtractError{ExitCode: exit.ExpectExit, Reason: fmt.Sprintf("exit %d", exit.ExpectExit)}
	}
	var d budgetpdf.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, nil, &ExtractError{ExitCode: 2, Reason: "not a PDF"}
	}
	return &d, raw, nil
}

var devCorpus = shareddir.Path("corpus", "dev")

// devTruth sums the rows the dev corpus truth files should give, and counts
// the inputs that must fail.
func devTruth(t *testing.T) (Counts, int) {
	paths, err := ExpandPaths([]string{devCorpus})
	if err != nil {
		t.Skipf("dev corpus not available: %v", err)
	}
	var sum Counts
	failing := 0
	for _, p := range paths {
		d, _, err := truthExtract(context.Background(), p)
		if err != nil {
			failing++
			continue
		}
		sum = sum.Add(RowsOf(d))
	}
	return sum, failing
}

func TestImporter_DevCorpus(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		want, failing := devTruth(t)
		want.ImportErrors = failing
		t.Logf("dev truth: %+v", want)
		paths, _ := ExpandPaths([]string{devCorpus})
		db := openTemp(t)
		ctx := context.Background()
		steps := []struct {
			name  string
			force bool
			want  Summary
		}{
			{"first", false, Summary{Imported: want.Documents, Failed: failing}},
			{"again", false, Summary{Skipped: want.Documents, Failed: failing}},
			{"force", true, Summary{Replaced: want.Documents, Failed: failing}},
		}
		for _, st := range steps {
			im := &Importer{DB: db, Extract: truthExtract, Force: st.force}
			got, err := im.Run(ctx, paths)
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			got.Failures = nil
			if !reflect.DeepEqual(got, st.want) {
				t.Errorf("%s: summary %+v, want %+v", st.name, got, st.want)
			}
			if c := counts(t, db); c != want {
				t.Errorf("%s: rows %+v\nwant %+v", st.name, c, want)
			}
			if err := db.Check(ctx); err != nil {
				t.Errorf("%s: %v", st.name, err)
			}
		}
	})
}

func TestImporter_FailuresRecordedBatchGoesOn(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		dir := t.TempDir()
		good := copyFixtures(t, dir)
		bad := map[string]string{
			"truncated.pdf": "%PDF-1.7\n1 0 obj",
			"page.pdf":      "<html>not a pdf</html>",
			"scanned.pdf":   `{"expect_exit": 3}`,
		}
		for name, body := range bad {
			writeFile(t, filepath.Join(dir, name), body)
		}
		db := openTemp(t)
		paths, _ := ExpandPaths([]string{dir})
		s, err := (&Importer{DB: db, Extract: jsonExtract, Workers: 2}).Run(context.Background(), paths)
		if err != nil {
			t.Fatal(err)
		}
		if s.Imported != good || s.Failed != len(bad) {
			t.Errorf("imported %d failed %d, want %d and %d", s.Imported, s.Failed, good, len(bad))
		}
		rows, err := db.Reader().Query(`SELECT file, exit_code, reason FROM import_errors ORDER BY file`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		wantCode := map[string]int{"truncated.pdf": 2, "page.pdf": 2, "scanned.pdf": 3}
		for rows.Next() {
			var file, reason string
			var code int
			rows.Scan(&file, &code, &reason)
			if w := wantCode[filepath.Base(file)]; code != w || reason == "" {
				t.Errorf("%s: exit %d reason %q, want exit %d and a reason", file, code, reason, w)
			}
		}
	})
}

func TestImporter_InterruptAndResume(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		dir := t.TempDir()
		copyFixtures(t, dir)
		paths, _ := ExpandPaths([]string{dir})

		ref := openTemp(t)
		if _, err := (&Importer{DB: ref, Extract: jsonExtract}).Run(context.Background(), paths); err != nil {
			t.Fatal(err)
		}

		db := openTemp(t)
		ctx, cancel := context.WithCancel(context.Background())
		var calls atomic.Int32
		interrupting := func(ctx context.Context, path string) (*budgetpdf.Document, []byte, error) {
			if calls.Add(1) >= 3 { // Ctrl-C while the third file is being extracted
				cancel()
				<-ctx.Done()
				return nil, nil, ctx.Err()
			}
			return jsonExtract(ctx, path)
		}
		s, err := (&Importer{DB: db, Extract: interrupting, Workers: 1}).Run(ctx, paths)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("interrupted Run error = %v, want context.Canceled", err)
		}
		if s.Imported != 2 || s.Failed != 0 || s.Abandoned != len(paths)-2 {
			t.Errorf("interrupted summary %+v, want 2 imported, %d abandoned, none failed", s, len(paths)-2)
		}
		if err := db.Check(context.Background()); err != nil {
			t.Error(err)
		}
		s, err = (&Importer{DB: db, Extract: jsonExtract}).Run(context.Background(), paths)
		if err != nil || s.Imported != len(paths)-2 || s.Skipped != 2 {
			t.Errorf("resumed summary %+v, %v", s, err)
		}
		if got, want := counts(t, db), counts(t, ref); got != want {
			t.Errorf("resumed rows %+v, want %+v", got, want)
		}
	})
}

func copyFixtures(t *testing.T, dir string) int {
	t.Helper()
	for i, name := range fixtures {
		_, raw := loadFixture(t, name)
		writeFile(t, filepath.Join(dir, fmt.Sprintf("doc%02d.pdf", i)), string(raw))
	}
	return len(fixtures)
}

func writeFile(t testing.TB, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestImporter_ReadersDuringImport: another process's read-only connection
// (datasette, sqlite3) can query while an import writes, without errors.
func TestImporter_ReadersDuringImport(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		dir := t.TempDir()
		for i := range 40 {
			d, _ := loadFixture(t, fixtures[i%len(fixtures)])
			d.Unit.Name += fmt.Sprint(i)
			raw, _ := json.Marshal(d)
			writeFile(t, filepath.Join(dir, fmt.Sprintf("d%02d.pdf", i)), string(raw))
		}
		paths, _ := ExpandPaths([]string{dir})
		db := openTemp(t)
		reader, err := Open(db.Path(), ReadOnly())
		if err != nil {
			t.Fatal(err)
		}
		defer reader.Close()
		done := make(chan struct{})
		readErrs := make(chan error, 1)
		go func() {
			defer close(readErrs)
			for {
				select {
				case <-done:
					return
				default:
				}
				if _, err := reader.Counts(context.Background()); err != nil {
					readErrs <- err
					return
				}
				if _, err := reader.Search(context.Background(), []string{"满意度"}, 5); err != nil {
					readErrs <- err
					return
				}
			}
		}()
		s, err := (&Importer{DB: db, Extract: jsonExtract}).Run(context.Background(), paths)
		close(done)
		if err != nil || s.Imported != len(paths) {
			t.Fatalf("import: %+v, %v", s, err)
		}
		if err := <-readErrs; err != nil {
			t.Errorf("reader during import: %v", err)
		}
	})
}
