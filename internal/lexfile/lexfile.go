// Package lexfile reads the vocabularies kept as data (forms' column
// lexicon, budget's table lexicon): tab-separated rules, one a line, with
// # comments, and the ways a rule's word meets a key (exact, suffix,
// prefix, contains).
package lexfile

import (
	"fmt"
	"strconv"
	"strings"
)

// Record is one rule line: its 1-based line number and its fields.
type Record struct {
	Line   int
	Fields []string
}

// Records splits a vocabulary into its rule lines, each with exactly n
// tab-separated fields; blank lines and lines starting with # are skipped.
func Records(tsv string, n int) ([]Record, error) {
	var out []Record
	for i, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return nil, fmt.Errorf("line %d: want %d tab-separated fields, have %d", i+1, n, len(f))
		}
		out = append(out, Record{Line: i + 1, Fields: f})
	}
	return out, nil
}

// Match is how a rule's word meets a key.
type Match string

// The matches a rule may name.
const (
	Exact    Match = "exact"    // the whole key
	Suffix   Match = "suffix"   // its head word (Chinese puts it last)
	Prefix   Match = "prefix"   // its first word
	Contains Match = "contains" // anywhere
)

// ParseMatch reads a match name.
func ParseMatch(s string) (Match, error) {
	switch m := Match(s); m {
	case Exact, Suffix, Prefix, Contains:
		return m, nil
	}
	return "", fmt.Errorf("unknown match %q", s)
}

// Matches reports whether word meets key.
func (m Match) Matches(key, word string) bool {
	switch m {
	case Exact:
		return key == word
	case Suffix:
		return strings.HasSuffix(key, word)
	case Prefix:
		return strings.HasPrefix(key, word)
	default:
		return strings.Contains(key, word)
	}
}

// Weight reads a rule's weight.
func Weight(s string) (float64, error) {
	w, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("weight: %w", err)
	}
	return w, nil
}
