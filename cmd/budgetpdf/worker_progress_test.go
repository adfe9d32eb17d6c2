package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/store"
)

func TestProgressText(t *testing.T) {
	start := time.Now()
	tests := []struct {
		p       store.Progress
		elapsed time.Duration
		want    string
	}{
		{store.Progress{Done: 10, Total: 40, Current: "/a/b/x.pdf", Summary: store.Summary{Failed: 1}}, 5 * time.Second,
			"[10/40] 2.0 docs/s  ETA 15s  1 failed  x.pdf"},
		{store.Progress{Done: 0, Total: 3}, 0, "[0/3] 0.0 docs/s  ETA ?  0 failed  ."},
		{store.Progress{Done: 1, Total: 1, Current: "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十.pdf"}, time.Second,
			"[1/1] 1.0 docs/s  ETA 0s  0 failed  …六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十.pdf"},
	}
	for _, tt := range tests {
		tt.p.Started = start
		if got := progressText(tt.p, tt.elapsed); got != tt.want {
			t.Errorf("progressText = %q\nwant          %q", got, tt.want)
		}
	}
}

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		s    store.Summary
		want string
	}{
		{store.Summary{Imported: 3, Failed: 1}, "4 files: 3 imported, 0 replaced, 0 already there, 1 failed in 2s (2.0 files/s)"},
		{store.Summary{Imported: 1, Abandoned: 3}, "4 files: 1 imported, 0 replaced, 0 already there, 0 failed, 3 not done (interrupted; run again to resume) in 2s (0.5 files/s)"},
	}
	for _, tt := range tests {
		if got := summaryLine(tt.s, 4, 2*time.Second); got != tt.want {
			t.Errorf("summaryLine = %q\nwant          %q", got, tt.want)
		}
	}
}

func TestProgressLine_QuietWhenNotATerminal(t *testing.T) {
	var b bytes.Buffer
	pl := newProgressLine(&b)
	pl.update(store.Progress{Done: 1, Total: 2, Started: time.Now()})
	pl.done()
	if b.Len() != 0 {
		t.Errorf("progress written to a non-terminal: %q", b.String())
	}
	pl.println("a failure")
	if b.String() != "a failure\n" {
		t.Errorf("println wrote %q", b.String())
	}
}
