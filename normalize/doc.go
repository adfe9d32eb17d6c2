// Package normalize turns extracted pages (or plain text) into the
// budgetpdf/v1 document. It rebuilds table cells from ruling lines or text
// alignment, re-joins wrapped text, removes running headers and page
// numbers, maps table headers by meaning, parses targets, and assembles
// narrative sections, project tables and every other table.
//
// The stages inside: lines (glyphs → text lines), lattice and unruled
// (tables), flow (one page as an ordered list of paragraphs lines and
// tables), then assembly (sections, forms, document).
package normalize
