package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

// childExtractor runs `EXE extract-worker FILE` for each file: one child
// process per document, with a deadline and a memory cap, so that a PDF that
// hangs the PDF library or exhausts memory costs that file and nothing else.
type childExtractor struct {
	exe       string        // the budgetpdf binary
	timeout   time.Duration // base deadline per file
	perMB     time.Duration // added per MB of input
	maxMemory int64         // bytes; 0 = no cap
}

// deadline is the time a file of size bytes gets.
func (c childExtractor) deadline(size int64) time.Duration {
	return c.timeout + time.Duration(size>>20)*c.perMB
}

// extract implements store.Extractor.
func (c childExtractor) extract(ctx context.Context, path string) (*budgetpdf.Document, []byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, &store.ExtractError{ExitCode: -1, Reason: err.Error()}
	}
	limit := c.deadline(info.Size())
	cctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := c.command(cctx, path)
	var stdout bytes.Buffer
	stderr := &headWriter{max: 4096}
	cmd.Stdout, cmd.Stderr = &stdout, stderr
	runErr := runChild(cmd)
	switch {
	case ctx.Err() != nil: // interrupted: abandoned, not the file's fault
		return nil, nil, ctx.Err()
	case errors.Is(cctx.Err(), context.DeadlineExceeded):
		return nil, nil, &store.ExtractError{ExitCode: -1,
			Reason: fmt.Sprintf("no result within the %s deadline: extraction killed", limit)}
	case runErr != nil:
		return nil, nil, childFailure(runErr, stripPrefix(stderr.String(), path))
	}
	doc, err := decodeChildOutput(stdout.Bytes())
	if err != nil {
		return nil, nil, &store.ExtractError{ExitCode: -1, Reason: err.Error()}
	}
	return doc, stdout.Bytes(), nil
}

func (c childExtractor) command(ctx context.Context, path string) *exec.Cmd {
	return childCommand(ctx, c.exe, c.maxMemory, "extract-worker", "--", path)
}

// stripPrefix removes what the extract command puts before its reason
// ("budgetpdf: FILE: "): the importer records the file separately.
func stripPrefix(stderr, path string) string {
	s := strings.TrimPrefix(strings.TrimSpace(stderr), "budgetpdf: ")
	return strings.TrimPrefix(s, path+": ")
}

// childFailure turns a failed child into the reason recorded for its file.
func childFailure(err error, stderr string) error {
	line := firstLine(stderr)
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return &store.ExtractError{ExitCode: -1, Reason: "run extractor: " + err.Error()}
	}
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		reason := "extractor killed by " + ws.Signal().String()
		if line != "" {
			reason += ": " + line
		}
		return &store.ExtractError{ExitCode: -1, Reason: reason}
	}
	if crashed(stderr) {
		return &store.ExtractError{ExitCode: -1, Reason: "extractor crashed: " + line}
	}
	if line == "" {
		line = fmt.Sprintf("extractor exited with status %d", exit.ExitCode())
	}
	return &store.ExtractError{ExitCode: exit.ExitCode(), Reason: line}
}

// crashed reports whether stderr holds a Go runtime crash report (an
// unrecovered panic, "fatal error: out of memory" …). Such a process exits
// with status 2 too, which must not be read as "unreadable file".
func crashed(stderr string) bool {
	for _, mark := range []string{"\ngoroutine ", "runtime stack:", "fatal error: "} {
		if strings.Contains(stderr, mark) {
			return true
		}
	}
	return strings.HasPrefix(stderr, "panic: ")
}

// decodeChildOutput parses what extract printed: one budgetpdf/v1 document.
func decodeChildOutput(b []byte) (*budgetpdf.Document, error) {
	var d budgetpdf.Document
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("extractor printed no document: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("extractor printed more than one document")
	}
	if d.Schema != budgetpdf.Schema {
		return nil, fmt.Errorf("extractor printed schema %q, want %q", d.Schema, budgetpdf.Schema)
	}
	return &d, nil
}

// firstLine is the first non-blank line of s, trimmed.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// headWriter keeps the first max bytes written to it and drops the rest.
type headWriter struct {
	buf bytes.Buffer
	max int
}

func (h *headWriter) Write(p []byte) (int, error) {
	if room := h.max - h.buf.Len(); room > 0 {
		h.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}

func (h *headWriter) String() string { return h.buf.String() }
