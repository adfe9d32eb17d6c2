package seg

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// SpansBoundary reports whether a dictionary word of a+b crosses the join,
// e.g. "代表活动调" + "研次数" (调研). It is one-sided evidence that b
// continues a: true strongly suggests a wrapped line, false says nothing.
// Both fragments are normalized and trimmed; only words with a Han character
// on each side of the join count, so numbers and Latin words (which always
// run together) never do. The cut uses the dictionary only (no HMM), so an
// unknown pair of characters is not taken for a word.
func (s *Segmenter) SpansBoundary(a, b string) bool {
	a = strings.TrimSpace(cjk.Normalize(a))
	b = strings.TrimSpace(cjk.Normalize(b))
	if a == "" || b == "" {
		return false
	}
	join, start := len(a), 0
	for _, tok := range s.cutNoHMM(a + b) {
		end := start + len(tok)
		if start < join && end > join {
			return hasHan(tok[:join-start]) && hasHan(tok[join-start:])
		}
		if end >= join {
			return false
		}
		start = end
	}
	return false
}

func hasHan(s string) bool {
	return strings.IndexFunc(s, cjk.IsCJK) >= 0
}
