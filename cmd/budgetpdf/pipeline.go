package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/normalize"
)

// errUnreadable and errNoText classify failures for exit codes.
var (
	errUnreadable = errors.New("unreadable")
	errNoText     = errors.New("no text")
)

// extractFile runs the whole pipeline on one file: a PDF, or the text a
// PDF-to-text tool made of one. Diff and other commands use it too.
var extractFile = func(path string) (*budgetpdf.Document, error) {
	doc, _, err := extractWithPages(path)
	return doc, err
}

// extractWithPages also returns the extracted pages (nil for text input),
// for --layout.
func extractWithPages(path string) (*budgetpdf.Document, []extract.Page, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errUnreadable, err)
	}
	sum := sha256.Sum256(data)
	src := budgetpdf.Source{File: filepath.Base(path), SHA256: hex.EncodeToString(sum[:])}
	if !looksLikePDF(data) {
		if normalize.IsText(data) {
			return normalize.Text(data, src), nil, nil
		}
		return nil, nil, fmt.Errorf("%w: %s: %v", errUnreadable, path, extract.ErrNotPDF)
	}
	d, err := extract.Open(data, extract.DefaultLimits)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %v", errUnreadable, path, err)
	}
	pages := d.Pages()
	if !hasText(pages) {
		return nil, pages, fmt.Errorf("%w: %s: %v", errNoText, path, extract.ErrNoText)
	}
	src.Pages, src.Producer = d.NumPages, d.Info.Producer
	return normalize.Document(pages, src), pages, nil
}

func looksLikePDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
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
	switch {
	case errors.Is(err, errNoText):
		return exitScanned
	case errors.Is(err, errUnreadable):
		return exitBadInput
	}
	return exitFailed
}
