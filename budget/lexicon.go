package budget

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/internal/lexfile"
)

// The vocabulary (lexicon.tsv) is the one place that says which caption
// words name a table kind and which header words give a column its role.
//
//go:embed lexicon.tsv
var lexiconTSV string

type rule struct {
	section, word, value string
	match                lexfile.Match
	weight               float64
}

// lexicon is the parsed vocabulary, read on first use rather than at the
// start-up of every process that links the package.
var lexicon = sync.OnceValue(func() []rule { return mustParse(lexiconTSV) })

var sections = map[string]bool{"kind": true, "role": true, "measure": true, "code": true, "name": true, "total": true, "skip": true}

func mustParse(tsv string) []rule {
	rs, err := parseLexicon(tsv)
	if err != nil {
		panic(err) // the embedded file is part of the build: a test parses it
	}
	return rs
}

// parseLexicon reads the vocabulary; # starts a comment.
func parseLexicon(tsv string) ([]rule, error) {
	recs, err := lexfile.Records(tsv, 5)
	if err != nil {
		return nil, fmt.Errorf("budget lexicon %w", err)
	}
	out := make([]rule, 0, len(recs))
	for _, rec := range recs {
		f := rec.Fields
		if !sections[f[0]] {
			return nil, fmt.Errorf("budget lexicon line %d: unknown section %q", rec.Line, f[0])
		}
		m, err := lexfile.ParseMatch(f[1])
		if err != nil {
			return nil, fmt.Errorf("budget lexicon line %d: %w", rec.Line, err)
		}
		w, err := lexfile.Weight(f[4])
		if err != nil {
			return nil, fmt.Errorf("budget lexicon line %d: %w", rec.Line, err)
		}
		k := key(f[2])
		if k == "" {
			return nil, fmt.Errorf("budget lexicon line %d: empty word", rec.Line)
		}
		out = append(out, rule{section: f[0], match: m, word: k, value: f[3], weight: w})
	}
	return out, nil
}

func (r rule) matches(k string) bool { return r.match.Matches(k, r.word) }

// lookup gives the best-weighted value a section's rules give text ("" and
// 0 when none matches).
func lookup(section, text string) (string, float64) {
	ck := lookupKey{section, text}
	lookups.Lock()
	r, ok := lookups.m[ck]
	lookups.Unlock()
	if ok {
		return r.value, r.weight
	}
	v, w := lookupUncached(section, text)
	lookups.Lock()
	if len(lookups.m) >= maxLookups {
		clear(lookups.m)
	}
	if lookups.m == nil {
		lookups.m = map[lookupKey]lookupResult{}
	}
	lookups.m[ck] = lookupResult{v, w}
	lookups.Unlock()
	return v, w
}

// lookups remembers what lookup gave (a pure function of its arguments):
// a table's header and row names are looked up in several sections, and
// the same words come back on every page; normalising and matching them
// each time was 3.5 % of an extraction's CPU over real-cn (pprof). At most
// maxLookups entries are kept (the map is emptied when full).
var lookups struct {
	sync.Mutex
	m map[lookupKey]lookupResult
}

const maxLookups = 1 << 14

type lookupKey struct{ section, text string }

type lookupResult struct {
	value  string
	weight float64
}

func lookupUncached(section, text string) (string, float64) {
	k := key(text)
	if k == "" {
		return "", 0
	}
	best, bw := "", 0.0
	for _, r := range lexicon() {
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
	if mayHaveCaptionNoise(k) {
		k = captionNoise.ReplaceAllString(k, "")
	}
	return strings.TrimRight(k, "：:")
}

// mayHaveCaptionNoise reports whether captionNoise can match k: every one
// of its alternatives needs an ASCII digit, a quote, 、 or a leading 附 or
// 表. Most header cells have none, and the regexp was about 3 % of the
// pipeline's CPU (BenchmarkPipeline over real-cn).
func mayHaveCaptionNoise(k string) bool {
	return strings.HasPrefix(k, "附") || strings.HasPrefix(k, "表") ||
		strings.ContainsAny(k, "0123456789、“”\"'‘’「」")
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
