package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/budget"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/internal/textinput"
	"github.com/budgetpdf/budgetpdf/normalize"
)

// inputError is a file the pipeline refuses: exit code and reason.
type inputError struct {
	code int // exitBadInput or exitScanned
	path string
	err  error
}

func (e *inputError) Error() string { return e.path + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

func refuse(code int, path string, err error) error {
	return &inputError{code: code, path: path, err: err}
}

// extractFile gives the document of one file (a PDF, or the text a
// PDF-to-text tool made of one) the way the extract command does: read in a
// watchdog child with the default limits, so that a file that hangs or
// exhausts the PDF library fails with a reason. Diff uses it.
// Cancelling ctx (an interrupt) kills the child.
var extractFile = func(ctx context.Context, path string) (*budgetpdf.Document, error) {
	res := defaultWatchdog().run(ctx, path, []string{"--compact", "--", path})
	if res.code != exitOK {
		return nil, refuse(res.code, path, errors.New(stripPrefix(res.reason, path)))
	}
	return decodeChildOutput(res.stdout)
}

// extractWithPages also returns the extracted pages (nil for text input),
// for --layout.
func extractWithPages(path string, lim extract.Limits) (*budgetpdf.Document, []extract.Page, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, refuse(exitBadInput, path, errors.Unwrap(err))
	}
	if info.IsDir() {
		return nil, nil, refuse(exitBadInput, path, errors.New("is a directory, not a file"))
	}
	if lim.MaxFileBytes > 0 && info.Size() > lim.MaxFileBytes {
		return nil, nil, refuse(exitBadInput, path, fmt.Errorf("%w: %d MB, the limit is %d MB (--max-size)", extract.ErrTooLarge, info.Size()>>20, lim.MaxFileBytes>>20))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, refuse(exitBadInput, path, err)
	}
	sum := sha256.Sum256(data)
	src := budgetpdf.Source{File: filepath.Base(path), SHA256: hex.EncodeToString(sum[:])}
	if !looksLikePDF(data) {
		doc, err := textDocument(data, src)
		if err != nil {
			return nil, nil, refuse(exitBadInput, path, err)
		}
		budget.CheckNarrative(doc)
		return doc, nil, nil
	}
	d, err := extract.Open(data, lim)
	if err != nil {
		return nil, nil, refuse(exitBadInput, path, err)
	}
	pages := d.Pages()
	if !hasText(pages) {
		if !hasImages(pages) {
			return nil, pages, refuse(exitBadInput, path, fmt.Errorf("%w: no page holds text or images", extract.ErrDamaged))
		}
		return nil, pages, refuse(exitScanned, path, extract.ErrNoText)
	}
	src.Pages, src.Producer = d.NumPages, d.Info.Producer
	doc := normalize.Document(pages, src)
	budget.CheckNarrative(doc) // needs the sections' pages, which budget.Read is not given
	return doc, pages, nil
}

// textDocument reads a file that is no PDF as the text of one: decoded
// from UTF-8, UTF-16 or GB18030/GBK, and refused unless the normalizer
// finds a disclosure in it. The source keeps the file's own sha256.
func textDocument(data []byte, src budgetpdf.Source) (*budgetpdf.Document, error) {
	text, _, err := textinput.Decode(data)
	if err != nil || !normalize.IsText(text) {
		return nil, extract.ErrNotPDF
	}
	doc := normalize.Text(text, src)
	if why := textinput.NotDisclosure(doc); why != "" {
		return nil, errors.New(why)
	}
	return doc, nil
}

func looksLikePDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

func hasImages(pages []extract.Page) bool {
	for _, p := range pages {
		if len(p.Images) > 0 {
			return true
		}
	}
	return false
}

func hasText(pages []extract.Page) bool {
	for _, p := range pages {
		if len(p.Glyphs) > 0 {
			return true
		}
	}
	return false
}

// exitCodeFor maps a pipeline error to the documented exit codes.
func exitCodeFor(err error) int {
	var ie *inputError
	if errors.As(err, &ie) {
		return ie.code
	}
	return exitFailed
}
