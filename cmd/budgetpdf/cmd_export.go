package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"github.com/budgetpdf/budgetpdf/store"
)

func init() {
	register(command{
		name:    "export",
		summary: "write the indicator rows as CSV, JSON lines or xlsx",
		run:     runExport,
	})
}

const exportUsage = `Usage: budgetpdf export --db FILE --format csv|jsonl|xlsx [--out F]

Writes every row of the view indicator_rows (one indicator with its unit,
year and project; see docs/schema.md) in document order. xlsx has one sheet
per kind of table: project, department. Without --out the data goes to
standard output (xlsx only when that is not a terminal). --out is written
whole or not at all, and only as a regular file: an existing symlink,
device or named pipe there is refused, never replaced.

Example:
  budgetpdf export --db budget.db --format xlsx --out indicators.xlsx

Flags:
`

// exportQuery reads the rows export writes.
const exportQuery = `SELECT * FROM indicator_rows ORDER BY indicator_id`

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, exportUsage); fs.PrintDefaults() }
	dbPath := fs.String("db", "", "SQLite database `FILE`")
	format := fs.String("format", "csv", "csv, jsonl or xlsx")
	out := fs.String("out", "", "output `FILE` (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return usageExit(err, stderr)
	}
	write, ok := exportFormats[*format]
	if *dbPath == "" || fs.NArg() != 0 || !ok {
		fs.Usage()
		return exitBadInput
	}
	if *format == "xlsx" && *out == "" && isTerminal(stdout) {
		fmt.Fprintln(stderr, "budgetpdf export: not writing xlsx to a terminal; use --out FILE")
		return exitBadInput
	}
	if err := checkOut(*out); err != nil {
		fmt.Fprintf(stderr, "budgetpdf export: %v\n", err)
		return exitBadInput
	}
	db, err := store.Open(*dbPath, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf export: %v\n", err)
		return exitFailed
	}
	defer db.Close()
	err = exportTo(*out, stdout, func(w io.Writer) error {
		return queryTo(context.Background(), db, exportQuery, write, w)
	})
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf export: %v\n", err)
		return exitFailed
	}
	return exitOK
}

var exportFormats = map[string]rowFormat{
	"csv":   formatCSV,
	"jsonl": formatJSONL,
	"xlsx":  formatXLSX,
}

// checkOut refuses an --out that exists and is not a regular file: the
// export replaces out by renaming a finished file over it, which would
// replace a symlink, a device (/dev/stdout) or a named pipe instead of
// writing through it.
func checkOut(out string) error {
	if out == "" {
		return nil
	}
	info, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("--out %s: %w", out, err)
	case info.Mode().IsRegular():
		return nil
	}
	kind := "not a regular file"
	switch m := info.Mode(); {
	case m&fs.ModeSymlink != 0:
		kind = "a symbolic link"
	case m.IsDir():
		kind = "a folder"
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("--out %s is %s, not a regular file: not replacing it (name a regular file, or leave out --out to write to standard output)", out, kind)
}

// exportTo runs write on stdout, or on a temporary file renamed to out once
// complete, so that a failed export leaves no half-written file. out must
// have passed checkOut.
func exportTo(out string, stdout io.Writer, write func(io.Writer) error) error {
	if out == "" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), filepath.Base(out)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it 0600
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}

// formatXLSX writes a workbook with one sheet per value of the kind column
// (project, department), each with a header row. Rows are streamed.
func formatXLSX(w io.Writer, cols []string, next func() ([]any, error)) error {
	f := excelize.NewFile()
	defer f.Close()
	kindCol := -1
	for i, c := range cols {
		if c == "kind" {
			kindCol = i
		}
	}
	sheets := map[string]*xlsxSheet{}
	err := each(next, func(vals []any) error {
		kind := "rows"
		if kindCol >= 0 {
			kind = text(vals[kindCol], "rows")
		}
		s, err := sheetFor(f, sheets, kind, cols)
		if err != nil {
			return err
		}
		return s.add(vals)
	})
	if err != nil {
		return err
	}
	if len(sheets) == 0 {
		if _, err := sheetFor(f, sheets, "project", cols); err != nil {
			return err
		}
	}
	for _, s := range sheets {
		if err := s.sw.Flush(); err != nil {
			return err
		}
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

type xlsxSheet struct {
	sw  *excelize.StreamWriter
	row int
}

func sheetFor(f *excelize.File, sheets map[string]*xlsxSheet, name string, cols []string) (*xlsxSheet, error) {
	if s, ok := sheets[name]; ok {
		return s, nil
	}
	if _, err := f.NewSheet(name); err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	s := &xlsxSheet{sw: sw}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c
	}
	if err := s.add(header); err != nil {
		return nil, err
	}
	sheets[name] = s
	return s, nil
}

func (s *xlsxSheet) add(vals []any) error {
	s.row++
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	row := make([]any, len(vals))
	for i, v := range vals {
		if b, ok := v.([]byte); ok {
			v = string(b)
		}
		row[i] = v
	}
	return s.sw.SetRow(cell, row)
}
