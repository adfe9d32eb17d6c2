package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/diff"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newDiffCmd) }

// diffFlags are the parsed flags of the diff command.
type diffFlags struct {
	format, db, unit string
	from, to         int
	all, exitCode    bool
	threshold        float64
	args             []string
}

func newDiffCmd(a *app) *cobra.Command {
	var f diffFlags
	c := &cobra.Command{
		Use:   "diff [flags] OLD NEW\n  budgetpdf diff --db FILE --unit NAME --from YEAR --to YEAR [flags]\n  budgetpdf diff --db FILE --all [--from YEAR --to YEAR] [flags]",
		Short: "compare two years of a unit: what was promised, what changed",
		Long: `Compares two budget disclosures, usually one unit in two years: projects
and indicators added, removed or renamed (matched by code, name, or name
similarity — codes and names drift between years), budgets, spending plans
and goals changed, targets made stricter or looser.

OLD and NEW are PDFs (or texts) to extract, or budgetpdf/v1 JSON documents
saved from 'budgetpdf extract' (files ending in .json). With --db the
documents come from a database filled by 'budgetpdf import', which is only
read. --all compares every unit stored for both --from and --to years, or,
without them, every unit's consecutive stored years.

Formats: text (default, grouped by project), json (budgetpdf-diff/v1; with
--all a JSON array of such objects), csv (one row per change), html (one
self-contained page with both years side by side; one pair only).

With --exit-code, diff exits 1 when there are changes and 0 when there are
none, as git diff --exit-code does (for scripts and CI).`,
		Example: `  budgetpdf diff 2023.pdf 2024.pdf
  budgetpdf diff --format html 2023.json 2024.json > diff.html
  budgetpdf diff --db budget.db --unit 乐亭县教育局 --from 2023 --to 2024 --format json
  budgetpdf diff --db budget.db --all --from 2023 --to 2024 --format csv > changes.csv
  budgetpdf diff --exit-code 2023.json 2024.json >/dev/null || echo changed`,
		RunE: func(_ *cobra.Command, args []string) error {
			f.args = args
			if msg := f.problem(); msg != "" {
				return usagef("%s", msg)
			}
			return exitWith(runDiff(f, a.stdout, a.stderr))
		},
	}
	fs := c.Flags()
	fs.StringVar(&f.format, "format", "text", "text, json, csv or html")
	fs.StringVar(&f.db, "db", "", "read the documents from this SQLite database `FILE` (read-only)")
	fs.StringVar(&f.unit, "unit", "", "with --db: the unit's `NAME` (or code)")
	fs.IntVar(&f.from, "from", 0, "with --db: the old `YEAR`")
	fs.IntVar(&f.to, "to", 0, "with --db: the new `YEAR`")
	fs.BoolVar(&f.all, "all", false, "with --db: every unit stored for both years")
	fs.BoolVar(&f.exitCode, "exit-code", false, "exit 1 when the documents differ, 0 when they do not")
	fs.Float64Var(&f.threshold, "threshold", diff.DefaultThreshold, "least name similarity (0–1) for a rename")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json", "csv", "html"}, cobra.ShellCompDirectiveNoFileComp))
	return c
}

func runDiff(f diffFlags, stdout, stderr io.Writer) int {
	opts := diff.Options{Threshold: f.threshold}
	pairs, code := diffSources(f, stderr)
	if code != exitOK {
		return code
	}
	changed, err := writeDiff(stdout, f, pairs, opts)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf diff: %v\n", err)
		return exitFailed
	}
	if f.exitCode && changed {
		return exitFailed
	}
	return exitOK
}

// problem says what is wrong with a combination of flags, or "".
func (f diffFlags) problem() string {
	switch {
	case !strings.Contains(" text json csv html ", " "+f.format+" "):
		return fmt.Sprintf("unknown format %q", f.format)
	case f.threshold <= 0 || f.threshold > 1:
		return "--threshold must be in (0, 1]"
	case f.db == "" && len(f.args) != 2:
		return "give two files, OLD and NEW, or --db"
	case f.db == "" && (f.unit != "" || f.all || f.from != 0 || f.to != 0):
		return "--unit, --all, --from and --to need --db"
	case f.db != "" && len(f.args) != 0:
		return "with --db, give no files"
	case f.db != "" && f.all == (f.unit != ""):
		return "with --db, give either --unit or --all"
	case f.unit != "" && (f.from == 0 || f.to == 0):
		return "--unit needs --from and --to"
	case f.all && (f.from == 0) != (f.to == 0):
		return "--all takes both --from and --to, or neither"
	case f.all && f.format == "html":
		return "--format html shows one pair: use --unit"
	}
	return ""
}

// docPair is two documents to compare.
type docPair struct{ old, new *budgetpdf.Document }

// diffSources loads the documents to compare, from files or the database.
func diffSources(f diffFlags, stderr io.Writer) ([]docPair, int) {
	if f.db == "" {
		return filePair(f.args[0], f.args[1], stderr)
	}
	db, err := store.Open(f.db, store.ReadOnly())
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf diff: %v\n", err)
		return nil, exitFailed
	}
	defer db.Close()
	pairs, err := dbPairs(db, f)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf diff: %v\n", err)
		return nil, exitFailed
	}
	if f.all && len(pairs) == 0 {
		fmt.Fprintf(stderr, "budgetpdf diff: no unit in %s is stored for two years to compare%s\n", f.db, yearsNote(f))
	}
	return pairs, exitOK
}

func yearsNote(f diffFlags) string {
	if f.from == 0 && f.to == 0 {
		return ""
	}
	return fmt.Sprintf(" (--from %d --to %d)", f.from, f.to)
}

// filePair loads OLD and NEW from files.
func filePair(oldPath, newPath string, stderr io.Writer) ([]docPair, int) {
	ctx, stop := interruptContext() // SIGINT, SIGTERM: the extraction child is killed, diff ends
	defer stop()
	var docs [2]*budgetpdf.Document
	for i, path := range []string{oldPath, newPath} {
		d, err := loadDocument(ctx, path)
		if err != nil {
			fmt.Fprintf(stderr, "budgetpdf diff: %v\n", err)
			return nil, exitCodeFor(err)
		}
		docs[i] = d
	}
	return []docPair{{docs[0], docs[1]}}, exitOK
}

// loadDocument reads a saved budgetpdf/v1 JSON document (a .json file), or
// extracts any other file with the extract command's pipeline.
func loadDocument(ctx context.Context, path string) (*budgetpdf.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, refuse(exitInterrupted, path, errors.New("interrupted"))
	}
	if !strings.EqualFold(filepath.Ext(path), ".json") {
		return extractFile(ctx, path)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, refuse(exitBadInput, path, err)
	}
	var d budgetpdf.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, refuse(exitBadInput, path, fmt.Errorf("not a budgetpdf/v1 document: %v", err))
	}
	if d.Schema != budgetpdf.Schema {
		return nil, refuse(exitBadInput, path, fmt.Errorf("schema %q, want %q", d.Schema, budgetpdf.Schema))
	}
	return &d, nil
}

// dbPairs reads the pairs --unit or --all asks for.
func dbPairs(db *store.DB, f diffFlags) ([]docPair, error) {
	if !f.all {
		p, err := dbPair(db, f.unit, f.from, f.to)
		return []docPair{p}, err
	}
	uys, err := db.UnitYears()
	if err != nil {
		return nil, err
	}
	var pairs []docPair
	for _, want := range yearPairs(uys, f.from, f.to) {
		p, err := dbPair(db, want.unit, want.from, want.to)
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

// dbPair reads one unit's documents of two years.
func dbPair(db *store.DB, unit string, from, to int) (docPair, error) {
	var docs [2]*budgetpdf.Document
	for i, year := range []int{from, to} {
		d, err := db.Document(unit, year)
		if errors.Is(err, store.ErrNotFound) {
			return docPair{}, fmt.Errorf("no stored document of %s for %d: %w", unit, year, err)
		}
		if err != nil {
			return docPair{}, err
		}
		docs[i] = d
	}
	return docPair{docs[0], docs[1]}, nil
}

// unitYears is one unit's pair of years to compare.
type unitYears struct {
	unit     string
	from, to int
}

// yearPairs picks from the stored (unit, year)s, ordered by unit then year,
// the units having both from and to; or, when from is 0, every unit's
// consecutive stored years.
func yearPairs(uys []store.UnitYear, from, to int) []unitYears {
	if from != 0 {
		return pairsAcross(uys, from, to)
	}
	var out []unitYears
	for i := 1; i < len(uys); i++ {
		if prev, cur := uys[i-1], uys[i]; prev.Unit == cur.Unit {
			out = append(out, unitYears{cur.Unit, prev.Year, cur.Year})
		}
	}
	return out
}

// pairsAcross lists the units stored for both years, not only adjacent ones.
func pairsAcross(uys []store.UnitYear, from, to int) []unitYears {
	has := map[string]map[int]bool{}
	var units []string
	for _, uy := range uys {
		if has[uy.Unit] == nil {
			has[uy.Unit] = map[int]bool{}
			units = append(units, uy.Unit)
		}
		has[uy.Unit][uy.Year] = true
	}
	var out []unitYears
	for _, u := range units {
		if has[u][from] && has[u][to] {
			out = append(out, unitYears{u, from, to})
		}
	}
	return out
}

// writeDiff compares each pair and writes the reports in the format
// asked; changed says whether any report has a change.
func writeDiff(w io.Writer, f diffFlags, pairs []docPair, opts diff.Options) (changed bool, err error) {
	reports := make([]diff.Report, len(pairs))
	for i, p := range pairs {
		reports[i] = diff.Compare(p.old, p.new, opts)
		changed = changed || len(reports[i].Changes) > 0
	}
	return changed, writeReports(w, f, pairs, reports)
}

func writeReports(w io.Writer, f diffFlags, pairs []docPair, reports []diff.Report) error {
	switch {
	case f.format == "csv":
		return diff.WriteCSV(w, reports...)
	case f.format == "html":
		return diff.WriteHTML(w, reports[0], pairs[0].old, pairs[0].new)
	case f.format == "json" && !f.all:
		return diff.WriteJSON(w, reports[0])
	case f.format == "json":
		return writeJSONArray(w, reports)
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := diff.WriteText(w, r); err != nil {
			return err
		}
	}
	return nil
}

// writeJSONArray writes the reports of --all as one JSON array.
func writeJSONArray(w io.Writer, reports []diff.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if reports == nil {
		reports = []diff.Report{}
	}
	if err := enc.Encode(reports); err != nil {
		return fmt.Errorf("writing diff JSON: %w", err)
	}
	return nil
}
