package extract

import (
	"errors"

	"github.com/ledongthuc/pdf"
)

// Bounds on walking the page tree: a loop in /Kids or a tree that shares
// nodes exponentially is cut off instead of hanging.
const (
	maxTreeDepth = 32
	maxTreeNodes = 200_000
)

var errPageTree = errors.New("page tree too deep or looping")

// pageList collects the page objects in order by walking /Kids from the
// catalog's /Pages, instead of trusting /Count (the PDF library's own walk
// loops forever on a page tree that contains itself).
func pageList(r *pdf.Reader, maxPages int) ([]pdf.Value, error) {
	var pages []pdf.Value
	visited := 0
	var walk func(node pdf.Value, depth int) error
	walk = func(node pdf.Value, depth int) error {
		if depth > maxTreeDepth {
			return errPageTree
		}
		if visited++; visited > maxTreeNodes {
			return errPageTree
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Page" || (kids.Kind() != pdf.Array && !node.Key("Contents").IsNull()) {
			pages = append(pages, node)
			if maxPages > 0 && len(pages) > maxPages {
				return ErrTooManyPages
			}
			return nil
		}
		for i := 0; i < kids.Len(); i++ {
			if err := walk(kids.Index(i), depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	err := walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return pages, err
}
