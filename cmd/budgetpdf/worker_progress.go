package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/budgetpdf/budgetpdf/store"
)

// progressLine redraws one status line on a terminal: count, rate, ETA and
// the file just finished. On anything that is not a terminal it is silent.
type progressLine struct {
	w     io.Writer
	on    bool
	last  time.Time
	every time.Duration
}

func newProgressLine(w io.Writer) *progressLine {
	return &progressLine{w: w, on: isTerminal(w), every: 100 * time.Millisecond}
}

// isTerminal reports whether w is a character device (a terminal). The
// standard library's check is enough here: a wrongly detected /dev/null only
// receives redraws nobody sees.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func (p *progressLine) update(s store.Progress) {
	if !p.on || (time.Since(p.last) < p.every && s.Done < s.Total) {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r\x1b[K%s", progressText(s, time.Since(s.Started)))
}

// println prints a line above the status line.
func (p *progressLine) println(line string) {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	fmt.Fprintln(p.w, line)
}

// done clears the status line.
func (p *progressLine) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
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
