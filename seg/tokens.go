package seg

import (
	"strings"
	"unicode"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// SearchTokens returns the tokens to index and to query with: text is
// normalized (cjk.Normalize), cut in gse's search mode (a long word also
// yields the dictionary words inside it: 绩效目标 → 绩效 目标 绩效目标),
// lower-cased, and tokens without a letter or digit (punctuation, white
// space) are dropped. Store strings.Join(tokens, " ") in an FTS5 column with
// tokenize='unicode61' and segment queries the same way.
func (s *Segmenter) SearchTokens(text string) []string {
	text = cjk.Normalize(text)
	if text == "" {
		return nil
	}
	raw := s.cutSearch(text)
	tokens := raw[:0]
	for _, tok := range raw {
		tok = strings.ToLower(strings.TrimSpace(tok))
		if hasWordRune(tok) {
			tokens = append(tokens, tok)
		}
	}
	return tokens
}

func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}
