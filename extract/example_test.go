package extract_test

import (
	"fmt"
	"os"

	"github.com/budgetpdf/budgetpdf/extract"
)

func Example() {
	data, err := os.ReadFile("../testdata/pdf/dev-002.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := extract.Open(data, extract.DefaultLimits)
	if err != nil {
		fmt.Println("refused:", err)
		return
	}
	page := doc.Page(3)
	fmt.Println(doc.NumPages, "pages; page 3 has rules:", len(page.Rules) > 0, "and unmapped glyphs:", page.Unmapped)
	// Output: 4 pages; page 3 has rules: true and unmapped glyphs: 0
}
