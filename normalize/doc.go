// Package normalize turns extracted pages (or plain text) into the
// budgetpdf/v1 document. It rebuilds table cells from ruling lines or text
// alignment, removes running headers and page numbers, finds the
// document's identity (unit, year, kind, money unit), and assembles the
// document from what packages forms (target tables), budget (budget
// tables) and narrative (sections) make of the grids and lines.
//
// The stages inside: lines (glyphs → text lines), lattice and unruled
// (tables from a PDF page), text* (the same grids from plain text), flow
// (one page as an ordered list of paragraphs, lines and tables), then
// assembly (document.go, identity.go, kind.go).
//
// Grids are package layout's; their meaning (which table is a target
// table, which column is which, where a project starts and ends) is
// decided by package forms, over the grids of both paths. The text path
// reads forms' vocabulary to find table structure in plain text, and
// builds grids that forms reads like any other.
//
// BUG: the text path's header-block reader (textblock.go) pairs labels
// with their values to lay a form's block out as label | value rows: a
// second reading of the labels that forms should own.
//
// BUG: text input of real disclosures is far weaker than their PDFs: on
// the 28 real-cn files with target tables, the indicators read from
// pdftotext output agree with those read from the PDF for about 19 %
// (-layout) and 21 % (raw) of the rows (ruled tables lose their rules, and
// wrapped cells interleave). Read the PDF when there is one.
//
// The narrative (paragraphs, headings, sections) is package narrative's.
//
// BUG: the PDF producer (lines, lattice, unruled, aligned) and the text
// producer (text*.go) still share this package with the assembly; they are
// its next split.
package normalize
