package normalize

import (
	"math"
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/narrative"
	"github.com/budgetpdf/budgetpdf/seg"
)

var (
	moneyTail = regexp.MustCompile(`(金额)?单位[：:].*$`)
)

// markCaptions finds, for each table, the caption lines printed just above
// it, and returns the set of caption lines and each table's title.
func markCaptions(items []layout.Item) (captions map[*layout.Line]bool, titles map[*layout.Grid]string) {
	captions, titles = map[*layout.Line]bool{}, map[*layout.Grid]string{}
	for i, it := range items {
		if it.Grid == nil {
			continue
		}
		var title, number string
		for j, n := i-1, 0; j >= 0 && n < 4; j-- {
			prev := items[j]
			if prev.Line == nil || prev.PageNumber() != it.PageNumber() || captions[prev.Line] {
				break
			}
			if !forms.IsCaption(prev.Line.Text()) {
				break
			}
			captions[prev.Line] = true
			t := strings.TrimSpace(prev.Line.Text())
			if title == "" && forms.TableNumber.MatchString(t) {
				number, n = t, n+1 // a title may stand above its number (收入支出决算总表 / 公开01表)
				continue
			}
			if title == "" && !forms.UnitLine.MatchString(t) && !forms.MoneyLine.MatchString(t) && !forms.UnitDecl.MatchString(t) {
				title = t
				if head := wrappedCaptionHead(items, j); head != nil {
					captions[head] = true
					title = strings.TrimSpace(head.Text()) + title
					j--
				}
			}
			n++
		}
		if title == "" {
			title = number
		}
		titles[it.Grid] = title
	}
	return captions, titles
}

// wrappedCaptionHead is the line a caption wrapped from: the line just
// before items[j] on its page, in the same size and close above it, that
// is no caption alone but makes one with it (…科技兴警绩效 / 目标表); nil
// when there is none.
func wrappedCaptionHead(items []layout.Item, j int) *layout.Line {
	if j == 0 {
		return nil
	}
	cur, prev := items[j].Line, items[j-1].Line
	if prev == nil || prev.Page != cur.Page || math.Abs(prev.Size-cur.Size) > 0.5 || cur.Y-prev.Y > 2.5*cur.Size {
		return nil
	}
	head, tail := strings.TrimSpace(prev.Text()), strings.TrimSpace(cur.Text())
	if head == "" || forms.IsCaption(head) || layout.TOCLine.MatchString(head) || narrative.IsHeadingStart(head) {
		return nil
	}
	if forms.IsTargetCaption(tail) && !seg.Default().SpansBoundary(head, tail) {
		return nil // a heading above a whole caption is no part of it; a word cut in two (…建设项 / 目绩效目标表) is
	}
	if !forms.IsTargetCaption(head + strings.TrimSpace(cur.Text())) {
		return nil
	}
	return prev
}
