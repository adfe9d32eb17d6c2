package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExport_Formats(t *testing.T) {
	db := importedDB(t, 4)
	indicators := openCounts(t, db).Indicators
	dir := t.TempDir()
	tests := []struct {
		format string
		rows   func(t *testing.T, path string) int
	}{
		{"csv", csvRows},
		{"jsonl", jsonlRows},
		{"xlsx", xlsxRows},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := filepath.Join(dir, "indicators."+tt.format)
			if code, _, stderr := runCLI("export", "--db", db, "--format", tt.format, "--out", out); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := tt.rows(t, out); got != indicators {
				t.Errorf("%d rows, want one per indicator (%d)", got, indicators)
			}
		})
	}
}

func csvRows(t *testing.T, path string) int {
	f, _ := os.Open(path)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 || recs[0][0] != "indicator_id" {
		t.Fatalf("csv: %v, header %v", err, recs)
	}
	return len(recs) - 1
}

func jsonlRows(t *testing.T, path string) int {
	f, _ := os.Open(path)
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil || row["indicator"] == nil {
			t.Fatalf("line %d: %v %s", n+1, err, sc.Text())
		}
		n++
	}
	return n
}

func xlsxRows(t *testing.T, path string) int {
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 || rows[0][0] != "indicator_id" {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		for _, r := range rows[1:] {
			if !strings.EqualFold(r[7], sheet) { // kind column
				t.Errorf("sheet %s holds a %s row", sheet, r[7])
			}
		}
		n += len(rows) - 1
	}
	return n
}
