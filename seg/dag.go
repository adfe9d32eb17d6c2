package seg

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/go-ego/gse/hmm"
)

// The cuts below are gse's, computed over seg's own dictionary (dict).

// cutHMM is gse's Cut(text, true) (dictionary DAG, the most probable route,
// HMM for runs of unknown characters), computed the same way with slices
// instead of maps and each dictionary lookup made once: gse looks every
// DAG edge up twice and allocates a string per lookup. Cutting the search
// texts was a fifth of the import's parent process (the single writer).
// TestCutsAsGse holds the two to the same result.
func (s *Segmenter) cutHMM(text string) []string {
	runes, route, result := s.prepareCut(text)
	var buf []rune
	flush := func() {
		switch {
		case len(buf) == 1:
			result = append(result, string(buf))
		case len(buf) > 1:
			result = append(result, s.unknownRun(buf)...)
		}
		buf = buf[:0]
	}
	for x := 0; x < len(runes); {
		y := route[x] + 1
		if y-x == 1 {
			buf = append(buf, runes[x])
		} else {
			flush()
			result = append(result, string(runes[x:y]))
		}
		x = y
	}
	flush()
	return result
}

// unknownRun is gse's hmm step: a run of single characters the route cut
// goes to the HMM unless the run is itself a dictionary word.
func (s *Segmenter) unknownRun(buf []rune) []string {
	str := string(buf)
	if v, ok := s.dict.find([]byte(str)); !ok || v == 0 {
		return hmm.Cut(str)
	}
	out := make([]string, len(buf))
	for i, r := range buf {
		out[i] = string(r)
	}
	return out
}

// edge is a DAG edge from a position to the end rune of a dictionary word
// (or of the lone character when no word starts there), with what the
// dictionary said of that word.
type edge struct {
	end   int
	freq  float64
	found bool
}

// route gives, for each position, the last rune of the word the most
// probable route takes from there (gse's calc over its getDag).
func (s *Segmenter) route(runes []rune) []int {
	n := len(runes)
	dag := s.dag(runes)
	logT := math.Log(s.dict.total)
	best := make([]float64, n+1)
	next := make([]int, n+1)
	for idx := n - 1; idx >= 0; idx-- {
		set := false
		for _, e := range dag[idx] {
			f := math.Log(1.0) - logT + best[e.end+1]
			if e.found {
				f = math.Log(e.freq) - logT + best[e.end+1]
			}
			if !set || best[idx] < f || best[idx] == f && next[idx] < e.end {
				best[idx], next[idx], set = f, e.end, true
			}
		}
	}
	return next[:n]
}

// dag lists, from each position, the words of the dictionary that start
// there (gse's getDag), each looked up once.
func (s *Segmenter) dag(runes []rune) [][]edge {
	n := len(runes)
	dag := make([][]edge, n)
	var b []byte
	for k := range n {
		var first edge
		for i := k; i < n; i++ {
			if i == k {
				b = utf8.AppendRune(b[:0], runes[k])
			} else {
				b = utf8.AppendRune(b, runes[i])
			}
			freq, ok := s.dict.find(b)
			if i == k {
				first = edge{end: k, freq: freq, found: ok}
			}
			if !ok {
				break
			}
			if freq > 0 {
				dag[k] = append(dag[k], edge{end: i, freq: freq, found: true})
			}
		}
		if len(dag[k]) == 0 {
			dag[k] = append(dag[k], first)
		}
	}
	return dag
}

// cutSearch is gse's CutSearch(text, true): cutHMM, each word preceded by
// the dictionary words of two and three characters inside it.
func (s *Segmenter) cutSearch(text string) []string {
	words := s.cutHMM(text)
	result := make([]string, 0, int(float32(len(text))/gse.RatioWordFull)+1)
	var b []byte
	for _, word := range words {
		runes := []rune(word)
		for _, incr := range []int{2, 3} {
			for i := 0; i+incr <= len(runes) && len(runes) > incr; i++ {
				b = b[:0]
				for _, r := range runes[i : i+incr] {
					b = utf8.AppendRune(b, r)
				}
				if v, ok := s.dict.find(b); ok && v > 0 {
					result = append(result, string(b))
				}
			}
		}
		result = append(result, word)
	}
	return result
}

// prepareCut is what both cuts start from, as gse's cut does: the text
// lower-cased when gse says so, its runes, the best route through the
// dictionary, and the result sized as gse sizes it.
func (s *Segmenter) prepareCut(text string) ([]rune, []int, []string) {
	if gse.ToLower {
		text = strings.ToLower(text)
	}
	runes := []rune(text)
	return runes, s.route(runes), make([]string, 0, int(float32(len(text))/gse.RatioWord)+1)
}

// cutNoHMM is gse's Cut(text, false): the most probable route through the
// dictionary's words, runs of single ASCII letters and digits joined.
func (s *Segmenter) cutNoHMM(text string) []string {
	runes, route, result := s.prepareCut(text)
	var buf []rune
	for x := 0; x < len(runes); {
		y := route[x] + 1
		if y-x == 1 && asciiAlnum(runes[x]) {
			buf = append(buf, runes[x])
			x = y
			continue
		}
		if len(buf) > 0 {
			result = append(result, string(buf))
			buf = buf[:0]
		}
		result = append(result, string(runes[x:y]))
		x = y
	}
	if len(buf) > 0 {
		result = append(result, string(buf))
	}
	return result
}

// asciiAlnum is gse's [[:alnum:]] test of a one-character word.
func asciiAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}
