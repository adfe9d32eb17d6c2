package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/diff"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newDiffCmd) }

func newDiffCmd(a *app) *cobra.Command {
	var f diffFlags
	c := &cobra.Command{
		Use:   "diff [flags] OLD NEW\n  budgetpdf diff --db FILE --unit NAME --from YEAR --to YEAR [--kind K] [flags]\n  budgetpdf diff --db FILE --all [--from YEAR --to YEAR] [--kind K] [flags]",
		Short: "compare two years of a unit: what was promised, what changed",
		Long: `Compares two budget disclosures, usually one unit in two years: projects
and indicators added, removed or renamed (matched by code, name, or name
similarity — codes and names drift between years), budgets, spending plans
and goals changed, targets made stricter or looser.

OLD and NEW are PDFs (or texts) to extract, or budgetpdf/v1 JSON documents
saved from 'budgetpdf extract' (files ending in .json). With --db the
documents come from a database filled by 'budgetpdf import', which is only
read. Documents are paired by unit, kind and year: a 部门预算 is compared with
a 部门预算, never with the 单位预算 or the 决算 of the same unit. When a unit is
stored as several kinds for both years, --unit refuses to guess and lists
them: --kind picks one (--kind none: the documents whose title prints no
kind). --all compares every unit and kind stored for both --from and --to
years, or, without them, every unit's consecutive stored years of one kind.

Budget tables typed on both sides (收支总表, 一般公共预算支出表 …, paired by
kind) are compared line by line: a line is matched by its 科目编码, else by
its name where a side prints no code, and reported added, removed, renamed
or with an amount changed (per column, in the coarser money unit when the
two tables print different ones).

Every report says what it compared: the projects, indicators and department
table on each side, the budget totals of the 收支总表, the budget tables and
lines typed, and a note when a side prints no target table (then its
projects cannot be compared, and "0 changes" does not mean "equal") or a
budget table the other lacks.

Exit status: 0 on success, 1 on failure, 2 on bad usage or input. With
--exit-code, like diff(1): 0 when compared and equal, 1 when there are
changes, 2 on trouble — including a pair where neither document prints a
target table and no budget table is typed on both, so nothing could be
compared.

Formats: text (default, grouped by project), json (budgetpdf-diff/v1; with
--all a JSON array of such objects), csv (one row per change), html (one
self-contained page with both years side by side; one pair only).`,
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
			if f.kind == "none" {
				f.kind, f.noKind = "", true
			}
			return exitWith(runDiff(f, a.stdout, a.stderr))
		},
	}
	fs := c.Flags()
	fs.StringVar(&f.format, "format", "text", "text, json, csv or html")
	fs.StringVar(&f.db, "db", "", "read the documents from the database `DB` (a SQLite file, or postgres://…; read-only)")
	fs.StringVar(&f.unit, "unit", "", "with --db: the unit's `NAME` (or code)")
	fs.IntVar(&f.from, "from", 0, "with --db: the old `YEAR`")
	fs.IntVar(&f.to, "to", 0, "with --db: the new `YEAR`")
	fs.BoolVar(&f.all, "all", false, "with --db: every unit stored for both years")
	fs.StringVar(&f.kind, "kind", "", "with --db: only documents of this `KIND` (部门预算, 单位预算, 部门决算, 单位决算; none: not printed)")
	fs.BoolVar(&f.exitCode, "exit-code", false, "exit 1 when there are changes, 0 when none, 2 on trouble (like diff(1))")
	fs.Float64Var(&f.threshold, "threshold", diff.DefaultThreshold, "least name similarity (0–1) for a rename")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json", "csv", "html"}, cobra.ShellCompDirectiveNoFileComp))
	c.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions([]string{"部门预算", "单位预算", "部门决算", "单位决算", "none"}, cobra.ShellCompDirectiveNoFileComp))
	return c
}

// diffFlags are the parsed flags of the diff command.
type diffFlags struct {
	format, db, unit, kind string
	from, to               int
	all, exitCode, noKind  bool // noKind: --kind none
	threshold              float64
	args                   []string
}

func runDiff(f diffFlags, stdout, stderr io.Writer) int {
	opts := diff.Options{Threshold: f.threshold}
	pairs, code := diffSources(f, stderr)
	if code != exitOK {
		return f.status(code)
	}
	reports, err := writeDiff(stdout, f, pairs, opts)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf diff: %v\n", err)
		return f.status(exitFailed)
	}
	if !f.exitCode {
		return exitOK
	}
	if len(reports) == 0 {
		return exitBadInput // --all found nothing to compare (it said so)
	}
	return diffStatus(reports, stderr)
}

// status is the exit code for a failure: 2 under --exit-code (diff(1)'s
// trouble, exitBadInput's number), else code.
func (f diffFlags) status(code int) int {
	if f.exitCode {
		return exitBadInput
	}
	return code
}

// diffStatus is the --exit-code status of the reports: 2 when a pair
// could not be compared at all (neither side prints a target table, and
// no budget table of one kind is printed on both), else 1 when any has
// changes, else 0.
func diffStatus(reports []diff.Report, stderr io.Writer) int {
	code := exitOK
	for _, r := range reports {
		switch {
		case r.NothingCompared():
			fmt.Fprintf(stderr, "budgetpdf diff: %s %d and %d: nothing compared (no target tables printed, no budget table of one kind on both sides)\n", r.New.Unit, r.Old.Year, r.New.Year)
			return exitBadInput
		case r.Changed():
			code = 1
		}
	}
	return code
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
	case f.db == "" && (f.unit != "" || f.all || f.from != 0 || f.to != 0 || f.kind != ""):
		return "--unit, --all, --from, --to and --kind need --db"
	case f.kind != "" && !strings.Contains(" 部门预算 单位预算 部门决算 单位决算 none ", " "+f.kind+" "):
		return fmt.Sprintf("unknown kind %q: 部门预算, 单位预算, 部门决算, 单位决算 or none", f.kind)
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
	if amb := (*ambiguousError)(nil); errors.As(err, &amb) {
		fmt.Fprintf(stderr, "budgetpdf diff: %v\n", amb)
		return nil, exitBadInput
	}
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

// ambiguousError is a --unit comparison that needs --kind: bad usage, not
// a failure.
type ambiguousError struct{ msg string }

func (e *ambiguousError) Error() string { return e.msg }

// dbPairs reads the pairs --unit or --all asks for.
func dbPairs(db *store.DB, f diffFlags) ([]docPair, error) {
	if !f.all {
		kind, err := pickKind(db, f)
		if err != nil {
			return nil, err
		}
		p, err := dbPair(db, f.unit, kind, f.from, f.to)
		return []docPair{p}, err
	}
	uys, err := db.UnitKindYears()
	if err != nil {
		return nil, err
	}
	var pairs []docPair
	for _, want := range yearPairs(uys, f.from, f.to) {
		if (f.kind != "" || f.noKind) && want.kind != f.kind {
			continue
		}
		p, err := dbPair(db, want.unit, want.kind, want.from, want.to)
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

// pickKind is the kind --unit compares: --kind, else the one kind stored
// for both years. Several such kinds are ambiguous, none is an error:
// documents of different kinds are never paired.
func pickKind(db *store.DB, f diffFlags) (string, error) {
	var stored [2][]store.Stored
	for i, year := range []int{f.from, f.to} {
		s, err := db.Kinds(f.unit, year)
		if err != nil {
			return "", err
		}
		if len(s) == 0 {
			return "", fmt.Errorf("no stored document of %s for %d: %w", f.unit, year, store.ErrNotFound)
		}
		stored[i] = s
	}
	if f.kind != "" || f.noKind {
		for i, year := range []int{f.from, f.to} {
			if !slices.ContainsFunc(stored[i], func(s store.Stored) bool { return s.Kind == f.kind }) {
				return "", fmt.Errorf("no stored %s of %s for %d; stored:\n%s%w", kindLabel(f.kind), f.unit, year,
					candidates(stored[0], stored[1], nil), store.ErrNotFound)
			}
		}
		return f.kind, nil
	}
	var common []string
	for _, a := range stored[0] {
		for _, b := range stored[1] {
			if a.Kind == b.Kind {
				common = append(common, a.Kind)
			}
		}
	}
	switch len(common) {
	case 1:
		return common[0], nil
	case 0:
		return "", fmt.Errorf("%s: no kind of document is stored for %s, and documents of different kinds are not compared; stored:\n%s",
			f.unit, bothYears(f.from, f.to), strings.TrimSuffix(candidates(stored[0], stored[1], nil), "\n"))
	}
	return "", &ambiguousError{fmt.Sprintf("%s is stored as %d kinds of document for %s: which to compare is not guessed; give --kind:\n%s",
		f.unit, len(common), bothYears(f.from, f.to), strings.TrimSuffix(candidates(stored[0], stored[1], common), "\n"))}
}

func bothYears(from, to int) string {
	if from == to {
		return strconv.Itoa(from)
	}
	return fmt.Sprintf("both %d and %d", from, to)
}

// candidates lists stored documents for a message, one a line; with
// kinds, only those.
func candidates(a, b []store.Stored, kinds []string) string {
	var out strings.Builder
	seen := map[store.Stored]bool{}
	for _, s := range append(append([]store.Stored{}, a...), b...) {
		if seen[s] || kinds != nil && !slices.Contains(kinds, s.Kind) {
			continue
		}
		seen[s] = true
		k := s.Kind
		if k == "" {
			k = "none (no kind printed)"
		}
		fmt.Fprintf(&out, "  --kind %s: %d %s (%s)\n", k, s.Year, s.Unit, s.File)
	}
	return out.String()
}

// dbPair reads one unit's documents of one kind and two years.
func dbPair(db *store.DB, unit, kind string, from, to int) (docPair, error) {
	var docs [2]*budgetpdf.Document
	for i, year := range []int{from, to} {
		d, err := db.DocumentOfKind(unit, year, kind)
		if errors.Is(err, store.ErrNotFound) {
			return docPair{}, fmt.Errorf("no stored %s of %s for %d: %w", kindLabel(kind), unit, year, err)
		}
		if err != nil {
			return docPair{}, err
		}
		docs[i] = d
	}
	return docPair{docs[0], docs[1]}, nil
}

func kindLabel(kind string) string {
	if kind == "" {
		return "document without a printed kind"
	}
	return kind
}

// unitYears is one unit's pair of years of one kind to compare.
type unitYears struct {
	unit, kind string
	from, to   int
}

// yearPairs picks from the stored (unit, kind, year)s, ordered by unit,
// kind then year, the units and kinds having both from and to; or, when
// from is 0, every unit's consecutive stored years of one kind. Different
// kinds are never paired.
func yearPairs(uys []store.UnitKindYear, from, to int) []unitYears {
	if from != 0 {
		return pairsAcross(uys, from, to)
	}
	var out []unitYears
	for i := 1; i < len(uys); i++ {
		if prev, cur := uys[i-1], uys[i]; prev.Unit == cur.Unit && prev.Kind == cur.Kind {
			out = append(out, unitYears{cur.Unit, cur.Kind, prev.Year, cur.Year})
		}
	}
	return out
}

// pairsAcross lists the units and kinds stored for both years, not only
// adjacent ones.
func pairsAcross(uys []store.UnitKindYear, from, to int) []unitYears {
	type unitKind struct{ unit, kind string }
	has := map[unitKind]map[int]bool{}
	var keys []unitKind
	for _, uy := range uys {
		k := unitKind{uy.Unit, uy.Kind}
		if has[k] == nil {
			has[k] = map[int]bool{}
			keys = append(keys, k)
		}
		has[k][uy.Year] = true
	}
	var out []unitYears
	for _, k := range keys {
		if has[k][from] && has[k][to] {
			out = append(out, unitYears{k.unit, k.kind, from, to})
		}
	}
	return out
}

// writeDiff compares each pair and writes the reports in the format asked.
func writeDiff(w io.Writer, f diffFlags, pairs []docPair, opts diff.Options) ([]diff.Report, error) {
	reports := make([]diff.Report, len(pairs))
	for i, p := range pairs {
		reports[i] = diff.Compare(p.old, p.new, opts)
	}
	switch {
	case f.format == "csv":
		return reports, diff.WriteCSV(w, reports...)
	case f.format == "html":
		return reports, diff.WriteHTML(w, reports[0], pairs[0].old, pairs[0].new)
	case f.format == "json" && !f.all:
		return reports, diff.WriteJSON(w, reports[0])
	case f.format == "json":
		return reports, writeJSONArray(w, reports)
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := diff.WriteText(w, r); err != nil {
			return reports, err
		}
	}
	return reports, nil
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
