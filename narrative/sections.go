package narrative

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

// outline tracks the chain of open headings.
type outline struct {
	open      []heading
	nestedRun bool // a second run of 一、… inside a chapter is open
}

// push opens a heading, closing those at its level or deeper. A 一、 inside
// an open chapter starts a nested run at sub-chapter level; the run goes on
// while its numbers follow on.
func (o *outline) push(h heading) {
	switch {
	case h.level == levelItem:
	case h.level != levelChapter:
		o.nestedRun = false
	case o.nestedRun && o.last(levelSub) != nil && h.num == o.last(levelSub).num+1 && !o.looksOuter(h):
		h.level = levelSub
	case o.last(levelChapter) != nil && h.num == 1:
		h.level, o.nestedRun = levelSub, true
	default:
		o.nestedRun = false
	}
	keep := o.open[:0]
	for _, x := range o.open {
		if x.level < h.level {
			keep = append(keep, x)
		}
	}
	o.open = append(keep, h)
}

// looksOuter settles a heading that could continue both the nested run and
// the outer chapters (一、二、 nested, then 三、): it is outer when it follows
// the open chapter's number and is printed like that chapter, not like the
// nested run.
func (o *outline) looksOuter(h heading) bool {
	ch, sub := o.last(levelChapter), o.last(levelSub)
	if ch == nil || h.num != ch.num+1 {
		return false
	}
	if h.size > 0 && math.Abs(ch.size-sub.size) > 0.2 {
		return math.Abs(h.size-ch.size) < math.Abs(h.size-sub.size)
	}
	// No size tells them apart (text input): compare the shape of the
	// heading — outer chapters are short titles (二、分项绩效目标), nested
	// ones long phrases with a comma (一、加强监管执法，努力在…中推动).
	return headingShape(h.text) == headingShape(ch.text) && headingShape(h.text) != headingShape(sub.text)
}

// headingShape classes a heading as a short title or a long phrase.
func headingShape(text string) bool {
	return utf8.RuneCountInString(text) <= 16 && !strings.ContainsAny(text, "，,")
}

func (o *outline) last(level int) *heading {
	for i := len(o.open) - 1; i >= 0; i-- {
		if o.open[i].level == level {
			return &o.open[i]
		}
	}
	return nil
}

func (o *outline) path() []string {
	out := make([]string, len(o.open))
	for i, h := range o.open {
		out[i] = h.text
	}
	return out
}

// Sections turns paragraphs into sections: each heading with text
// directly under it gives one section. Text before the first heading that
// is not the title block (marked Title: the cover's unit, year and report
// kind) gives one section with an empty path, so that nothing printed is
// lost: a note, a stray line, a document without headings.
func Sections(paras []Paragraph) []budgetpdf.Section {
	out := []budgetpdf.Section{}
	var o outline
	var cur *budgetpdf.Section
	headPage := 0
	add := func(text string, page int) {
		if text == "" {
			return
		}
		if cur == nil {
			if len(o.open) == 0 {
				headPage = page // no heading: the page the text starts on
			}
			out = append(out, budgetpdf.Section{Path: o.path(), Page: headPage})
			cur = &out[len(out)-1]
		}
		if cur.Text != "" {
			cur.Text += "\n"
		}
		cur.Text += text
	}
	body := bodySize(paras)
	for _, p := range paras {
		h, rest, ok := SplitHeading(p.Text)
		if !ok && len(o.open) > 0 && isStyledTitle(p, body) {
			h, rest, ok = heading{text: p.Text, level: levelPart}, "", true
		}
		if !ok {
			if len(o.open) == 0 && p.Title {
				continue // the title block is the document's identity
			}
			add(strings.TrimSpace(p.Text), p.Page)
			continue
		}
		h.size = p.Size
		o.push(h)
		cur, headPage = nil, p.Page
		add(rest, p.Page)
	}
	return out
}

// bodySize is the font size most of the text is printed in (0 for text
// input, which carries no sizes).
func bodySize(paras []Paragraph) float64 {
	count := map[float64]int{}
	best, bestN := 0.0, 0
	for _, p := range paras {
		k := math.Round(p.Size*2) / 2
		count[k] += p.Lines
		if count[k] > bestN || (count[k] == bestN && k < best) {
			best, bestN = k, count[k]
		}
	}
	return best
}

// isStyledTitle recognises an unnumbered chapter title in the middle of a
// document (名词解释, 2024年部门预算编制说明): one short line in a clearly
// larger size than the body text, not a sentence. It opens a part-level
// section; the title block before the first numbered heading never does.
func isStyledTitle(p Paragraph, body float64) bool {
	if body == 0 || p.Lines != 1 || p.Size < body*1.15 {
		return false
	}
	n := utf8.RuneCountInString(p.Text)
	return n >= 2 && n <= 30 && !strings.ContainsAny(p.Text, "。；;，,：:") && !layout.PageNumber.MatchString(p.Text)
}
