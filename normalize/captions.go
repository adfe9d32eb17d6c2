package normalize

import (
	"regexp"
	"strings"
)

var (
	captionRe  = regexp.MustCompile(`(表|表格)[）)]?$|单位[：:]|^[（(]\d{4}年度?[）)]$|填报单位|编制单位|预算单位`)
	unitLineRe = regexp.MustCompile(`^(\d{6})\s*(\S.*?)\s*(金额)?单位[：:]\s*(万元|元)\s*$`)
	moneyRe    = regexp.MustCompile(`(金额)?单位[：:]\s*(万元|元)`)
	moneyTail  = regexp.MustCompile(`(金额)?单位[：:].*$`)
	tableTitle = regexp.MustCompile(`(表|表格)[）)]?$`)
	tocLine    = regexp.MustCompile(`([…\.·．]{2,}\s*){3,}\d*\s*$|[…]{3,}\s*\d+\s*$`)
)

// isCaption reports whether a line is part of a table's caption block: the
// title (…表), the unit line (101002XX县… 单位：万元), a (2024年度) line.
func isCaption(text string) bool {
	t := strings.TrimSpace(text)
	return captionRe.MatchString(t) || unitLineRe.MatchString(t)
}

// markCaptions finds, for each table, the caption lines printed just above
// it, and returns the set of caption lines and each table's title.
func markCaptions(items []Item) (captions map[*Line]bool, titles map[*Grid]string) {
	captions, titles = map[*Line]bool{}, map[*Grid]string{}
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
			if !isCaption(prev.Line.Text()) {
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
