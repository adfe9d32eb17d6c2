package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/termsafe"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() {
	register(command{
		name:    "import",
		summary: "extract files into a SQLite database (parallel, resumable)",
		run:     runImport,
	})
}

const importUsage = `Usage: budgetpdf import --db FILE [flags] PATH...

Extracts every PATH (a file, a directory searched recursively for .pdf and
.txt files, or a glob) and stores each document in the SQLite database FILE,
in one transaction per document. Files already imported (same sha256) are
skipped unless --force. A file that fails is recorded in the table
import_errors and the batch goes on; so is a folder that cannot be read and
a path that is not a regular file (a named pipe, a device: never read). The
exit code is 1 if any file failed. If the database fails (damaged, a table
dropped), import stops at once, names the cause and exits 1. Ctrl-C (or
SIGTERM) kills the extractions under way and stops after committing the
documents already extracted; running the same command again resumes.
Should import itself be killed, its extractions die with it.

Example:
  budgetpdf import --db budget.db disclosures/ 'extra/*.pdf'

Flags:
`

type importFlags struct {
	db        string
	force     bool
	jobs      int
	timeout   time.Duration
	maxMemory string
}

func parseImportFlags(args []string, stderr io.Writer) (*importFlags, []string, error) {
	f := &importFlags{}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, importUsage); fs.PrintDefaults() }
	fs.StringVar(&f.db, "db", "", "SQLite database `FILE` (created if missing)")
	fs.BoolVar(&f.force, "force", false, "re-import files that are already in the database")
	fs.IntVar(&f.jobs, "jobs", runtime.NumCPU(), "files extracted in parallel")
	fs.DurationVar(&f.timeout, "timeout", defaultTimeout, "deadline per file, plus 2s per MB")
	fs.StringVar(&f.maxMemory, "max-memory", defaultMaxMemory, "memory cap per extraction (K, M, G suffixes; 0 = none)")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if f.db == "" || fs.NArg() == 0 {
		fs.Usage()
		return nil, nil, errors.New("need --db FILE and at least one PATH")
	}
	return f, fs.Args(), nil
}

func runImport(args []string, stdout, stderr io.Writer) int {
	// From here on SIGINT and SIGTERM stop the import cleanly: the children
	// are killed, finished documents committed, nothing half-written.
	ctx, stop := interruptContext()
	defer stop()
	f, paths, err := parseImportFlags(args, stderr)
	if err != nil {
		return usageExit(err, stderr)
	}
	extractor, err := newChildExtractor(f)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf import: %v\n", err)
		return exitBadInput
	}
	inputs, err := store.Expand(paths)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf import: %v\n", err)
		return exitBadInput
	}
	db, err := store.Open(f.db)
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf import: %v\n", err)
		return exitFailed
	}
	pool := newWorkerPool(extractor, f.jobs)
	code := importFiles(ctx, db, pool.extract, f, inputs, stderr)
	pool.close()
	if err := db.Close(); err != nil { // the documents are committed: a warning
		fmt.Fprintf(stderr, "budgetpdf import: warning: %v\n", err)
	}
	return code
}

func newChildExtractor(f *importFlags) (childExtractor, error) {
	exe, err := os.Executable()
	if err != nil {
		return childExtractor{}, fmt.Errorf("find own binary: %w", err)
	}
	mem, err := parseSize(f.maxMemory)
	if err != nil {
		return childExtractor{}, fmt.Errorf("--max-memory: %w", err)
	}
	return childExtractor{exe: exe, timeout: f.timeout, perMB: defaultPerMB, maxMemory: mem}, nil
}

func importFiles(ctx context.Context, db *store.DB, ex store.Extractor, f *importFlags, in store.Inputs, stderr io.Writer) int {
	pl := newProgressLine(stderr)
	reported := 0
	im := &store.Importer{DB: db, Extract: ex, Workers: f.jobs, Force: f.force, Refused: in.Refused,
		Progress: func(p store.Progress) {
			for ; reported < len(p.Failures); reported++ {
				fl := p.Failures[reported]
				pl.println(termsafe.String(fmt.Sprintf("budgetpdf import: %s: %s", fl.File, fl.Reason)))
			}
			pl.update(p)
		}}
	start := time.Now()
	s, err := im.Run(ctx, in.Files)
	pl.done()
	total := len(in.Files) + len(in.Refused)
	switch {
	case err != nil && !errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, summaryLineWhy(s, total, time.Since(start), "stopped: the database failed"))
		fmt.Fprintf(stderr, "budgetpdf import: %v\n", err)
		return exitFailed
	}
	fmt.Fprintln(stderr, summaryLine(s, total, time.Since(start)))
	if err != nil || s.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// usageExit maps a flag-parsing error to an exit code: --help is fine.
func usageExit(err error, stderr io.Writer) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintf(stderr, "budgetpdf: %v\n", err)
	return exitBadInput
}
