package diff

// DefaultThreshold is the least name similarity at which two differently
// named projects or indicators are taken to be the same one renamed
// (research/libraries.md §4.6 measured drifted names at 0.7 and above).
const DefaultThreshold = 0.7

// Options tune Compare. The zero value is ready to use.
type Options struct {
	// Threshold is the least name similarity for a rename; 0 means
	// DefaultThreshold.
	Threshold float64
	// Similarity scores two names in [0, 1]; nil means the default
	// similarity of package seg (max of token and bigram Dice).
	Similarity func(a, b string) float64
}

func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = DefaultThreshold
	}
	if o.Similarity == nil {
		o.Similarity = defaultSimilarity
	}
	return o
}
