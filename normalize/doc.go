// Package normalize turns extracted pages (or plain text) into the
// budgetpdf/v1 document. It rebuilds table cells from ruling lines or text
// alignment, re-joins wrapped text, removes running headers and page
// numbers, decides what each table means, parses targets, and assembles
// narrative sections, project tables and every other table.
//
// The stages inside: lines (glyphs → text lines), lattice and unruled
// (tables from a PDF page), text* (the same grids from plain text), flow
// (one page as an ordered list of paragraphs, lines and tables), then
// assembly (sections, forms, document).
//
// The meaning of a table is decided once, over grids, whichever path made
// them:
//   - lexicon.go and lexicon/columns.tsv: which header words point to which
//     column role, with weights (head words: …值 is a target, …单位 a unit,
//     …性质 a sign); data, extended by data;
//   - headers.go: a header row's column map, one column per role, near ties
//     recorded as guesses; headerband.go: the header band anywhere in the
//     grid, over one to three rows, and whether its level cells are the
//     indicator framework's (a catalogue with 一级/二级 columns is none);
//   - forms.go, formopen.go, formblock.go, formrows.go, formfinish.go: the
//     open / continue / close rules of target forms (labels, captions,
//     headers, project cells of many-project tables, continuation fragments
//     by column geometry), the header block, the indicator rows;
//   - inline.go: indicators written inline in one cell;
//   - describe.go: the same decisions in words, for --layout.
//
// Every body row of a target table becomes an indicator or a row_dropped
// warning with its page and text; a document that prints indicator headers
// and yields no indicator warns no_indicators.
//
// BUG: the grid types, their PDF and text producers and the meaning layer
// still share this one package; the issue that reshapes it into layout
// (grids), forms (meaning) and narrative (sections) packages is open.
//
// BUG: a project cell cut by a page break (its name continued in the first
// row of the next page) opens a second project; a grid whose rows run
// together because the page draws no horizontal rules reads several
// indicators as one.
package normalize
