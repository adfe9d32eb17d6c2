package pdfgrid

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// vocabulary holds the printed forms of known labels and headers, longest
// first, for splitting text that runs several cells together (an unruled
// table line has no rules between its cells).
var vocabulary = buildVocabulary()

// vocabByFirst indexes the vocabulary by its first rune.
var vocabByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, v := range vocabulary { // longest first, kept in each bucket
		r, _ := utf8.DecodeRuneInString(v)
		m[r] = append(m[r], v)
	}
	return m
}()

func buildVocabulary() []string {
	seen := map[string]bool{}
	add := func(s string) { seen[s] = true }
	for k := range forms.HeaderSynonyms {
		if utf8.RuneCountInString(k) >= 3 { // 单位, 一级 … are too short to split on safely
			add(k)
		}
	}
	for k, l := range forms.FormLabels {
		if utf8.RuneCountInString(k) < 3 && l != forms.LabelTotal {
			continue
		}
		add(k)
		if l == forms.LabelFiscal || l == forms.LabelOther {
			add("其中：" + k)
			add("其中:" + k)
		}
		for _, u := range []string{"（万元）", "(万元)", "（元）", "(元)", "（%）", "(%)"} {
			add(k + u)
		}
	}
	add("评（扣）分标准")
	add("备注")
	// Labels printed with parentheses that their lookup keys drop.
	for _, v := range []string{"部门（单位）名称", "部门(单位)名称", "单位（部门）名称", "资金支出计划（%）", "资金支出计划(%)"} {
		add(v)
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		if !strings.HasSuffix(k, "万元") || strings.HasSuffix(k, "（万元）") || strings.HasSuffix(k, "(万元)") {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

var periodToken = regexp.MustCompile(`\d{1,2}月(底|末)|第?[一二三四1-4]季度(末|底)?|上半年|下半年`)

// token is a run of a line's glyphs that forms one cell's text.
type token struct {
	glyphs []extract.Glyph
	label  bool // a known label, header or period
}

func (t token) text() string { return layout.GlyphText(t.glyphs) }
func (t token) x0() float64  { return t.glyphs[0].X }
func (t token) x1() float64 {
	g := t.glyphs[len(t.glyphs)-1]
	return g.X + g.W
}

// splitTokens cuts a line into tokens at wide gaps and around every known
// label, header or plan period it contains.
func splitTokens(l layout.Line) []token {
	var out []token
	for _, chunk := range splitByGap(l, 0.8) {
		for _, t := range splitVocab(chunk.Glyphs) {
			out = append(out, splitNumbers(t)...)
		}
	}
	return out
}

// splitNumbers separates numbers printed side by side with only a narrow
// gap ("1143.00 1358.00"): two amounts are never one cell.
func splitNumbers(t token) []token {
	if t.label {
		return []token{t}
	}
	var out []token
	start := 0
	for i := 1; i < len(t.glyphs); i++ {
		prev, g := t.glyphs[i-1], t.glyphs[i]
		if g.X-(prev.X+prev.W) > 0.25*g.Size && isAmountChar(prev.Text) && isAmountChar(g.Text) {
			out = append(out, token{glyphs: t.glyphs[start:i]})
			start = i
		}
	}
	return append(out, token{glyphs: t.glyphs[start:]})
}

func isAmountChar(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return s != ""
}

func splitVocab(gs []extract.Glyph) []token {
	texts := make([]string, len(gs))
	for i, g := range gs {
		texts[i] = g.Text
	}
	var out []token
	free := 0
	flush := func(end int) {
		if end > free {
			out = append(out, token{glyphs: gs[free:end]})
		}
	}
	for i := 0; i < len(gs); {
		if n := vocabMatch(texts[i:]); n > 0 {
			flush(i)
			out = append(out, token{glyphs: gs[i : i+n], label: true})
			i += n
			free = i
			continue
		}
		i++
	}
	flush(len(gs))
	return out
}

// vocabMatch returns how many glyphs at the start of texts spell a known
// label or period (0 if none).
func vocabMatch(texts []string) int {
	first, _ := utf8.DecodeRuneInString(texts[0])
	words := vocabByFirst[first]
	period := (first >= '0' && first <= '9') || strings.ContainsRune("第一二三四上下", first)
	if len(words) == 0 && !period {
		return 0
	}
	var b strings.Builder
	for i := 0; i < len(texts) && i < 16; i++ {
		b.WriteString(texts[i])
	}
	s := b.String()
	for _, v := range words {
		if strings.HasPrefix(s, v) {
			return glyphCount(texts, len(v))
		}
	}
	if period {
		if loc := periodToken.FindStringIndex(s); loc != nil && loc[0] == 0 {
			return glyphCount(texts, loc[1])
		}
	}
	return 0
}

// glyphCount converts a byte length of the joined texts into glyphs.
func glyphCount(texts []string, n int) int {
	count, size := 0, 0
	for _, t := range texts {
		if size >= n {
			break
		}
		size += len(t)
		count++
	}
	return count
}
