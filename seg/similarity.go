package seg

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// Similarity scores how alike two indicator names (or other short texts)
// are, from 0 to 1: the larger of TokenDice, robust to reordered words, and
// BigramDice, which catches near-synonyms that segment differently. Both
// texts are first normalized (cjk.Normalize, lower case), % and 百分数 are
// folded to 百分比, and punctuation, symbols and white space are removed.
// A candidate match threshold of about 0.7 works on indicator names.
func (s *Segmenter) Similarity(a, b string) float64 {
	a, b = comparable(a), comparable(b)
	return max(s.TokenDice(a, b), BigramDice(a, b))
}

// TokenDice is the Dice coefficient of the sets of SearchTokens of a and b:
// 2|A∩B| / (|A|+|B|). Two texts without tokens score 1, one alone 0.
func (s *Segmenter) TokenDice(a, b string) float64 {
	return dice(toSet(s.SearchTokens(a)), toSet(s.SearchTokens(b)))
}

// BigramDice is the Dice coefficient of the character-bigram multisets of a
// and b, as given (no normalization). A one-character text counts as its
// single character. It needs no dictionary.
func BigramDice(a, b string) float64 {
	return dice(bigrams(a), bigrams(b))
}

// percentWords folds % and 百分数 to 百分比.
var percentWords = strings.NewReplacer("%", "百分比", "百分数", "百分比")

// comparable prepares a text for Similarity.
func comparable(s string) string {
	s = strings.ToLower(cjk.Normalize(s))
	s = percentWords.Replace(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || cjk.IsCJKPunct(r) {
			return -1
		}
		return r
	}, s)
}

// bigrams counts the character bigrams of s.
func bigrams(s string) map[string]int {
	counts := make(map[string]int)
	if utf8.RuneCountInString(s) == 1 {
		counts[s] = 1
		return counts
	}
	prev := -1
	for i := range s {
		if prev >= 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			counts[s[prev:i+size]]++
		}
		prev = i
	}
	return counts
}

func toSet(tokens []string) map[string]int {
	set := make(map[string]int, len(tokens))
	for _, t := range tokens {
		set[t] = 1
	}
	return set
}

// dice is 2·|A∩B| / (|A|+|B|) over multisets.
func dice(a, b map[string]int) float64 {
	na, nb := total(a), total(b)
	if na+nb == 0 {
		return 1
	}
	common := 0
	for k, ca := range a {
		common += min(ca, b[k])
	}
	return 2 * float64(common) / float64(na+nb)
}

func total(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}
