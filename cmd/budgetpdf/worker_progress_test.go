package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

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

// TestProgress_PlainLinesWhenNotATerminal: on a writer that is no
// terminal (a log under nohup or CI) the progress is a plain line at each
// interval, without control characters, and failures are lines of their
// own; done stops the lines.
func TestProgress_PlainLinesWhenNotATerminal(t *testing.T) {
	var b syncBuffer
	p := newPlainProgress(&b, 20*time.Millisecond)
	p.update(store.Progress{Done: 3, Total: 10, Current: "/in/a.pdf", Started: time.Now().Add(-3 * time.Second), Summary: store.Summary{Failed: 1}})
	p.println("budgetpdf import: b.pdf: not a PDF")
	time.Sleep(120 * time.Millisecond)
	p.done()
	n := b.Len()
	time.Sleep(60 * time.Millisecond)
	if b.Len() != n {
		t.Errorf("lines written after done")
	}
	out := b.String()
	if strings.ContainsAny(out, "\r\x1b") {
		t.Errorf("control characters in a log: %q", out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "budgetpdf import: b.pdf: not a PDF" {
		t.Errorf("first line %q, want the failure", lines[0])
	}
	if len(lines) < 3 {
		t.Fatalf("%d lines in 120ms at 20ms intervals:\n%s", len(lines), out)
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "budgetpdf import: [3/10] ") || !strings.Contains(l, "1 failed") || !strings.Contains(l, "ETA ") {
			t.Errorf("periodic line %q: want count, ETA and failures", l)
		}
	}
}

// TestProgress_QuietPrintsOnlyFailures: --quiet.
func TestProgress_QuietPrintsOnlyFailures(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, true)
	p.update(store.Progress{Done: 1, Total: 2, Started: time.Now()})
	p.println("a failure")
	p.done()
	if b.String() != "a failure\n" {
		t.Errorf("quiet progress wrote %q", b.String())
	}
}

// TestProgress_FitsTheTerminal draws the status line into a
// pseudo-terminal of 60 and of 200 columns, file by file, with a failure
// in between, and replays what was written as a terminal would: no line
// may be wider than the terminal (a wider one wraps, and every redraw then
// leaves a line behind), and at 200 columns the long file name is shown
// whole, with the count, the rate and the failures so far.
func TestProgress_FitsTheTerminal(t *testing.T) {
	long := "乐亭县人民代表大会常务委员会2024年部门预算及项目支出绩效目标表（公开版）.pdf"
	for _, cols := range []int{60, 200} {
		t.Run(fmt.Sprint(cols), func(t *testing.T) {
			out := renderInPTY(t, cols, func(w *os.File) {
				p := newProgress(w, false)
				if p.mode != progressBar {
					t.Fatalf("mode %v on a terminal, want the bar", p.mode)
				}
				start := time.Now().Add(-time.Minute)
				for i := 1; i <= 120; i++ {
					s := store.Progress{Done: i, Total: 1000, Current: fmt.Sprintf("/in/%03d-%s", i, long), Started: start, Summary: store.Summary{Failed: i / 50}}
					if i == 60 {
						p.println("budgetpdf import: x.pdf: not a PDF")
					}
					p.update(s)
					time.Sleep(time.Millisecond)
				}
				time.Sleep(150 * time.Millisecond) // past the throttle: the last state is drawn
				p.update(store.Progress{Done: 121, Total: 1000, Current: "/in/121-" + long, Started: start, Summary: store.Summary{Failed: 2}})
				p.done()
			})
			screen := replay(out, cols)
			if !strings.Contains(out, "121/1000") || !strings.Contains(out, "files/s") || !strings.Contains(out, "2 failed") {
				t.Errorf("no count, rate or failures in the status line: %q", tail(out, 400))
			}
			for _, l := range screen.lines {
				if w := displayWidth(l); w > cols {
					t.Errorf("a line of %d columns on a terminal of %d: %q", w, cols, l)
				}
			}
			if screen.wraps > 0 {
				t.Errorf("%d writes ran past column %d and wrapped", screen.wraps, cols)
			}
			if got := len(screen.lines); got != 1 || screen.lines[0] != "budgetpdf import: x.pdf: not a PDF" {
				t.Errorf("terminal lines after done: %q, want only the failure (the status line cleared)", screen.lines)
			}
			if cols == 200 && !strings.Contains(out, "121-"+long) {
				t.Errorf("at 200 columns the file name is cut: %q", tail(out, 400))
			}
		})
	}
}

// renderInPTY runs draw with a pseudo-terminal of cols columns and returns
// all it wrote.
func renderInPTY(t *testing.T, cols int, draw func(*os.File)) string {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: uint16(cols)}); err != nil {
		t.Fatal(err)
	}
	read := make(chan string)
	go func() {
		b, _ := io.ReadAll(ptmx)
		read <- string(b)
	}()
	draw(tty)
	tty.Close()
	select {
	case s := <-read:
		return s
	case <-time.After(5 * time.Second):
		t.Fatal("pseudo-terminal output never ended")
	}
	return ""
}

// screenState is what a replay leaves: the finished lines and the line
// under the cursor (if not empty), and how many characters were written
// past the right edge (each would have wrapped).
type screenState struct {
	lines []string
	wraps int
}

// replay interprets \r, \n, and the erase sequences the progress writes
// (ESC [ K, ESC [ 0K, ESC [ 2K) on a terminal of cols columns whose lines
// are unlimited, so that a line too wide is seen whole and counted.
func replay(out string, cols int) screenState {
	var s screenState
	var cells []string // one per column; "" continues a wide character
	col := 0
	flush := func() {
		s.lines = append(s.lines, strings.TrimRight(strings.Join(cells, ""), " "))
		cells, col = nil, 0
	}
	rs := []rune(out)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '\r':
			col = 0
		case '\n':
			flush()
		case 0x1b:
			j := i + 2
			for j < len(rs) && (rs[j] < '@' || rs[j] > '~') {
				j++
			}
			if j < len(rs) {
				switch string(rs[i+2 : j+1]) {
				case "K", "0K":
					cells = cells[:min(col, len(cells))]
				case "2K":
					cells = nil
				}
			}
			i = j
		default:
			w := displayWidth(string(r))
			for len(cells) < col+w {
				cells = append(cells, " ")
			}
			cells[col] = string(r)
			if w == 2 {
				cells[col+1] = ""
			}
			col += w
			if col > cols {
				s.wraps++
			}
		}
	}
	if strings.TrimSpace(strings.Join(cells, "")) != "" {
		flush()
	}
	return s
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// syncBuffer is a bytes.Buffer safe for the progress ticker's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *syncBuffer) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Len()
}
