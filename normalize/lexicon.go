package normalize

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// The column lexicon (lexicon/columns.tsv) is the one place that says which
// header words point to which column role. It is data: a new wording is a
// new line there, not new code.
//
//go:embed lexicon/columns.tsv
var columnsTSV string

// lexRule is one line of the lexicon.
type lexRule struct {
	match  string // exact, suffix, prefix, contains
	word   string
	role   string
	weight float64
}

var (
	lexicon = mustParseLexicon(columnsTSV)
	// headerSynonyms maps header texts printed whole (the lexicon's exact
	// rules of indicator roles) to roles: the text path splits run-together
	// header lines on them and recognises header words by them.
	headerSynonyms = exactSynonyms(lexicon)
)

// roleNames are the lexicon's names of the column roles.
var roleNames = map[string]role{
	"level1": roleLevel1, "level2": roleLevel2, "name": roleName, "description": roleDescription,
	"target": roleTarget, "unit": roleUnit, "sign": roleSign, "basis": roleBasis, "label": roleLabel,
	"extra": roleExtra, "project": roleProject, "project_code": roleProjectCode,
	"total": roleTotal, "fiscal": roleFiscal, "other": roleOther, "goal": roleGoal, "unit_name": roleUnitName,
}

func mustParseLexicon(tsv string) []lexRule {
	rules, err := parseLexicon(tsv)
	if err != nil {
		panic(err) // the embedded file is part of the build: a test parses it
	}
	return rules
}

// parseLexicon reads the lexicon's lines; # starts a comment.
func parseLexicon(tsv string) ([]lexRule, error) {
	var out []lexRule
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("lexicon line %d: want 4 tab-separated fields, have %d", n+1, len(f))
		}
		w, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return nil, fmt.Errorf("lexicon line %d: weight: %w", n+1, err)
		}
		switch f[0] {
		case "exact", "suffix", "prefix", "contains":
		default:
			return nil, fmt.Errorf("lexicon line %d: unknown match %q", n+1, f[0])
		}
		if _, ok := roleNames[f[2]]; !ok && f[2] != "prefer" && f[2] != "avoid" {
			return nil, fmt.Errorf("lexicon line %d: unknown role %q", n+1, f[2])
		}
		out = append(out, lexRule{match: f[0], word: headerKey(f[1]), role: f[2], weight: w})
	}
	return out, nil
}

func (r lexRule) matches(k string) bool {
	switch r.match {
	case "exact":
		return k == r.word
	case "suffix":
		return strings.HasSuffix(k, r.word)
	case "prefix":
		return strings.HasPrefix(k, r.word)
	default:
		return strings.Contains(k, r.word)
	}
}

func exactSynonyms(rules []lexRule) map[string]role {
	out := map[string]role{}
	for _, r := range rules {
		ro := roleNames[r.role]
		if r.match != "exact" || ro < roleLevel1 || ro > roleBasis {
			continue
		}
		if old, ok := out[r.word]; !ok || old == ro {
			out[r.word] = ro
		}
	}
	return out
}

// roleScores are the weights a header's words give each role.
type roleScores map[role]float64

// scoreHeader weighs a header text against the lexicon. The header is
// read twice — parentheses dropped, and their content dropped — and each
// role keeps its best weight; qualifiers (年度 …, 实施周期 …) move a target's
// weight.
func scoreHeader(text string) roleScores {
	out := roleScores{}
	for _, k := range headerReadings(text) {
		bonus := 0.0
		for _, r := range lexicon {
			if !r.matches(k) {
				continue
			}
			switch r.role {
			case "prefer":
				bonus += r.weight
			case "avoid":
				bonus -= r.weight
			default:
				if ro := roleNames[r.role]; r.weight > out[ro] {
					out[ro] = r.weight
				}
			}
		}
		if w, ok := out[roleTarget]; ok && bonus != 0 {
			out[roleTarget] = w + bonus
		}
	}
	return out
}

// best is the highest-weighted role (roleNone when nothing matched).
func (s roleScores) best() (role, float64) {
	bestR, bestW := roleNone, 0.0
	for r := roleLevel1; r < roleCount; r++ {
		if w := s[r]; w > bestW {
			bestR, bestW = r, w
		}
	}
	return bestR, bestW
}

// headerReadings gives the header key with parentheses dropped and, when
// it has any, with their content dropped too; a trailing colon and a unit
// in parentheses never matter.
func headerReadings(text string) []string {
	t := strings.TrimRight(strings.TrimSpace(text), "：:")
	k := headerKey(t)
	var b strings.Builder
	depth := 0
	for _, r := range t {
		switch r {
		case '(', '（':
			depth++
			continue
		case ')', '）':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	if bare := headerKey(b.String()); bare != k && bare != "" {
		return []string{k, bare}
	}
	return []string{k}
}
