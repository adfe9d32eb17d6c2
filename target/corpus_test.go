package target

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// truthRow is one indicator's target as a truth file gives it.
type truthRow struct {
	Target string   `json:"target"`
	Name   string   `json:"name"`
	Op     string   `json:"op"`
	Value  *float64 `json:"value"`
	Unit   string   `json:"unit"`
}

func (r truthRow) result() Result { return Result{Op: r.Op, Value: r.Value, Unit: r.Unit} }

// checkRows asserts Parse over rows and returns how many agree.
func checkRows(t *testing.T, where string, rows []truthRow) int {
	t.Helper()
	agree := 0
	for _, r := range rows {
		if got := Parse(r.Target, r.Name); equal(got, r.result()) {
			agree++
		} else {
			t.Errorf("%s: Parse(%q, %q) = %v, truth %v", where, r.Target, r.Name, got, r.result())
		}
	}
	return agree
}

// A committed sample of real truth rows (one per pattern of the dev corpus),
// so the project tests them without ../shared.
func TestParseDevSample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "dev_targets.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []truthRow
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("no rows in testdata/dev_targets.json")
	}
	agree := checkRows(t, "testdata", rows)
	t.Logf("testdata: %d of %d targets agree", agree, len(rows))
}

// Every indicator of every truth file of the dev corpus, when ../shared is
// present next to the repository.
func TestParseDevCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", "*.truth.json"))
	if len(files) == 0 {
		t.Skip("shared/corpus/dev not present")
	}
	agree, total := 0, 0
	for _, f := range files {
		rows, err := truthIndicators(f)
		if err != nil {
			t.Fatal(err)
		}
		agree += checkRows(t, filepath.Base(f), rows)
		total += len(rows)
	}
	t.Logf("dev corpus: %d of %d indicators agree", agree, total)
}

// truthIndicators reads the department's and every project's indicators.
func truthIndicators(path string) ([]truthRow, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Department *struct {
			Indicators []truthRow `json:"indicators"`
		} `json:"department"`
		Projects []struct {
			Indicators []truthRow `json:"indicators"`
		} `json:"projects"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var rows []truthRow
	if doc.Department != nil {
		rows = append(rows, doc.Department.Indicators...)
	}
	for _, p := range doc.Projects {
		rows = append(rows, p.Indicators...)
	}
	return rows, nil
}
