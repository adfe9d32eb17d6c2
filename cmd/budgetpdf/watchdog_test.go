package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWatchdog runs the fake extractor (see worker_fake_test.go) in the
// watchdog's child: a file that hangs is stopped at the deadline, one that
// eats memory at the cap, and an ordinary refusal passes its line on.
func TestWatchdog(t *testing.T) {
	t.Setenv("BUDGETPDF_TEST_FAKE_EXTRACT", "1")
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	doc := `{"schema":"budgetpdf/v1","source":{"file":"x.pdf"},"unit":{"code":"","name":"X"},"year":2024}`
	tests := []struct {
		name   string
		file   string
		code   int
		reason string
	}{
		{"a document passes through", write("ok.pdf", doc), exitOK, ""},
		{"a hang is stopped at the deadline", write("hang.pdf", "HANG"), exitBadInput, "time limit"},
		{"a memory hog is stopped at the cap", write("eat.pdf", "EATMEM"), exitBadInput, "memory limit"},
		{"a refusal keeps its reason", write("cut.pdf", "%PDF-1.7 cut"), exitBadInput, "truncated PDF"},
	}
	w := watchdog{timeout: 2 * time.Second, maxMemory: 256 << 20, command: []string{"extract-worker"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			res := w.run(context.Background(), tt.file, []string{"--", tt.file})
			if took := time.Since(start); took > 6*time.Second {
				t.Errorf("took %s, past the 2s deadline", took)
			}
			if res.code != tt.code || !strings.Contains(res.reason, tt.reason) {
				t.Errorf("code %d reason %q, want %d containing %q", res.code, res.reason, tt.code, tt.reason)
			}
			if strings.Contains(res.reason, "\n") || strings.Contains(res.reason, "goroutine") {
				t.Errorf("reason is not one clean line: %q", res.reason)
			}
			if tt.code == exitOK && !bytes.Contains(res.stdout, []byte(`"budgetpdf/v1"`)) {
				t.Errorf("stdout = %q", res.stdout)
			}
		})
	}
}

// TestExtractCommand runs the real extract command end to end (through its
// watchdog child) on a fixture and on refusals.
func TestExtractCommand(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", "pdf", "dev-002.pdf")
	notPDF := filepath.Join(t.TempDir(), "page.pdf")
	os.WriteFile(notPDF, []byte("<html>404</html>"), 0o644)
	tests := []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"extract", "--compact", good}, exitOK, `"code":"210012"`, ""},
		{[]string{"extract", "--in-process", good}, exitOK, `"丰寿县医疗保障局"`, ""},
		{[]string{"extract", notPDF}, exitBadInput, "", "not a PDF"},
		{[]string{"extract", "--max-size", "1K", good}, exitBadInput, "", "larger than the size limit"},
		{[]string{"extract", filepath.Join(t.TempDir(), "missing.pdf")}, exitBadInput, "", "no such file"},
		{[]string{"extract"}, exitBadInput, "", "missing FILE"},
		{[]string{"extract", good, "--compact"}, exitOK, `"code":"210012"`, ""}, // a flag after the file
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(tt.args, &out, &errb)
		if code != tt.code || !strings.Contains(out.String(), tt.stdout) || !strings.Contains(errb.String(), tt.stderr) {
			t.Errorf("%q: exit %d stdout %.80q stderr %q", tt.args, code, out.String(), errb.String())
		}
		if code != exitOK && out.Len() > 0 {
			t.Errorf("%q: a failure printed on stdout", tt.args)
		}
	}
}
