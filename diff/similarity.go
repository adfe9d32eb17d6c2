package diff

import "github.com/budgetpdf/budgetpdf/seg"

// defaultSimilarity is the max of gse token Dice and character-bigram Dice
// after normalization, as measured in research/libraries.md §4.6.
func defaultSimilarity(a, b string) float64 {
	return seg.Default().Similarity(a, b)
}
