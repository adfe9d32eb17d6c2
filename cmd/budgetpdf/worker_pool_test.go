package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/store"
)

// The pool gives every file the outcome and the reason a child of its own
// would (TestChildFailureReasons), and a file that kills its child costs
// that file only: the next one is read by a fresh child.
func TestWorkerPool_FailuresCostOneFile(t *testing.T) {
	useFakeExtract(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.pdf")
	raw, err := os.ReadFile(filepath.Join("..", "..", "store", "testdata", fixtureDocs[0]))
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, good, string(raw))
	tests := []struct {
		body   string
		code   int
		reason string
	}{
		{`{"expect_exit": 3}`, 3, "expected failure 3"},
		{"%PDF-1.4 truncated", 2, "truncated PDF"},
		{"plain words", 2, "not a PDF"},
		{"EATMEM", -1, "extractor crashed: "},
		{"HANG", -1, "deadline"},
	}
	p := newWorkerPool(childExtractor{exe: testExe(t), timeout: 3 * time.Second, maxMemory: 256 << 20}, 1)
	defer p.close()
	for i, tt := range tests {
		path := filepath.Join(dir, fmt.Sprintf("f%d.pdf", i))
		writeTestFile(t, path, tt.body)
		_, _, err := p.extract(t.Context(), path)
		var ee *store.ExtractError
		if !errors.As(err, &ee) || ee.ExitCode != tt.code || !contains(ee.Reason, tt.reason) {
			t.Errorf("%q: %v; want exit %d and a reason with %q", tt.body, err, tt.code, tt.reason)
		}
		if doc, out, err := p.extract(t.Context(), good); err != nil || doc == nil || !bytes.Equal(out, raw) {
			t.Errorf("after %q: the next file got %v", tt.body, err)
		}
	}
}

// One child reads many files: the pool starts no process per file.
func TestWorkerPool_ReusesChildren(t *testing.T) {
	useFakeExtract(t)
	dir := t.TempDir()
	writeDocs(t, dir, 6)
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	p := newWorkerPool(childExtractor{exe: testExe(t), timeout: time.Minute}, 1)
	defer p.close()
	pids := map[int]bool{}
	for _, f := range files {
		if _, _, err := p.extract(t.Context(), f); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for w := range p.all {
			pids[w.cmd.Process.Pid] = true
		}
	}
	if len(files) < 2 || len(pids) != 1 {
		t.Errorf("%d files read by %d children, want 1", len(files), len(pids))
	}
}

func TestWorkerPool_Interrupted(t *testing.T) {
	useFakeExtract(t)
	path := filepath.Join(t.TempDir(), "hang.pdf")
	writeTestFile(t, path, "HANG")
	ctx, cancel := contextWithTimeout(t, 300*time.Millisecond)
	defer cancel()
	p := newWorkerPool(childExtractor{exe: testExe(t), timeout: time.Minute}, 1)
	defer p.close()
	_, _, err := p.extract(ctx, path)
	var ee *store.ExtractError
	if err == nil || errors.As(err, &ee) {
		t.Errorf("interrupted extraction error = %v, want the context's error", err)
	}
}

func TestFrames(t *testing.T) {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	writeFrame(w, 0, []byte("{\"a\":1}\n"), nil)
	writeFrame(w, 2, nil, []byte("budgetpdf: x: not a PDF\n"))
	r := bufio.NewReader(&b)
	if code, out, msg, err := readFrame(r); err != nil || code != 0 || string(out) != "{\"a\":1}\n" || msg != "" {
		t.Errorf("frame 1: %d %q %q %v", code, out, msg, err)
	}
	if code, out, msg, err := readFrame(r); err != nil || code != 2 || len(out) != 0 || !strings.Contains(msg, "not a PDF") {
		t.Errorf("frame 2: %d %q %q %v", code, out, msg, err)
	}
	for _, bad := range []string{"", "hello\n", "budgetpdf-frame 0 -1 0\n", "budgetpdf-frame 0 5 0\nab"} {
		if _, _, _, err := readFrame(bufio.NewReader(strings.NewReader(bad))); err == nil {
			t.Errorf("readFrame(%q) accepted", bad)
		}
	}
}
