package normalize

import (
	"bytes"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/textgrid"
)

// Text assembles the budgetpdf/v1 document from plain text: what a
// PDF-to-text tool (pdftotext, with or without -layout), a website's text
// version or an archive gives. Pages split at form feeds; without any, every
// page field is 0. The text is rebuilt into the same reading flow the PDF
// path makes (lines for the narrative, grids for the target forms) and
// assembled by the same code.
func Text(data []byte, src budgetpdf.Source) *budgetpdf.Document {
	doc := newDocument(src)
	r := textgrid.Read(data)
	doc.Source.Pages = r.Pages
	assemble(doc, r.Items, nil)
	for i := range doc.Projects {
		if r.Pages == 0 || doc.Projects[i].Pages == nil {
			doc.Projects[i].Pages = []int{}
		}
	}
	if doc.Sections == nil {
		doc.Sections = []budgetpdf.Section{}
	}
	return doc
}

// IsText reports whether data is plain text worth reading as a disclosure:
// valid UTF-8 without NUL bytes, with some letters, and not a markup page
// (an HTML error page saved under a .pdf name is not a document).
func IsText(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 || !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return false
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	if bytes.HasPrefix(head, []byte("<")) || bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype")) {
		return false
	}
	letters := 0
	for _, r := range string(data[:min(len(data), 4096)]) {
		if r > 0x2E80 || (r >= 'A' && r <= 'z') {
			letters++
		}
	}
	return letters > 0
}
