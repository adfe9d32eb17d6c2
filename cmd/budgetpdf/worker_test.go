package main

import (
	"errors"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/store"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true}, {"1024", 1024, true}, {"64k", 64 << 10, true}, {"512M", 512 << 20, true},
		{"1G", 1 << 30, true}, {"1GiB", 1 << 30, true}, {"2gb", 2 << 30, true}, {" 3M ", 3 << 20, true},
		{"", 0, false}, {"G", 0, false}, {"-1", 0, false}, {"1T", 0, false}, {"1.5G", 0, false},
		{"99999999999G", 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"1G", "512M", "0", "64KiB", "-3", "9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseSize(s)
		if err == nil && n < 0 {
			t.Errorf("parseSize(%q) = %d", s, n)
		}
	})
}

func TestDecodeChildOutput(t *testing.T) {
	tests := []struct {
		name, out string
		ok        bool
	}{
		{"document", `{"schema":"budgetpdf/v1","year":2024}`, true},
		{"document and newline", "{\"schema\":\"budgetpdf/v1\"}\n", true},
		{"empty", "", false},
		{"other schema", `{"schema":"budgetpdf/v2"}`, false},
		{"two documents", `{"schema":"budgetpdf/v1"}{"schema":"budgetpdf/v1"}`, false},
		{"truncated", `{"schema":"budgetpdf/v1","projects":[`, false},
		{"wrong types", `{"schema":"budgetpdf/v1","year":"2024"}`, false},
	}
	for _, tt := range tests {
		d, err := decodeChildOutput([]byte(tt.out))
		if (err == nil) != tt.ok || (tt.ok && d == nil) {
			t.Errorf("%s: %v, %v", tt.name, d, err)
		}
	}
}

func FuzzDecodeChildOutput(f *testing.F) {
	f.Add([]byte(`{"schema":"budgetpdf/v1","projects":[{"name":"x","indicators":[{"value":1}]}]}`))
	f.Add([]byte(`{"schema":"budgetpdf/v1"} trailing`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeChildOutput(b)
		if err == nil && (d == nil || d.Schema != "budgetpdf/v1") {
			t.Errorf("accepted %q as %+v", b, d)
		}
	})
}

func TestChildFailureReasons(t *testing.T) {
	useFakeExtract(t)
	exe := testExe(t)
	dir := t.TempDir()
	// Only HANG meets its deadline; the others get one long enough that a
	// loaded machine cannot turn a memory-cap failure into a timeout.
	tests := []struct {
		body    string
		code    int
		reason  string
		timeout time.Duration
	}{
		{`{"expect_exit": 3}`, 3, "expected failure 3", time.Minute},
		{"%PDF-1.4 truncated", 2, "truncated PDF", time.Minute},
		{"plain words", 2, "not a PDF", time.Minute},
		{"EATMEM", -1, "extractor crashed: ", time.Minute},
		{"HANG", -1, "deadline", time.Second},
	}
	for _, tt := range tests {
		c := childExtractor{exe: exe, timeout: tt.timeout, maxMemory: 256 << 20}
		path := dir + "/f.pdf"
		writeTestFile(t, path, tt.body)
		_, _, err := c.extract(t.Context(), path)
		var ee *store.ExtractError
		if !errors.As(err, &ee) || ee.ExitCode != tt.code || !contains(ee.Reason, tt.reason) {
			t.Errorf("%q: %v; want exit %d and a reason with %q", tt.body, err, tt.code, tt.reason)
		}
	}
}

func TestChildExtract_InterruptIsNotAFailure(t *testing.T) {
	useFakeExtract(t)
	path := t.TempDir() + "/hang.pdf"
	writeTestFile(t, path, "HANG")
	ctx, cancel := contextWithTimeout(t, 300*time.Millisecond)
	defer cancel()
	c := childExtractor{exe: testExe(t), timeout: time.Minute}
	_, _, err := c.extract(ctx, path)
	var ee *store.ExtractError
	if err == nil || errors.As(err, &ee) {
		t.Errorf("interrupted extraction error = %v, want the context's error", err)
	}
}

func TestDeadlineGrowsWithSize(t *testing.T) {
	c := childExtractor{timeout: 30 * time.Second, perMB: 2 * time.Second}
	tests := []struct {
		size int64
		want time.Duration
	}{
		{0, 30 * time.Second}, {1<<20 - 1, 30 * time.Second}, {5 << 20, 40 * time.Second},
	}
	for _, tt := range tests {
		if got := c.deadline(tt.size); got != tt.want {
			t.Errorf("deadline(%d) = %s, want %s", tt.size, got, tt.want)
		}
	}
}
