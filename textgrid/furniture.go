package textgrid

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/budgetpdf/budgetpdf/layout"
)

var bareNumber = regexp.MustCompile(`^\d{1,4}$`)

// textFurniture finds the page furniture of text input, as {page, line}
// positions: page numbers (decorated ones like -3- or 第3页共9页 anywhere:
// plain pdftotext may print a footer amid a table's cells; bare ones only
// at a page's edge where the numbering runs with the pages, or where the
// line stands alone between extra blank lines), and running
// headers or footers repeated on most pages (kept on the first page, where
// they are the document's title).
func textFurniture(pages []rawPage, doubled bool) map[[2]int]bool {
	drop := map[[2]int]bool{}
	for pi, p := range pages {
		for li, l := range p {
			t := strings.TrimSpace(l)
			decorated := layout.DecoratedPageNumber.MatchString(t)
			if decorated || bareNumber.MatchString(t) && isolated(p, li, doubled) {
				drop[[2]int{pi, li}] = true
			}
		}
	}
	markNumberedFooters(pages, drop)
	markRunningLines(pages, drop)
	return drop
}

// edgeLines are the indexes of a page's first two and last three non-blank lines.
func edgeLines(p rawPage) []int {
	var idx []int
	for i, l := range p {
		if strings.TrimSpace(l) != "" {
			idx = append(idx, i)
		}
	}
	if len(idx) <= 5 {
		return idx
	}
	return append(idx[:2:2], idx[len(idx)-3:]...)
}

// isolated: a line with more blank lines around it than the text's habit.
func isolated(p rawPage, li int, doubled bool) bool {
	need := 2
	if doubled {
		need = 3
	}
	blanks := 0
	for i := li - 1; i >= 0 && strings.TrimSpace(p[i]) == ""; i-- {
		blanks++
	}
	for i := li + 1; i < len(p) && strings.TrimSpace(p[i]) == ""; i++ {
		blanks++
	}
	return blanks >= need+1
}

// markNumberedFooters drops a bare number that ends (or starts) each page
// when the numbers run with the pages (page index plus a constant).
func markNumberedFooters(pages []rawPage, drop map[[2]int]bool) {
	type hit struct{ page, line, offset int }
	var hits []hit
	for pi, p := range pages {
		idx := edgeLines(p)
		if len(idx) == 0 {
			continue
		}
		for _, li := range []int{idx[len(idx)-1], idx[0]} {
			if n, err := strconv.Atoi(strings.TrimSpace(p[li])); err == nil && bareNumber.MatchString(strings.TrimSpace(p[li])) {
				hits = append(hits, hit{pi, li, n - pi})
				break
			}
		}
	}
	count := map[int]int{}
	for _, h := range hits {
		count[h.offset]++
	}
	for _, h := range hits {
		if count[h.offset] >= 2 {
			drop[[2]int{h.page, h.line}] = true
		}
	}
}

// markRunningLines drops lines (digits folded) printed at the top or bottom
// of more than half of the pages, except on the first page.
func markRunningLines(pages []rawPage, drop map[[2]int]bool) {
	if len(pages) < 2 {
		return
	}
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, li := range runningCandidates(p) {
			k := foldDigits(strings.TrimSpace(p[li]))
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	for pi, p := range pages {
		if pi == 0 {
			continue
		}
		for _, li := range runningCandidates(p) {
			k := foldDigits(strings.TrimSpace(p[li]))
			if n := count[k]; n >= 2 && n*2 > len(pages) && len([]rune(k)) >= 4 {
				drop[[2]int{pi, li}] = true
			}
		}
	}
}

func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		if r == ' ' {
			return -1
		}
		return r
	}, s)
}

// runningCandidates are the first two and the last non-blank lines of a
// page: where running headers and footers are printed.
func runningCandidates(p rawPage) []int {
	idx := edgeLines(p)
	if len(idx) <= 3 {
		return idx
	}
	return []int{idx[0], idx[1], idx[len(idx)-1]}
}
