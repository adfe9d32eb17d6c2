package layout

import "regexp"

// decoratedPage is a page number that cannot be anything else (-3-,
// 第3页共9页, Page 3); a bare number or 3/20 is one only where it stands.
const decoratedPage = `[-－—–]\s*\d+\s*[-－—–]|第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|[Pp]age\s*\d+(\s*of\s*\d+)?`

var (
	// DecoratedPageNumber is a line that is a page number wherever it
	// stands.
	DecoratedPageNumber = regexp.MustCompile(`^(` + decoratedPage + `)$`)
	// PageNumber is a line that is a page number when it stands in a
	// page's margin (a bare 3, 3/20 too).
	PageNumber = regexp.MustCompile(`^(` + decoratedPage + `|[-－—–]?\s*\d+\s*[-－—–]?|\d+\s*/\s*\d+)$`)
	// TOCLine is a line of a table of contents: a title, dot leaders and
	// a page number.
	TOCLine = regexp.MustCompile(`([…\.·．]{2,}\s*){3,}\d*\s*$|[…]{3,}\s*\d+\s*$`)
)
