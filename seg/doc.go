// Package seg owns Chinese word segmentation for search and fuzzy matching:
// the tokens stored in SQLite FTS5 (SearchTokens), similarity of indicator
// names across years (Similarity, TokenDice, BigramDice), and the weak
// evidence of whether two wrapped line fragments belong together
// (SpansBoundary).
//
// It wraps github.com/go-ego/gse built with the "ne" tag, so gse embeds no
// dictionary of its own. Instead seg embeds a trimmed copy of gse's
// simplified-Chinese dictionary (dict.txt.gz: words of frequency ≥ 20, about
// 82k words; regenerate with go generate, see internal/gendict) plus a list
// of budget-domain terms (domain.txt), and loads them lazily on first use of
// Default. Cut and SearchTokens compute gse's DAG cut (the most probable
// route through the dictionary's words, HMM for unknown runs) with their
// own code, one dictionary lookup per edge and no maps, and give gse's
// result exactly (tests compare them); the HMM itself is gse's.
//
// Licence of the dictionary data: the word list comes from jieba
// (github.com/fxsjy/jieba, MIT licence) as redistributed by gse
// (github.com/go-ego/gse, Apache-2.0 / MIT); the trimmed copy here is used
// and redistributed under those terms.
package seg
