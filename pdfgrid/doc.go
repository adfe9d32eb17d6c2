// Package pdfgrid is the PDF producer of the grid: it reads the glyphs and
// ruling lines of extracted pages (package extract) into each page's
// reading flow — text lines and layout grids, top to bottom — that the
// meaning layer (forms, budget, narrative) reads.
//
// The stages, one file each: lines (glyphs → lines by baseline), rules
// (ruling segments → merged horizontal and vertical rules and their
// networks), lattice (a network of rules → a grid, cells filled with the
// glyphs inside them, vertical text read top to bottom, and a clipped
// cell's hidden overflow — drawn over the rows below it — given back to
// that cell when the cell shows text of its own), unruled (target
// forms printed without rules: header block and indicator table rebuilt
// from label words and column alignment, carried over page breaks),
// blockgrid (an unruled form's header block), aligned (any other table
// printed in columns separated by wide gaps), splitlabel (a label wrapped
// around the row beside it), furniture (page numbers, running headers and
// footers), flow and read (one page, then a document, in reading order).
//
// Read is the entry point for a document; Layout shows one page as the
// geometry gives it, without the cross-page steps (furniture, unruled
// tables continued from the page before), for budgetpdf extract --layout.
//
// BUG: finding unruled forms needs words: an unruled table is opened by a
// known form label or header word (forms' lexicon), so an unruled target
// table whose header uses no known word stays text lines (aligned may
// still make it a grid, without its header band).
//
// BUG: a cell cut by a page break is two cells, one per page; the meaning
// layer joins continued rows, but a project-name cell cut so can read as
// a second project.
package pdfgrid
