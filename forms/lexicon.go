package forms

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/budgetpdf/budgetpdf/internal/lexfile"
)

// The column lexicon (lexicon/columns.tsv) is the one place that says which
// header words point to which column role. It is data: a new wording is a
// new line there, not new code.
//
//go:embed lexicon/columns.tsv
var columnsTSV string

// lexRule is one line of the lexicon.
type lexRule struct {
	match  lexfile.Match
	word   string
	Role   string
	weight float64
}

var (
	lexicon = mustParseLexicon(columnsTSV)
	// HeaderSynonyms maps header texts printed whole (the lexicon's exact
	// rules of indicator roles, and its exact rules of weight 1 for known
	// columns kept in extra: 分值, 得分) to roles: the text path splits
	// run-together header lines on them and recognises header words by them.
	HeaderSynonyms = exactSynonyms(lexicon)
)

// roleNames are the lexicon's names of the column roles.
var roleNames = map[string]Role{
	"level1": RoleLevel1, "level2": RoleLevel2, "name": RoleName, "description": RoleDescription,
	"target": RoleTarget, "unit": RoleUnit, "sign": RoleSign, "basis": RoleBasis, "label": RoleLabel,
	"extra": RoleExtra, "project": RoleProject, "project_code": RoleProjectCode,
	"total": RoleTotal, "fiscal": RoleFiscal, "other": RoleOther, "goal": RoleGoal, "unit_name": RoleUnitName,
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
	recs, err := lexfile.Records(tsv, 4)
	if err != nil {
		return nil, fmt.Errorf("lexicon %w", err)
	}
	out := make([]lexRule, 0, len(recs))
	for _, rec := range recs {
		f := rec.Fields
		m, err := lexfile.ParseMatch(f[0])
		if err != nil {
			return nil, fmt.Errorf("lexicon line %d: %w", rec.Line, err)
		}
		w, err := lexfile.Weight(f[3])
		if err != nil {
			return nil, fmt.Errorf("lexicon line %d: %w", rec.Line, err)
		}
		if _, ok := roleNames[f[2]]; !ok && f[2] != "prefer" && f[2] != "avoid" {
			return nil, fmt.Errorf("lexicon line %d: unknown role %q", rec.Line, f[2])
		}
		out = append(out, lexRule{match: m, word: HeaderKey(f[1]), Role: f[2], weight: w})
	}
	return out, nil
}

func (r lexRule) matches(k string) bool { return r.match.Matches(k, r.word) }

func exactSynonyms(rules []lexRule) map[string]Role {
	out := map[string]Role{}
	for _, r := range rules {
		ro := roleNames[r.Role]
		if r.match != lexfile.Exact || (ro < RoleLevel1 || ro > RoleBasis) && (ro != RoleExtra || r.weight < 1) {
			continue
		}
		if old, ok := out[r.word]; !ok || old == ro {
			out[r.word] = ro
		}
	}
	return out
}

// roleScores are the weights a header's words give each role.
type roleScores map[Role]float64

// scoreHeader weighs a header text against the lexicon. The header is
// read twice — parentheses dropped, and their content dropped — and each
// role keeps its best weight; qualifiers (年度 …, 实施周期 …) move a target's
// weight.
func scoreHeader(text string) roleScores {
	out := roleScores{}
	readings := headerReadings(text)
	if len(readings) > 0 && levelValueKey(readings[0]) {
		return out // 产出指标, 11-数量指标: a level's value, never a column's header
	}
	for _, k := range readings {
		bonus := 0.0
		for _, r := range lexicon {
			if !r.matches(k) {
				continue
			}
			if q, ok := r.qualifier(); ok {
				bonus += q
			} else if ro := roleNames[r.Role]; r.weight > out[ro] {
				out[ro] = r.weight
			}
		}
		if w, ok := out[RoleTarget]; ok && bonus != 0 {
			out[RoleTarget] = w + bonus
		}
	}
	return out
}

// qualifier is what a prefer / avoid rule adds to a target's weight; ok
// is false for a role rule.
func (r lexRule) qualifier() (float64, bool) {
	switch r.Role {
	case "prefer":
		return r.weight, true
	case "avoid":
		return -r.weight, true
	}
	return 0, false
}

// nameRules are the rules that can name an indicator column (a name, or a
// level 2 that names the indicator where no name column is printed) or
// the project of a project list: a row none of whose cells meets one is
// no target table's header.
var nameRules = func() []lexRule {
	var out []lexRule
	for _, r := range lexicon {
		if r.Role == "name" || r.Role == "level2" || r.Role == "project" {
			out = append(out, r)
		}
	}
	return out
}()

// mayNameIndicators is the cheap test before MapHeader: some cell meets a
// rule that can name the indicator column.
func mayNameIndicators(cells []string) bool {
	for _, c := range cells {
		if c == "" {
			continue
		}
		for _, k := range headerReadings(c) {
			for _, r := range nameRules {
				if r.matches(k) {
					return true
				}
			}
		}
	}
	return false
}

// best is the highest-weighted role (RoleNone when nothing matched).
func (s roleScores) best() (Role, float64) {
	bestR, bestW := RoleNone, 0.0
	for r := RoleLevel1; r < RoleCount; r++ {
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
	k := HeaderKey(t)
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
	if bare := HeaderKey(b.String()); bare != k && bare != "" {
		return []string{k, bare}
	}
	return []string{k}
}

// HeaderRole is the role a header cell's words weigh most for, and the
// weight (RoleNone, 0 when no rule matches): the lexicon as evidence for
// the producers that find headers in plain text.
func HeaderRole(text string) (Role, float64) { return scoreHeader(text).best() }
