package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

const benchDocs = 1000

// BenchmarkImport imports 1,000 documents per iteration (the fixtures with
// unit, year and file name varied, so every file has its own sha256) into a
// fresh database through the Importer, extracting in-process (no child
// processes), and reports documents/s, the process's peak RSS, and how much
// the live heap grew between document 200 and document 1,000 — which must
// stay flat: nothing kept per document.
func BenchmarkImport(b *testing.B) {
	dir := b.TempDir()
	writeVariedDocs(b, dir, benchDocs)
	paths, err := ExpandPaths([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	var elapsed time.Duration
	var heap200, heap1000 uint64
	for b.Loop() {
		db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		im := &Importer{DB: db, Extract: jsonExtract, Progress: func(p Progress) {
			switch p.Done {
			case 200:
				heap200 = liveHeap()
			case benchDocs:
				heap1000 = liveHeap()
			}
		}}
		start := time.Now()
		s, err := im.Run(context.Background(), paths)
		elapsed += time.Since(start)
		if err != nil || s.Imported != benchDocs {
			b.Fatalf("imported %d of %d: %v", s.Imported, benchDocs, err)
		}
		db.Close()
	}
	b.ReportMetric(float64(benchDocs*b.N)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(peakRSSKiB())/1024, "peak-RSS-MiB")
	b.ReportMetric(float64(int64(heap1000)-int64(heap200))/(1<<20), "heap-growth-200-to-1000-MiB")
	if growth := int64(heap1000) - int64(heap200); growth > 16<<20 {
		b.Errorf("live heap grew %d MiB between document 200 and 1000", growth>>20)
	}
}

func writeVariedDocs(b *testing.B, dir string, n int) {
	for i := range n {
		d, _ := loadFixture(b, fixtures[i%len(fixtures)])
		d.Unit.Name = fmt.Sprintf("%s%04d", d.Unit.Name, i)
		d.Year += i % 3
		d.Source.File = fmt.Sprintf("doc%04d.pdf", i)
		raw, err := json.Marshal(d)
		if err != nil {
			b.Fatal(err)
		}
		writeFile(b, filepath.Join(dir, fmt.Sprintf("%02d", i%10), d.Source.File), string(raw))
	}
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// peakRSSKiB reads VmHWM from /proc/self/status (0 where there is none).
func peakRSSKiB() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
