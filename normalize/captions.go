package normalize

import (
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

var (
	unitLineRe = forms.UnitLine
	moneyRe    = regexp.MustCompile(`(金额)?单位[：:]\s*(万元|元)`)
	moneyTail  = regexp.MustCompile(`(金额)?单位[：:].*$`)
	tableTitle = regexp.MustCompile(`(表|表格)[）)]?$`)
	tocLine    = regexp.MustCompile(`([…\.·．]{2,}\s*){3,}\d*\s*$|[…]{3,}\s*\d+\s*$`)
)

// markCaptions finds, for each table, the caption lines printed just above
// it, and returns the set of caption lines and each table's title.
func markCaptions(items []Item) (captions map[*Line]bool, titles map[*layout.Grid]string) {
	captions, titles = map[*Line]bool{}, map[*layout.Grid]string{}
	for i, it := range items {
		if it.Grid == nil {
			continue
		}
		var title string
		for j, n := i-1, 0; j >= 0 && n < 4; j-- {
			prev := items[j]
			if prev.Line == nil || prev.page() != it.page() || captions[prev.Line] {
				break
			}
			if !forms.IsCaption(prev.Line.Text()) {
				break
			}
			captions[prev.Line] = true
			if t := strings.TrimSpace(prev.Line.Text()); title == "" && !unitLineRe.MatchString(t) && !moneyRe.MatchString(t) {
				title = t
			}
			n++
		}
		titles[it.Grid] = title
	}
	return captions, titles
}
