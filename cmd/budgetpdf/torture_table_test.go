package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

// tortureRow is one line of the table.
type tortureRow struct {
	c        torture.Case
	res      tortureResult
	problems []string
}

// printTortureTable prints case, expected and actual outcome, reason (or
// the warning count of a parsed document), wall time and peak memory, then
// the totals.
func printTortureTable(w io.Writer, rows []tortureRow, cli *tortureCLI) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CASE\tWANT\tOUTCOME\tOK\tTIME\tPEAK RSS\tREASON")
	var failed, crashes, timeouts int
	var slowest time.Duration
	for _, r := range rows {
		ok := "ok"
		if len(r.problems) > 0 {
			ok, failed = "FAIL", failed+1
		}
		out := outcomeOf(r.res)
		if r.res.guardHit || r.res.wall > r.res.limit {
			timeouts++
		}
		if strings.HasPrefix(out, "crash") || out == "killed" || containsCrash(r.res.stderr) {
			crashes++
		}
		slowest = max(slowest, r.res.wall)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2fs\t%d MiB\t%s\n", r.c.Name, r.c.Want, out, ok,
			r.res.wall.Seconds(), r.res.maxRSSKB>>10, reasonColumn(r.res))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d cases, %d failed, %d crashes, %d past the deadline; slowest %.2fs; deadline --timeout %v (+%v/MB, +%v margin; flag passed: %v)\n",
		len(rows), failed, crashes, timeouts, slowest.Seconds(), tortureTimeout, extractPerMB, tortureMargin, cli.hasTimeout)
	for _, r := range rows {
		for _, p := range r.problems {
			fmt.Fprintf(w, "FAIL %s: %s\n", r.c.Name, p)
		}
	}
}

func containsCrash(stderr string) bool {
	for _, m := range crashMarks {
		if strings.Contains(stderr, m) {
			return true
		}
	}
	return false
}

// reasonColumn is the first line of stderr, shortened, or for a parsed
// document its warning count.
func reasonColumn(r tortureResult) string {
	if r.exit == 0 && !r.guardHit {
		var doc struct {
			Warnings []json.RawMessage `json:"warnings"`
		}
		json.Unmarshal(r.stdout, &doc)
		return fmt.Sprintf("(%d warnings)", len(doc.Warnings))
	}
	line, _, _ := strings.Cut(strings.TrimSpace(r.stderr), "\n")
	line = strings.ReplaceAll(strings.TrimPrefix(line, "budgetpdf: "), r.path, "FILE")
	if rs := []rune(line); len(rs) > 110 {
		line = string(rs[:110]) + "…"
	}
	return line
}
