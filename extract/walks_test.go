package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

type loopFile struct {
	name string
	data []byte
	text bool // the page's text must be read
	slow bool // about a second to read: not a fuzz seed
}

// loopFiles are PDFs whose object graph loops or runs deep where a reader
// walks it (internal/torture/synth_loops.go). FuzzOpen starts from them.
func loopFiles() []loopFile {
	return []loopFile{
		{"page is its own parent", torture.PageOwnParent(false), true, false},
		{"page is its own parent, resources missing", torture.PageOwnParent(true), false, false},
		{"parent loop above the page", torture.ParentLoop(), false, false},
		{"resources 50 parents up", torture.DeepParentChain(50), false, false},
		{"form draws itself 8 times", torture.FormFanOut(8), true, true},
		{"outline item is its own next and child", torture.OutlineLoop(), true, false},
		{"name tree node is its own kid", torture.NameTreeLoop(), true, false},
	}
}

// TestBoundedWalks: every walk over the file's structure (the /Parent chain
// for an inherited /Rotate or /Resources, forms drawing forms, outlines,
// name trees) is bounded, so each file opens and reads, or is refused,
// within a second or two instead of looping until the watchdog's deadline.
func TestBoundedWalks(t *testing.T) {
	for _, f := range loopFiles() {
		t.Run(f.name, func(t *testing.T) {
			type result struct {
				text string
				err  error
			}
			done := make(chan result, 1)
			go func() {
				d, err := Open(f.data, DefaultLimits)
				if err != nil {
					done <- result{err: err}
					return
				}
				var text strings.Builder
				for _, p := range d.Pages() {
					for _, g := range p.Glyphs {
						text.WriteString(g.Text)
					}
				}
				done <- result{text: text.String()}
			}()
			select {
			case r := <-done:
				if f.text && (r.err != nil || !strings.Contains(r.text, "Projectbudget")) {
					t.Errorf("text %.60q, error %v; want the page's text", r.text, r.err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("still reading after 10s: an unbounded walk") // the goroutine is leaked; the test binary ends soon
			}
		})
	}
}

// TestFormsPerPageBounded: a form that draws itself k times costs at most
// maxFormsPerPage forms, and the page says it stopped early.
func TestFormsPerPageBounded(t *testing.T) {
	d, err := Open(torture.FormFanOut(8), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Page(1)
	if !strings.Contains(p.Err, "forms drawn") {
		t.Errorf("page error %q, want the form limit named", p.Err)
	}
	if n := len(p.Glyphs); n == 0 || n > 10_100 {
		t.Errorf("%d glyphs, want some and at most about one per form (maxFormsPerPage)", n)
	}
}
