package torture

import (
	"math/rand/v2"
	"slices"
)

// Truncate returns the first pct percent of pdf.
func Truncate(pdf []byte, pct int) []byte {
	return slices.Clone(pdf[:len(pdf)*pct/100])
}

// Flip returns a copy of pdf with n bytes inside spans changed, at
// positions and to values drawn from seed: the same seed gives the same
// file. Positions are uniform over the spans' total length; each changed
// byte differs from the original.
func Flip(pdf []byte, spans []Span, n int, seed uint64) []byte {
	out := slices.Clone(pdf)
	total := 0
	for _, s := range spans {
		total += s.Len()
	}
	if total == 0 {
		return out
	}
	rng := rand.New(rand.NewPCG(seed, 0x746f7274757265)) // "torture"
	for range n {
		out[spanOffset(spans, rng.IntN(total))] ^= byte(1 + rng.IntN(255))
	}
	return out
}

// spanOffset maps the k-th byte of the spans' concatenation to a file offset.
func spanOffset(spans []Span, k int) int {
	for _, s := range spans {
		if k < s.Len() {
			return s.Start + k
		}
		k -= s.Len()
	}
	last := spans[len(spans)-1]
	return last.End - 1 // not reached: k < total
}

// randomBytes returns n bytes drawn from seed.
func randomBytes(n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 0x6a756e6b)) // "junk"
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}
