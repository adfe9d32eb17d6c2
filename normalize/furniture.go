package normalize

import (
	"regexp"
	"strings"
)

// Page furniture: page numbers and running headers or footers.
var pageNumber = regexp.MustCompile(`^(第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?|[-－—–]?\s*\d+\s*[-－—–]?|\d+\s*/\s*\d+|共\s*\d+\s*页\s*第\s*\d+\s*页|[Pp]age\s*\d+(\s*of\s*\d+)?)$`)

// removeFurniture drops page numbers in the top or bottom margin and lines
// repeated at the same place on most pages (running headers and footers).
func removeFurniture(pages [][]Item, heights []float64) [][]Item {
	repeated := repeatedLines(pages)
	out := make([][]Item, len(pages))
	for i, items := range pages {
		h := heights[i]
		for _, it := range items {
			if it.Line != nil {
				text := strings.TrimSpace(it.Line.Text())
				inMargin := it.Line.Y > h*0.85 || it.Line.Y < h*0.12
				if inMargin && (pageNumber.MatchString(text) || repeated[furnitureKey(it.Line)]) {
					continue
				}
			}
			out[i] = append(out[i], it)
		}
	}
	return out
}

func furnitureKey(l *Line) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, l.Text())
}

// repeatedLines finds line texts (digits folded) printed on more than half
// of the pages (at least 3): running headers and footers.
func repeatedLines(pages [][]Item) map[string]bool {
	count := map[string]int{}
	for _, items := range pages {
		seen := map[string]bool{}
		for _, it := range items {
			if it.Line != nil {
				k := furnitureKey(it.Line)
				if !seen[k] {
					seen[k] = true
					count[k]++
				}
			}
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 3 && n*2 > len(pages) {
			out[k] = true
		}
	}
	return out
}
