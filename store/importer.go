package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/budgetpdf/budgetpdf"
)

// Extractor turns one file into a document. raw, when not nil, is the
// document as the extractor printed it and is stored verbatim. An error
// that wraps *ExtractError carries the extractor's exit code and reason.
// Extractors are called from several goroutines at once.
type Extractor func(ctx context.Context, path string) (doc *budgetpdf.Document, raw []byte, err error)

// ExtractError is a file the extractor could not turn into a document.
type ExtractError struct {
	ExitCode int    // 2 unreadable, 3 scanned, …; -1 when the extractor did not exit by itself
	Reason   string // one line
}

func (e *ExtractError) Error() string { return e.Reason }

// Importer imports many files: Workers extract in parallel, one writer
// commits each document in its own transaction.
type Importer struct {
	DB       *DB
	Extract  Extractor
	Workers  int            // parallel extractions; 0 = one per CPU
	Force    bool           // re-import documents whose sha256 is already stored
	Progress func(Progress) // called after each file, from the writer goroutine; may be nil
	// Refused are inputs found but not to be read (Expand's Refused: an
	// unreadable folder, a named pipe): recorded and counted as failed.
	Refused []Failure
}

// Progress is the state of a running import.
type Progress struct {
	Done, Total int
	Current     string // the file just finished
	Started     time.Time
	Summary
}

// Summary counts what an import did.
type Summary struct {
	Imported  int       // new documents
	Replaced  int       // documents re-imported with Force
	Skipped   int       // already stored (same sha256)
	Failed    int       // recorded in import_errors
	Abandoned int       // interrupted before they finished; not recorded
	Failures  []Failure // the Failed files, in the order they finished
}

// outcome is what a worker hands the writer for one file.
type outcome struct {
	path  string
	sha   string
	doc   *budgetpdf.Document
	raw   []byte
	toks  map[string]string
	skip  bool
	err   error
	final bool  // err is about the file (record it), not about the interruption
	db    error // the database failed: the import stops
}

// Run imports paths. It returns when every file is done or, after ctx is
// cancelled, when the in-flight extractions are abandoned; documents that
// finished extracting are still committed. The error is about the database
// (a failed file is counted in the Summary, not returned), and the import
// stops at the first one; ctx.Err() when interrupted.
func (im *Importer) Run(ctx context.Context, paths []string) (Summary, error) {
	workers := im.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	wctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	jobs := make(chan string)
	results := make(chan outcome, workers)
	go feed(wctx, paths, jobs)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for p := range jobs {
				results <- im.extractOne(wctx, p)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()
	return im.write(ctx, stop, len(paths), results)
}

func feed(ctx context.Context, paths []string, jobs chan<- string) {
	defer close(jobs)
	for _, p := range paths {
		select {
		case jobs <- p:
		case <-ctx.Done():
			return
		}
	}
}

func (im *Importer) extractOne(ctx context.Context, path string) outcome {
	o := outcome{path: path}
	sha, err := hashFile(path)
	if err != nil {
		o.err, o.final = &ExtractError{ExitCode: 2, Reason: err.Error()}, true
		return o
	}
	o.sha = sha
	if !im.Force {
		has, err := im.DB.Has(ctx, sha)
		if err != nil {
			if ctx.Err() == nil {
				o.db = err
			} else {
				o.err = err // interrupted
			}
			return o
		}
		if has {
			o.skip = true
			return o
		}
	}
	o.doc, o.raw, o.err = im.Extract(ctx, path)
	if o.err == nil {
		o.err = checkDocument(o.doc)
	}
	if o.err == nil {
		o.toks = im.DB.pretokenize(o.doc)
	}
	o.final = ctx.Err() == nil
	return o
}

func checkDocument(d *budgetpdf.Document) error {
	switch {
	case d == nil:
		return &ExtractError{ExitCode: -1, Reason: "extractor returned no document"}
	case d.Schema != budgetpdf.Schema:
		return &ExtractError{ExitCode: -1, Reason: fmt.Sprintf("unexpected schema %q, want %q", d.Schema, budgetpdf.Schema)}
	}
	return nil
}

// write is the single writer: it records the refused inputs, then commits
// each finished document and records each failed file, whatever the state
// of ctx. When the database fails it stops the workers (stop) and returns
// that error once they are done.
func (im *Importer) write(ctx context.Context, stop context.CancelCauseFunc, total int, results <-chan outcome) (Summary, error) {
	p := Progress{Total: total + len(im.Refused), Started: time.Now()}
	wctx := context.WithoutCancel(ctx)
	var dbErr error
	fail := func(err error) {
		if err != nil && dbErr == nil {
			dbErr = fmt.Errorf("database %s: %w", im.DB.Path(), err)
			stop(dbErr)
		}
	}
	for _, f := range im.Refused {
		if dbErr == nil {
			fail(im.DB.RecordFailure(wctx, f))
		}
		p.Failed++
		p.Failures = append(p.Failures, f)
		p.Done++
		p.Current = f.File
		if im.Progress != nil {
			im.Progress(p)
		}
	}
	for o := range results {
		switch {
		case o.db != nil:
			fail(o.db)
			p.Abandoned++
		case dbErr == nil:
			fail(im.writeOne(wctx, o, &p.Summary))
		default: // the database failed: nothing more is written
			p.Abandoned++
		}
		p.Done++
		p.Current = o.path
		if im.Progress != nil {
			im.Progress(p)
		}
	}
	p.Abandoned += p.Total - p.Done
	if dbErr != nil {
		return p.Summary, dbErr
	}
	return p.Summary, ctx.Err()
}

func (im *Importer) writeOne(ctx context.Context, o outcome, s *Summary) error {
	switch {
	case o.skip:
		s.Skipped++
	case o.err != nil && !o.final:
		s.Abandoned++
	case o.err != nil:
		f := failureOf(o)
		s.Failed++
		s.Failures = append(s.Failures, f)
		return im.DB.RecordFailure(ctx, f)
	default:
		out, err := im.DB.Put(ctx, Entry{File: o.path, SHA256: o.sha, Doc: o.doc, JSON: o.raw, tokens: o.toks}, im.Force)
		if err != nil {
			return err
		}
		switch out {
		case Inserted:
			s.Imported++
		case Replaced:
			s.Replaced++
		case Unchanged:
			s.Skipped++
		}
	}
	return nil
}

func failureOf(o outcome) Failure {
	f := Failure{File: o.path, SHA256: o.sha, ExitCode: -1, Reason: o.err.Error()}
	var ee *ExtractError
	if errors.As(o.err, &ee) {
		f.ExitCode = ee.ExitCode
	}
	return f
}
