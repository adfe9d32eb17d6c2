package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/budgetpdf/budgetpdf/extract"
)

// benchFiles are the PDFs the pipeline benchmark reads: ../shared/real-cn/pdf
// (or BUDGETPDF_BENCH_DIR) when present, the bundled fixtures otherwise.
func benchFiles(b *testing.B) []string {
	dirs := []string{os.Getenv("BUDGETPDF_BENCH_DIR"), "../../../shared/real-cn/pdf", "/work/shared/real-cn/pdf", "../../testdata/pdf"}
	for _, d := range dirs {
		if d == "" {
			continue
		}
		if m, _ := filepath.Glob(filepath.Join(d, "*.pdf")); len(m) > 0 {
			return m
		}
	}
	b.Skip("no PDF to read")
	return nil
}

// BenchmarkPipeline is what one extraction child does for each file: read,
// extract, normalize, encode the document. Profile it with
//
//	go test -tags 'sqlite_fts5 ne' -run '^$' -bench Pipeline -cpuprofile cpu.out ./cmd/budgetpdf
func BenchmarkPipeline(b *testing.B) {
	files := benchFiles(b)
	pages := 0
	b.ReportAllocs()
	for b.Loop() {
		pages = 0
		for _, f := range files {
			doc, _, err := extractWithPages(f, extract.DefaultLimits)
			if err != nil {
				b.Fatal(err)
			}
			pages += doc.Source.Pages
			if err := json.NewEncoder(io.Discard).Encode(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
