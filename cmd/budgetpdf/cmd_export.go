package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf/internal/xlsx"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newExportCmd) }

// exportQuery reads the rows export writes.
const exportQuery = `SELECT * FROM indicator_rows ORDER BY indicator_id`

func newExportCmd(a *app) *cobra.Command {
	var (
		db, format, out string
		bom             bool
	)
	c := &cobra.Command{
		Use:   "export --db FILE [flags]",
		Short: "write the indicator rows as CSV, JSON lines or xlsx",
		Long: `Writes every row of the view indicator_rows (one indicator with its unit,
year and project; see docs/schema.md) in document order. xlsx has one sheet
per kind of table: project, department.

The format comes from --format, or else from the name given to --out
(.csv, .jsonl or .ndjson, .xlsx); without either it is csv. A --format that
contradicts the name's extension is refused. --bom starts a CSV with the
UTF-8 byte order mark, without which Excel on Windows shows Chinese as
mojibake.

Without --out the data goes to standard output (xlsx only when that is not
a terminal). --out is written whole or not at all, and only as a regular
file: an existing symlink, device or named pipe there is refused, never
replaced.`,
		Example: `  budgetpdf export --db budget.db --out indicators.xlsx
  budgetpdf export --db budget.db --out indicators.csv --bom     # for Excel
  budgetpdf export --db budget.db --format jsonl | jq .target`,
		Args: exactArgs(0, "no arguments (the rows go to --out or standard output)"),
		RunE: func(_ *cobra.Command, _ []string) error {
			if err := requireDB(db); err != nil {
				return err
			}
			name, err := exportFormat(format, out, bom)
			if err != nil {
				return err
			}
			if name == "xlsx" && out == "" && isTerminal(a.stdout) {
				fmt.Fprintln(a.stderr, "budgetpdf export: not writing xlsx to a terminal; use --out FILE")
				return exitWith(exitBadInput)
			}
			return exitWith(runExport(db, name, out, bom, a.stdout, a.stderr))
		},
	}
	c.Flags().StringVar(&db, "db", "", "the database `DB`: a SQLite file, or postgres://…")
	c.Flags().StringVar(&format, "format", "", "csv, jsonl or xlsx (default: from --out's extension, else csv)")
	c.Flags().StringVar(&out, "out", "", "output `FILE` (default: standard output)")
	c.Flags().BoolVar(&bom, "bom", false, "start the CSV with a UTF-8 byte order mark (for Excel)")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"csv", "jsonl", "xlsx"}, cobra.ShellCompDirectiveNoFileComp))
	return c
}

// exportExtensions maps --out's extension to its format.
var exportExtensions = map[string]string{".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx"}

// exportFormat decides the format from --format and --out.
func exportFormat(format, out string, bom bool) (string, error) {
	ext := strings.ToLower(filepath.Ext(out))
	fromExt, known := exportExtensions[ext]
	switch {
	case format != "" && exportFormats[format] == nil:
		return "", usagef("unknown --format %q (want csv, jsonl or xlsx)", format)
	case format != "" && known && format != fromExt:
		return "", usagef("--format %s, but --out %s ends in %s: name the file .%s, or leave out --format", format, out, ext, format)
	case format == "" && out != "" && !known:
		return "", usagef("cannot tell the format from --out %s: end it in .csv, .jsonl or .xlsx, or give --format", out)
	case format == "" && known:
		format = fromExt
	case format == "":
		format = "csv"
	}
	if bom && format != "csv" {
		return "", usagef("--bom is for csv, not %s", format)
	}
	return format, nil
}

func runExport(dbPath, format, out string, bom bool, stdout, stderr io.Writer) int {
	write := exportFormats[format]
	if err := checkOut(out); err != nil {
		fmt.Fprintf(stderr, "budgetpdf export: %v\n", err)
		return exitBadInput
	}
	db, err := store.Open(dbPath, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf export: %v\n", err)
		return exitFailed
	}
	defer db.Close()
	err = exportTo(out, stdout, func(w io.Writer) error {
		if bom {
			if _, err := io.WriteString(w, "\uFEFF"); err != nil {
				return err
			}
		}
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
	x := xlsx.NewWriter(w)
	kindCol := -1
	for i, c := range cols {
		if c == "kind" {
			kindCol = i
		}
	}
	err := each(next, func(vals []any) error {
		kind := "rows"
		if kindCol >= 0 {
			kind = text(vals[kindCol], "rows")
		}
		s, err := sheetFor(x, kind, cols)
		if err != nil {
			return err
		}
		return s.AddRow(vals)
	})
	if err == nil && len(x.Sheets()) == 0 {
		_, err = sheetFor(x, "project", cols)
	}
	if err != nil {
		x.Abort()
		return err
	}
	return x.Close()
}

// sheetFor is the sheet called name, started with the header row when new.
func sheetFor(x *xlsx.Writer, name string, cols []string) (*xlsx.Sheet, error) {
	if s := x.Lookup(name); s != nil {
		return s, nil
	}
	s, err := x.Sheet(name)
	if err != nil {
		return nil, err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c
	}
	if err := s.AddRow(header); err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	return s, nil
}
