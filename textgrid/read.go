package textgrid

import "github.com/budgetpdf/budgetpdf/layout"

// Reading is plain text as the text producer reads it.
type Reading struct {
	// Items is the reading flow: narrative lines set on synthetic
	// geometry, and for each form its caption lines and grids.
	Items []layout.Item
	// Pages is the number of form feeds that split the text into pages;
	// 0 when it has none (every page field is then 0).
	Pages int
}

// Read rebuilds plain text (pdftotext output with or without -layout, a
// website's text version) into the reading flow the PDF producer makes.
func Read(data []byte) Reading {
	in := readTextLines(data)
	return Reading{Items: textItems(in), Pages: in.formFeeds}
}
