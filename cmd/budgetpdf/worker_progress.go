package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/budgetpdf/budgetpdf/store"
)

// A progress reports a long import on stderr in one of three ways:
//
//   - on a terminal, a status line drawn by the progressbar library (bar,
//     count, rate, elapsed and remaining time) after the number of files
//     failed so far and the file just done, fitted to the terminal's width
//     at each redraw, so that it never wraps;
//   - anywhere else (nohup, CI, a log), a plain line every `every`, so
//     that a batch of an hour is not silent for an hour;
//   - with --quiet, nothing.
//
// Failures are printed as lines of their own in every mode.
type progress struct {
	w     io.Writer
	mode  progressMode
	width func() int // the terminal's columns, asked at each redraw

	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	drawn time.Time
	last  store.Progress

	every time.Duration // plain mode
	stop  chan struct{}
	done_ chan struct{}
}

type progressMode int

const (
	progressOff progressMode = iota
	progressBar
	progressPlain
)

// plainEvery is how often the plain line is printed.
const plainEvery = 15 * time.Second

// newProgress picks the mode for w: a bar on a terminal, plain lines
// elsewhere, nothing when quiet.
func newProgress(w io.Writer, quiet bool) *progress {
	switch {
	case quiet:
		return &progress{w: w, mode: progressOff}
	case isTerminal(w):
		f := w.(*os.File)
		return newBarProgress(w, func() int {
			cols, _, err := term.GetSize(int(f.Fd()))
			if err != nil || cols <= 0 {
				return 80
			}
			return cols
		})
	}
	return newPlainProgress(w, plainEvery)
}

func newBarProgress(w io.Writer, width func() int) *progress {
	return &progress{w: w, mode: progressBar, width: width}
}

// newPlainProgress prints a line every every until done.
func newPlainProgress(w io.Writer, every time.Duration) *progress {
	p := &progress{w: w, mode: progressPlain, every: every, stop: make(chan struct{}), done_: make(chan struct{})}
	go p.tick()
	return p
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (p *progress) tick() {
	defer close(p.done_)
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			if p.last.Total > 0 {
				fmt.Fprintln(p.w, plainText(p.last, time.Since(p.last.Started)))
			}
			p.mu.Unlock()
		}
	}
}

// update records the state after a file.
func (p *progress) update(s store.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = s
	if p.mode != progressBar || s.Total == 0 {
		return
	}
	cols := p.width()
	if p.bar == nil {
		p.bar = progressbar.NewOptions(s.Total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionUseANSICodes(true), // clear to the end of the line, never a line of spaces
			progressbar.OptionSetWidth(barWidth(cols)),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("files"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(0), // update throttles
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetRenderBlankState(false),
		)
	}
	if time.Since(p.drawn) < redraw && s.Done < s.Total {
		return
	}
	p.drawn = time.Now()
	p.bar.Describe(barDescription(s, cols))
	p.bar.Set(s.Done) // draws the line with the new count and description
}

// redraw is the least time between two drawings of the status line.
const redraw = 100 * time.Millisecond

// barWidth is the bar's own width for a terminal of cols columns; the
// library narrows it further when the whole line would not fit.
func barWidth(cols int) int { return max(4, min(30, cols/6)) }

// barStats is at least as many columns as the library's part of the line
// takes besides the bar: percentage, count, rate, elapsed and remaining
// time, with room for the numbers to grow.
func barStats(total int) int {
	n := len(fmt.Sprint(total))
	// "100% |" + "| (" + count "/" total ", 9999 files/min)" + " [10h10m10s:10h10m10s]"
	return 6 + 3 + 2*n + len(", 9999 files/min)") + len(" [10h10m10s:10h10m10s]")
}

// barDescription is what stands before the bar: files failed so far and
// the file just done, the name cut to leave the library's part its room
// (the library narrows the bar to what is left).
func barDescription(s store.Progress, cols int) string {
	failed := fmt.Sprintf("%d failed ", s.Failed)
	room := cols - barStats(s.Total) - 4 - displayWidth(failed)
	if s.Current == "" || room < 8 {
		return failed
	}
	return failed + fitName(filepath.Base(s.Current), room-1) + " "
}

// fitName cuts name to at most cols terminal columns, keeping its end
// (the year and the extension are at the end of most names).
func fitName(name string, cols int) string {
	if cols <= 1 {
		return ""
	}
	if displayWidth(name) <= cols {
		return name
	}
	r := []rune(name)
	for len(r) > 0 && displayWidth(string(r))+1 > cols {
		r = r[1:]
	}
	return "…" + string(r)
}

// println prints a line (a failure) above the status line.
func (p *progress) println(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.w, line)
}

// done ends the progress: the status line is cleared, the ticker stopped.
func (p *progress) done() {
	p.mu.Lock()
	if p.bar != nil {
		p.bar.Clear()
		p.bar = nil
	}
	p.mu.Unlock()
	if p.stop != nil {
		close(p.stop)
		<-p.done_
		p.stop = nil
	}
}

// plainText is the periodic line for a log: count, failures, rate, ETA.
func plainText(s store.Progress, elapsed time.Duration) string {
	return "budgetpdf import: " + progressText(s, elapsed)
}

func progressText(s store.Progress, elapsed time.Duration) string {
	rate := float64(s.Done) / max(elapsed.Seconds(), 1e-3)
	eta := "?"
	if rate > 0 {
		eta = (time.Duration(float64(s.Total-s.Done)/rate) * time.Second).Round(time.Second).String()
	}
	name := filepath.Base(s.Current)
	if r := []rune(name); len(r) > 40 {
		name = "…" + string(r[len(r)-39:])
	}
	return fmt.Sprintf("[%d/%d] %.1f docs/s  ETA %s  %d failed  %s", s.Done, s.Total, rate, eta, s.Failed, name)
}

// summaryLine is the one line printed when an import ends.
func summaryLine(s store.Summary, total int, elapsed time.Duration) string {
	return summaryLineWhy(s, total, elapsed, "interrupted; run again to resume")
}

// summaryLineWhy is summaryLine saying why files were not done.
func summaryLineWhy(s store.Summary, total int, elapsed time.Duration, why string) string {
	rate := float64(s.Imported+s.Replaced+s.Skipped+s.Failed) / max(elapsed.Seconds(), 1e-3)
	line := fmt.Sprintf("%d files: %d imported, %d replaced, %d already there, %d failed",
		total, s.Imported, s.Replaced, s.Skipped, s.Failed)
	if s.Abandoned > 0 {
		line += fmt.Sprintf(", %d not done (%s)", s.Abandoned, why)
	}
	return line + fmt.Sprintf(" in %s (%.1f files/s)", elapsed.Round(time.Millisecond), rate)
}
