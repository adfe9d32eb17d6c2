package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf/internal/termsafe"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newImportCmd) }

type importFlags struct {
	db        string
	force     bool
	quiet     bool
	jobs      int
	timeout   time.Duration
	maxMemory string
}

func newImportCmd(a *app) *cobra.Command {
	f := &importFlags{}
	c := &cobra.Command{
		Use:   "import --db FILE [flags] PATH...",
		Short: "extract files into a SQLite database (parallel, resumable)",
		Long: `Extracts every PATH (a file, a directory searched recursively for .pdf and
.txt files, or a glob) and stores each document in the SQLite database FILE,
in one transaction per document. Files already imported (same sha256) are
skipped unless --force. A file that fails is recorded in the table
import_errors and the batch goes on; so is a folder that cannot be read, a
path that is not a regular file (a named pipe, a device: never read) and a
text file that is not a budget disclosure (a stray README.txt). The exit
code is 1 if any file failed. If the database fails (damaged, a table
dropped), import stops at once, names the cause and exits 1. Ctrl-C (or
SIGTERM) kills the extractions under way and stops after committing the
documents already extracted, with exit 130; running the same command again
resumes. Should import itself be killed, its extractions die with it.

Progress goes to stderr: on a terminal one status line fitted to its width
(count, rate, ETA, files failed so far, the file just done); otherwise
(nohup, CI, a log file) a plain line every 15 seconds. --quiet prints only
the failures.`,
		Example: `  budgetpdf import --db budget.db disclosures/ 'extra/*.pdf'
  nohup budgetpdf import --db budget.db --jobs 2 archive/ 2> import.log &`,
		Args: minArgs(1, "PATH (a file, a folder or a glob to import)"),
		RunE: func(_ *cobra.Command, paths []string) error {
			if err := requireDB(f.db); err != nil {
				return err
			}
			return exitWith(runImport(f, paths, a.stderr))
		},
	}
	fs := c.Flags()
	fs.StringVar(&f.db, "db", "", "the database `DB`: a SQLite file (created if missing), or postgres://…")
	fs.BoolVar(&f.force, "force", false, "re-import files that are already in the database")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress and no summary: only the files that failed")
	fs.IntVar(&f.jobs, "jobs", runtime.NumCPU(), "files extracted in parallel")
	fs.DurationVar(&f.timeout, "timeout", defaultTimeout, "deadline per file, plus 2s per MB")
	fs.StringVar(&f.maxMemory, "max-memory", defaultMaxMemory, "memory cap per extraction (K, M, G suffixes; 0 = none)")
	return c
}

func runImport(f *importFlags, paths []string, stderr io.Writer) int {
	// From here on SIGINT and SIGTERM stop the import cleanly: the children
	// are killed, finished documents committed, nothing half-written.
	ctx, stop := interruptContext()
	defer stop()
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
	pl := newProgress(stderr, f.quiet)
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
	case err != nil: // interrupted: said even under --quiet
		fmt.Fprintln(stderr, summaryLine(s, total, time.Since(start)))
		return exitInterrupted
	}
	if !f.quiet {
		fmt.Fprintln(stderr, summaryLine(s, total, time.Since(start)))
	}
	if s.Failed > 0 {
		return exitFailed
	}
	return exitOK
}
