package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

// crashMarks are what a Go crash prints; a reason must contain none.
var crashMarks = []string{"panic:", "goroutine ", "fatal error:", "runtime error", "SIGSEGV"}

// outcomeOf names what a run did, for the table.
func outcomeOf(r tortureResult) string {
	switch {
	case r.guardHit:
		return "timeout"
	case r.exit == 0:
		return "parsed"
	case r.exit == 2 || r.exit == 3:
		return fmt.Sprintf("exit %d", r.exit)
	case r.exit < 0:
		return "killed"
	}
	return fmt.Sprintf("crash (exit %d)", r.exit)
}

// judgeTorture lists every way a run broke the rules for its case; none
// means the case passed.
func judgeTorture(c torture.Case, r tortureResult) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if r.guardHit || r.wall > r.limit {
		add("ran %v, past the deadline (%v with margin)", r.wall.Round(time.Millisecond), r.limit)
	} else if c.MaxWall > 0 && r.wall > c.MaxWall {
		add("ran %v, over the %v this case may take (a walk that loops until the deadline)", r.wall.Round(time.Millisecond), c.MaxWall)
	}
	for _, m := range crashMarks {
		if strings.Contains(r.stderr, m) {
			add("stderr shows a crash (%q)", m)
			break
		}
	}
	switch r.exit {
	case 0:
		if p := notADocument(r.stdout); p != "" {
			add("exit 0 but %s", p)
		}
	case 2, 3:
		if len(r.stdout) > 0 {
			add("exit %d but %d bytes on stdout", r.exit, len(r.stdout))
		}
		reason, lines := strings.TrimRight(r.stderr, "\n"), strings.Count(strings.TrimRight(r.stderr, "\n"), "\n")+1
		switch {
		case reason == "":
			add("exit %d without a reason on stderr", r.exit)
		case lines != 1:
			add("exit %d with %d lines on stderr, want one", r.exit, lines)
		case !c.ReasonOK(reason):
			add("reason %q names none of %q", reason, c.Reasons())
		}
	default:
		add("ended with %s", outcomeOf(r))
	}
	if !wantedExit(c.Want, r.exit) {
		add("outcome %s, want %s", outcomeOf(r), c.Want)
	}
	if c.MaxRSSMB > 0 && r.maxRSSKB > c.MaxRSSMB<<10 {
		add("peak memory %d MiB, cap %d MiB", r.maxRSSKB>>10, c.MaxRSSMB)
	}
	return problems
}

// wantedExit reports whether exit is what want allows.
func wantedExit(want torture.Outcome, exit int) bool {
	switch want {
	case torture.Parsed:
		return exit == 0
	case torture.RejectedBadInput:
		return exit == 2
	case torture.RejectedScanned:
		return exit == 3
	case torture.Survived:
		return exit == 0 || exit == 2
	}
	return false
}

// notADocument says what is wrong with a successful run's stdout, or "".
func notADocument(stdout []byte) string {
	var doc struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(stdout, &doc); err != nil {
		return fmt.Sprintf("stdout is not one JSON document: %v", err)
	}
	if !strings.HasPrefix(doc.Schema, "budgetpdf/") {
		return fmt.Sprintf("stdout has schema %q", doc.Schema)
	}
	return ""
}
