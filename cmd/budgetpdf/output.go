package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/budgetpdf/budgetpdf/internal/termsafe"
)

// rowFormats are the formats query and search write. Every one streams:
// a row is written once read (the table sizes its columns from the first
// tableSample rows).
var rowFormats = map[string]func(w io.Writer) rowFormat{
	"table": func(w io.Writer) rowFormat { return tableFormat(terminalWidth(w)) },
	"csv":   func(io.Writer) rowFormat { return formatCSV },
	"tsv":   func(io.Writer) rowFormat { return formatTSV },
	"json":  func(io.Writer) rowFormat { return formatJSON },
	"jsonl": func(io.Writer) rowFormat { return formatJSONL },
}

func rowFormatNames() []string {
	names := make([]string, 0, len(rowFormats))
	for n := range rowFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// formatFlags are --format and its shorthands (--csv, --tsv, --json,
// --nl, as sqlite-utils spells them).
type formatFlags struct {
	format                string
	csv, tsv, json, jsonl bool
}

func (f *formatFlags) add(c *cobra.Command) {
	fs := c.Flags()
	fs.StringVar(&f.format, "format", "table", "output `FORMAT`: "+strings.Join(rowFormatNames(), ", "))
	fs.BoolVar(&f.csv, "csv", false, "same as --format csv")
	fs.BoolVar(&f.tsv, "tsv", false, "same as --format tsv")
	fs.BoolVar(&f.json, "json", false, "same as --format json (one array of objects)")
	fs.BoolVar(&f.jsonl, "nl", false, "same as --format jsonl (one object per line)")
	c.MarkFlagsMutuallyExclusive("format", "csv", "tsv", "json", "nl")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(rowFormatNames(), cobra.ShellCompDirectiveNoFileComp))
}

// resolve gives the format chosen for output w.
func (f *formatFlags) resolve(w io.Writer) (rowFormat, error) {
	name := f.format
	switch {
	case f.csv:
		name = "csv"
	case f.tsv:
		name = "tsv"
	case f.json:
		name = "json"
	case f.jsonl:
		name = "jsonl"
	}
	mk, ok := rowFormats[name]
	if !ok {
		return nil, usagef("unknown --format %q (want one of %s)", name, strings.Join(rowFormatNames(), ", "))
	}
	return mk(w), nil
}

// terminalWidth is the width of the terminal w is, or 0 (no limit) when
// w is not a terminal: a table piped to a file or to less -S is whole.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	cols, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return cols
}

func formatTSV(w io.Writer, cols []string, next func() ([]any, error)) error {
	return writeDelimited(w, '\t', cols, next)
}

func formatCSV(w io.Writer, cols []string, next func() ([]any, error)) error {
	return writeDelimited(w, ',', cols, next)
}

// writeDelimited writes RFC 4180 records (a field holding the separator,
// a quote or a line break is quoted), separated by sep; NULL is empty.
func writeDelimited(w io.Writer, sep rune, cols []string, next func() ([]any, error)) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	if err := cw.Write(cols); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	n := 0
	err := each(next, func(vals []any) error {
		for i, v := range vals {
			rec[i] = text(v, "")
		}
		if n++; n%256 == 0 { // stream: do not hold the rows in the writer's buffer
			cw.Flush()
		}
		return cw.Write(rec)
	})
	cw.Flush()
	return errors.Join(err, cw.Error())
}

// tableSample is how many rows the table reads before it writes, to size
// its columns; later rows are cut to those widths on a terminal.
const tableSample = 100

// tableFormat writes an aligned table for a terminal, wide (CJK)
// characters counting as two columns; line breaks inside a value are shown
// as ⏎ and other control characters escaped (\x1b), so that text from a
// PDF cannot drive the terminal. The column widths come from the header
// and the first tableSample rows; with maxWidth > 0 (the terminal's
// columns) the widest columns are narrowed until a line fits and longer
// cells end in …. The rows stream: memory does not grow with the result.
func tableFormat(maxWidth int) rowFormat {
	return func(w io.Writer, cols []string, next func() ([]any, error)) error {
		header := make([]string, len(cols))
		for i, c := range cols {
			header[i] = cell(c)
		}
		row := func(vals []any) []string {
			r := make([]string, len(vals))
			for i, v := range vals {
				r[i] = cell(text(v, "NULL"))
			}
			return r
		}
		var sample [][]string
		var err error
		for len(sample) < tableSample {
			var vals []any
			vals, err = next()
			if err != nil {
				break
			}
			sample = append(sample, row(vals))
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		more := err == nil
		widths := make([]int, len(cols))
		for _, r := range append([][]string{header}, sample...) {
			for i, c := range r {
				widths[i] = max(widths[i], displayWidth(c))
			}
		}
		fitWidths(widths, maxWidth)
		cut := maxWidth > 0
		bw := &errWriter{w: w}
		writeTableRow(bw, header, widths, cut)
		rule := make([]string, len(widths))
		for i, wd := range widths {
			rule[i] = strings.Repeat("-", wd)
		}
		writeTableRow(bw, rule, widths, cut)
		for _, r := range sample {
			writeTableRow(bw, r, widths, cut)
		}
		n := len(sample)
		if more {
			if err := each(next, func(vals []any) error {
				n++
				writeTableRow(bw, row(vals), widths, cut)
				return bw.err
			}); err != nil {
				return err
			}
		}
		fmt.Fprintf(bw, "(%d rows)\n", n)
		return bw.err
	}
}

// formatTable is the table without a width limit.
func formatTable(w io.Writer, cols []string, next func() ([]any, error)) error {
	return tableFormat(0)(w, cols, next)
}

// fitWidths narrows the widest columns until the columns and their
// two-space gaps fit in maxWidth (0: no limit); no column below 4.
func fitWidths(widths []int, maxWidth int) {
	if maxWidth <= 0 || len(widths) == 0 {
		return
	}
	total := func() int {
		t := 2 * (len(widths) - 1)
		for _, w := range widths {
			t += w
		}
		return t
	}
	for total() > maxWidth {
		widest := 0
		for i, w := range widths {
			if w > widths[widest] {
				widest = i
			}
		}
		if widths[widest] <= 4 {
			return
		}
		widths[widest]--
	}
}

// cell is s as a table shows it: ⏎ for a line break, escapes for the other
// control characters.
func cell(s string) string {
	return termsafe.String(strings.ReplaceAll(s, "\n", "⏎"))
}

// writeTableRow writes one row padded to widths; with cut, a cell wider
// than its column is cut and ends in ….
func writeTableRow(w io.Writer, row []string, widths []int, cut bool) {
	var b strings.Builder
	for i, c := range row {
		if i > 0 {
			b.WriteString("  ")
		}
		if cut && displayWidth(c) > widths[i] {
			c = truncateCell(c, widths[i])
		}
		b.WriteString(c)
		if i < len(row)-1 {
			b.WriteString(strings.Repeat(" ", max(0, widths[i]-displayWidth(c))))
		}
	}
	b.WriteString("\n")
	io.WriteString(w, b.String())
}

// truncateCell cuts s to at most cols terminal columns, the last being ….
func truncateCell(s string, cols int) string {
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := displayWidth(string(r))
		if used+rw > cols-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return b.String() + "…"
}

// errWriter keeps the first write error and drops what follows it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
