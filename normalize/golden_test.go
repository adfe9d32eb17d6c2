package normalize

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/golden")

// pdfFixtures lists the committed PDF fixtures.
func pdfFixtures(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/pdf/*.pdf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no PDF fixtures in ../testdata/pdf: %v", err)
	}
	return files
}

// documentOf runs extract and normalize on a fixture.
func documentOf(t testing.TB, path string) *budgetpdf.Document {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := extract.Open(data, extract.DefaultLimits)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	sum := sha256.Sum256(data)
	src := budgetpdf.Source{File: filepath.Base(path), SHA256: hex.EncodeToString(sum[:]), Pages: d.NumPages, Producer: d.Info.Producer}
	return Document(d.Pages(), src)
}

// TestGoldenDocuments pins the whole document for every fixture. Run with
// -update to rewrite the golden files after an intended change, and read
// the diff before committing it.
func TestGoldenDocuments(t *testing.T) {
	for _, path := range pdfFixtures(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(documentOf(t, path), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("..", "testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("%s differs from its golden file %s; run with -update and review the diff", name, golden)
			}
		})
	}
}

// BenchmarkDocument runs the whole PDF pipeline (gate, pages, tables,
// sections, forms) on a 33-page WPS disclosure.
func BenchmarkDocument(b *testing.B) {
	data, err := os.ReadFile("../testdata/pdf/real-wanli-2024.pdf")
	if err != nil {
		b.Fatal(err)
	}
	pages := 0
	b.ReportAllocs()
	for b.Loop() {
		d, err := extract.Open(data, extract.DefaultLimits)
		if err != nil {
			b.Fatal(err)
		}
		ps := d.Pages()
		Document(ps, budgetpdf.Source{File: "real-wanli-2024.pdf"})
		pages += len(ps)
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
