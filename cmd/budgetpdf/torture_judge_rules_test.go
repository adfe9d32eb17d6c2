package main

import (
	"strings"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

// The rules the torture run holds every child to, on made-up runs.
func TestJudgeTorture(t *testing.T) {
	doc := []byte(`{"schema":"budgetpdf/v1","warnings":[]}`)
	ok := func(r tortureResult) tortureResult {
		r.limit = 15 * time.Second
		r.wall = time.Second
		return r
	}
	parsed := torture.Case{Name: "p", Want: torture.Parsed}
	password := torture.Case{Name: "pw", Want: torture.RejectedBadInput, WantReason: "password"}
	survived := torture.Case{Name: "any", Want: torture.Survived}
	bomb := torture.Case{Name: "bomb", Want: torture.Survived, MaxRSSMB: 200}
	tests := []struct {
		name    string
		c       torture.Case
		r       tortureResult
		problem string // a substring of the one problem expected; "" = none
	}{
		{"parsed as wanted", parsed, ok(tortureResult{exit: 0, stdout: doc}), ""},
		{"exit 0 without a document", parsed, ok(tortureResult{exit: 0, stdout: []byte("oops")}), "not one JSON document"},
		{"exit 0 with another schema", parsed, ok(tortureResult{exit: 0, stdout: []byte(`{"schema":"x"}`)}), "schema"},
		{"refused, want parsed", parsed, ok(tortureResult{exit: 2, stderr: "budgetpdf: f: PDF is damaged\n"}), "want parsed"},
		{"refused with the password named", password, ok(tortureResult{exit: 2, stderr: "budgetpdf: f: PDF needs a user password\n"}), ""},
		{"refused for another cause", password, ok(tortureResult{exit: 2, stderr: "budgetpdf: f: PDF is damaged\n"}), "names none of"},
		{"refused with output", password, ok(tortureResult{exit: 2, stdout: doc, stderr: "f: password\n"}), "bytes on stdout"},
		{"refused without a reason", survived, ok(tortureResult{exit: 2}), "without a reason"},
		{"refused with two lines", survived, ok(tortureResult{exit: 2, stderr: "f: damaged\nmore\n"}), "2 lines"},
		{"reason naming no known cause", survived, ok(tortureResult{exit: 2, stderr: "f: oops\n"}), "names none of"},
		{"damaged file called scanned", survived, ok(tortureResult{exit: 3, stderr: "f: PDF has no text layer\n"}), "want parsed or exit 2"},
		{"panic trace", survived, ok(tortureResult{exit: 2, stderr: "panic: index out of range\n\ngoroutine 1 [running]:\n"}), "crash"},
		{"exit 1", survived, ok(tortureResult{exit: 1, stderr: "f: damaged\n"}), "crash (exit 1)"},
		{"killed by a signal", survived, ok(tortureResult{exit: -1}), "killed"},
		{"past the deadline", survived, tortureResult{exit: 2, stderr: "f: time limit\n", wall: 16 * time.Second, limit: 15 * time.Second}, "past the deadline"},
		{"guard had to kill it", survived, tortureResult{exit: -1, guardHit: true, wall: 20 * time.Second, limit: 15 * time.Second}, "past the deadline"},
		{"memory under the cap", bomb, ok(tortureResult{exit: 0, stdout: doc, maxRSSKB: 150 << 10}), ""},
		{"memory over the cap", bomb, ok(tortureResult{exit: 0, stdout: doc, maxRSSKB: 250 << 10}), "peak memory 250 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := judgeTorture(tt.c, tt.r)
			if tt.problem == "" {
				if len(problems) > 0 {
					t.Errorf("problems %q, want none", problems)
				}
				return
			}
			if !strings.Contains(strings.Join(problems, "; "), tt.problem) {
				t.Errorf("problems %q, want one with %q", problems, tt.problem)
			}
		})
	}
}
