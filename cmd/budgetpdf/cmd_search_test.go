package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSearch_TwoCharacterTerms(t *testing.T) {
	db := importedDB(t, 4)
	tests := []struct {
		terms []string
		want  string // in every hit's snippet
	}{
		{[]string{"调研"}, "【调研】"},
		{[]string{"培训"}, "【培训】"},
		{[]string{"满意度"}, "【满意度】"},
	}
	for _, tt := range tests {
		code, out, stderr := runCLI(append([]string{"search", "--db", db}, tt.terms...)...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != exitOK || len(lines) < 4 {
			t.Errorf("%v: exit %d, %d lines, stderr %q; want hits\n%s", tt.terms, code, len(lines), stderr, out)
			continue
		}
		for _, l := range lines[2 : len(lines)-1] {
			if !strings.Contains(l, tt.want) || !strings.Contains(l, ".pdf") {
				t.Errorf("%v: hit without snippet or file: %s", tt.terms, l)
			}
		}
	}
}

// TestSearch_FormatsAndAny: search writes the formats of query (json
// parsed back here), and --any takes hits with either term.
func TestSearch_FormatsAndAny(t *testing.T) {
	db := importedDB(t, 4)
	hits := func(args ...string) []map[string]any {
		t.Helper()
		code, out, errOut := runCLI(append([]string{"search", "--db", db, "--format", "json"}, args...)...)
		var objs []map[string]any
		if err := json.Unmarshal([]byte(out), &objs); code != exitOK || err != nil {
			t.Fatalf("%q: exit %d, %v, stderr %q\n%s", args, code, err, errOut, out)
		}
		for _, o := range objs {
			if o["unit"] == nil || o["snippet"] == nil || o["file"] == nil {
				t.Errorf("%q: hit %v lacks a field", args, o)
			}
		}
		return objs
	}
	a, b := len(hits("调研")), len(hits("满意度"))
	both, either := len(hits("调研", "满意度")), len(hits("--any", "调研", "满意度"))
	if a == 0 || b == 0 || either < max(a, b) || both > min(a, b) || either <= both {
		t.Errorf("调研 %d, 满意度 %d, both %d, --any %d", a, b, both, either)
	}
}
