package main

import (
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
