// Package seg owns Chinese word segmentation for search and fuzzy matching:
// the tokens stored in SQLite FTS5 (SearchTokens), similarity of indicator
// names across years (Similarity, TokenDice, BigramDice), and the weak
// evidence of whether two wrapped line fragments belong together
// (SpansBoundary).
//
// It follows github.com/go-ego/gse (built with the "ne" tag, so gse embeds
// no dictionary of its own) and gives gse's cuts exactly: Cut is gse's
// Cut(text, true), SearchTokens reads CutSearch(text, true), SpansBoundary
// Cut(text, false); tests compare all three with gse loaded from the same
// words. seg embeds a trimmed copy of gse's simplified-Chinese dictionary
// (dict.txt.gz: words of frequency ≥ 20, about 82k words; regenerate with
// go generate, see internal/gendict) plus a list of budget-domain terms
// (domain.txt), and loads them lazily on first use of Default, into its own
// pointer-free table (dict.go) rather than gse's trie; the DAG walk and the
// route (dag.go) are gse's algorithm with one lookup per edge and no maps.
// The HMM for runs of unknown characters is gse's (gse/hmm).
//
// Licence of the dictionary data: the word list comes from jieba
// (github.com/fxsjy/jieba, MIT licence) as redistributed by gse
// (github.com/go-ego/gse, Apache-2.0 / MIT); the trimmed copy here is used
// and redistributed under those terms.
package seg
