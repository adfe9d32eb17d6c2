package store

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// FuzzSearch: whatever a user types, the query sent to FTS5 is well formed.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"调研", "培训 满意度", `"`, "NEAR(a b)", "a OR b", "*", "col:x", "-", "^调"} {
		f.Add(s)
	}
	db := openTemp(f)
	d, raw := loadFixture(f, "full.json")
	if _, err := db.Put(context.Background(), Entry{File: "f", SHA256: "f", Doc: d, JSON: raw}, false); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.Search(context.Background(), strings.Fields(q), 5)
		if err != nil && !strings.Contains(err.Error(), "no searchable term") {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

// FuzzPut: any document the model can decode is stored whole and read back
// as it was given.
func FuzzPut(f *testing.F) {
	for _, name := range fixtures {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte(`{"schema":"budgetpdf/v1","projects":[{"plan":[{"value":null}],"indicators":[{"extra":null}]}],"tables":[{"rows":[[],["a"]]}]}`))
	db := openTemp(f)
	n := 0
	f.Fuzz(func(t *testing.T, raw []byte) {
		var d budgetpdf.Document
		if json.Unmarshal(raw, &d) != nil {
			return
		}
		n++
		sha := fmt.Sprint(n)
		if _, err := db.Put(context.Background(), Entry{File: sha, SHA256: sha, Doc: &d, JSON: raw}, false); err != nil {
			t.Fatalf("Put: %v", err)
		}
		got, err := db.DocumentBySHA256(sha)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(&d)
		if string(a) != string(b) {
			t.Errorf("stored document differs:\n%s\n%s", a, b)
		}
	})
}
