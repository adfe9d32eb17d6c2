package budget

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
)

// The vocabulary (lexicon.tsv) is the one place that says which caption
// words name a table kind and which header words give a column its role.
//
//go:embed lexicon.tsv
var lexiconTSV string

type rule struct {
	section, match, word, value string
	weight                      float64
}

var lexicon = mustParse(lexiconTSV)

var sections = map[string]bool{"kind": true, "role": true, "measure": true, "code": true, "name": true, "total": true}

func mustParse(tsv string) []rule {
	rs, err := parseLexicon(tsv)
	if err != nil {
		panic(err) // the embedded file is part of the build: a test parses it
	}
	return rs
}

// parseLexicon reads the vocabulary; # starts a comment.
func parseLexicon(tsv string) ([]rule, error) {
	var out []rule
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("budget lexicon line %d: want 5 tab-separated fields, have %d", n+1, len(f))
		}
		if !sections[f[0]] {
			return nil, fmt.Errorf("budget lexicon line %d: unknown section %q", n+1, f[0])
		}
		switch f[1] {
		case "exact", "suffix", "prefix", "contains":
		default:
			return nil, fmt.Errorf("budget lexicon line %d: unknown match %q", n+1, f[1])
		}
		w, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return nil, fmt.Errorf("budget lexicon line %d: weight: %w", n+1, err)
		}
		k := key(f[2])
		if k == "" {
			return nil, fmt.Errorf("budget lexicon line %d: empty word", n+1)
		}
		out = append(out, rule{section: f[0], match: f[1], word: k, value: f[3], weight: w})
	}
	return out, nil
}

func (r rule) matches(k string) bool {
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

// lookup gives the best-weighted value a section's rules give text ("" and
// 0 when none matches).
func lookup(section, text string) (string, float64) {
	k := key(text)
	if k == "" {
		return "", 0
	}
	best, bw := "", 0.0
	for _, r := range lexicon {
		if r.section == section && r.weight > bw && r.matches(k) {
			best, bw = r.value, r.weight
		}
	}
	return best, bw
}

var (
	// numbering printed in captions: 预算01表, 表1, 附表3, 表一, 2025年, 01
	captionNoise = regexp.MustCompile(`20\d\d年度?|^(附表|表|附件)[0-9一二三四五六七八九十]+(-\d+)?[、.．：:]?|^\d+(-\d+)?[、.．：:]?|^[一二三四五六七八九十]+、|(预算|决算)\d+(-\d+)?表|[“”"'‘’「」]`)
)

// key normalises a caption or header for lookup: forms.HeaderKey (spaces
// and parentheses dropped, Unicode normalised), quotes, years and table
// numbers dropped.
func key(s string) string {
	k := forms.HeaderKey(s)
	k = captionNoise.ReplaceAllString(k, "")
	return strings.TrimRight(k, "：:")
}

// kindOf names the standard table a caption or header text names ("" when
// none, or when a more specific rule says it is none of them).
func kindOf(text string) string {
	v, _ := lookup("kind", text)
	if v == "none" {
		return ""
	}
	return v
}
