package textgrid

import (
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/seg"
)

// isLevelWord recognises a level name: a known one, or a short phrase
// ending in 指标 that is not a column header.
func isLevelWord(s string) bool {
	k := forms.HeaderKey(s)
	if forms.Level1Words[k] || forms.Level2Parent[k] != "" {
		return true
	}
	n := utf8.RuneCountInString(k)
	return strings.HasSuffix(k, "指标") && n >= 4 && n <= 10 && !isHeaderWord(k)
}

// isHeaderWord recognises an indicator table's column header.
func isHeaderWord(s string) bool {
	_, ok := forms.HeaderSynonyms[forms.HeaderKey(s)]
	return ok
}

// signWords are the printed comparators and the 定性 / 定量 kinds of a
// sign column.
var signWords = map[string]bool{
	"≥": true, "≤": true, ">": true, "<": true, "=": true, "＝": true, "＞": true, "＜": true,
	">=": true, "<=": true, "≧": true, "≦": true, "定性": true, "定量": true, "正向": true, "反向": true,
}

func isSign(s string) bool { return signWords[strings.TrimSpace(s)] }

// isVocab: a form label, a column header, a known level name or a period —
// the words a wrapped fragment may be rebuilt into.
func isVocab(s string) bool {
	return forms.FormLabel(s) != forms.LabelNone || isHeaderWord(s) || isKnownLevel(s) || forms.IsPeriod(s)
}

func isKnownLevel(s string) bool {
	k := forms.HeaderKey(s)
	return forms.Level1Words[k] || forms.Level2Parent[k] != ""
}

// spansWord reports whether a dictionary word crosses the join of a and b:
// one-sided evidence that b continues a.
func spansWord(a, b string) bool {
	return seg.Default().SpansBoundary(lastRunes(a, 6), firstRunes(b, 6))
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// mergeVocab rebuilds vocabulary words wrapped over two or three
// consecutive pieces on following lines ("预算规模及" + "资金用途",
// "经济效益指" + "标"), when no fragment after the first is a word itself.
func mergeVocab(ps []piece) []piece {
	out := make([]piece, 0, len(ps))
	for i := 0; i < len(ps); i++ {
		merged := false
		for k := 3; k >= 2 && !merged; k-- {
			if i+k > len(ps) {
				continue
			}
			run := ps[i : i+k]
			if !wrapRun(run) {
				continue
			}
			text := joinPieces(run)
			if !isVocab(text) || isVocab(run[0].text) && !restFree(run) {
				continue
			}
			p := run[0]
			p.text, p.end, p.rend = text, run[k-1].end, max(p.rend, run[k-1].rend)
			out = append(out, p)
			i += k - 1
			merged = true
		}
		if !merged {
			out = append(out, ps[i])
		}
	}
	return out
}

// wrapRun: pieces on successive lines (or autospaced).
func wrapRun(run []piece) bool {
	for _, p := range run[1:] {
		if p.gap == gapHard {
			return false
		}
	}
	return true
}

// restFree: no piece after the first is a word by itself (资金支出计划 +
// （%） may join; 满意度指标 + 指标 may not).
func restFree(run []piece) bool {
	for _, p := range run[1:] {
		if isVocab(p.text) {
			return false
		}
	}
	return true
}
