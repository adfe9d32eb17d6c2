package normalize

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/layout"
)

// Page furniture: page numbers (layout.PageNumber, one source for the PDF
// and the text path) and running headers or footers.

// dropFurniture removes page numbers in the top or bottom margin and lines
// repeated in the margins of most pages (running headers and footers).
func dropFurniture(pages [][]Line, heights []float64) [][]Line {
	repeated := repeatedLines(pages, heights)
	out := make([][]Line, len(pages))
	for i, lines := range pages {
		for _, l := range lines {
			if inMargin(l, heights[i]) && (layout.PageNumber.MatchString(strings.TrimSpace(l.Text())) || repeated[furnitureKey(l)]) {
				continue
			}
			out[i] = append(out[i], l)
		}
	}
	return out
}

// runningTitles are the running headers dropFurniture will cut, as the
// first page printing each gives them (digits kept): a title printed on
// every page (广州市生态环境局2026年项目支出绩效目标表) still names the
// document.
func runningTitles(pages [][]Line, heights []float64) []string {
	repeated := repeatedLines(pages, heights)
	var out []string
	seen := map[string]bool{}
	for i, lines := range pages {
		for _, l := range lines {
			k := furnitureKey(l)
			if inMargin(l, heights[i]) && repeated[k] && !seen[k] && !layout.PageNumber.MatchString(strings.TrimSpace(l.Text())) {
				seen[k] = true
				out = append(out, strings.TrimSpace(l.Text()))
			}
		}
	}
	return out
}

func inMargin(l Line, height float64) bool {
	return height > 0 && (l.Y > height*0.85 || l.Y < height*0.12)
}

func furnitureKey(l Line) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, strings.TrimSpace(l.Text()))
}

// repeatedLines finds margin lines (digits folded) printed on more than half
// of the pages (at least 3): running headers and footers.
func repeatedLines(pages [][]Line, heights []float64) map[string]bool {
	count := map[string]int{}
	for i, lines := range pages {
		seen := map[string]bool{}
		for _, l := range lines {
			if k := furnitureKey(l); inMargin(l, heights[i]) && !seen[k] {
				seen[k] = true
				count[k]++
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
