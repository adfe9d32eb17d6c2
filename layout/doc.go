// Package layout holds the intermediate representation between the
// producers and the meaning layer: the Grid, the one representation of a
// table that both producers make (pdfgrid from PDF geometry,
// textgrid from plain text), the Line of text outside tables, and
// the Item, one element of a page's reading flow. Packages forms, budget
// and narrative read them; page furniture patterns (page numbers, table of
// contents lines) are here because both producers cut them.
//
// A Grid is one table fragment on one page: rows × columns of positions,
// each covered by at most one Cell; a cell spans RowSpan × ColSpan
// positions from its top-left corner (Row, Col) and carries its box in
// page coordinates (y down) and its text, wrapped lines joined. ColX are
// the column boundaries (len = columns + 1) where the producer knows them.
//
// Invariants: every position is covered by nil or by the cell whose span
// contains it; Cells are in row-major order of their corners; a cell's span
// stays inside the grid (Place clips it).
//
// BUG: text-path grids carry no geometry (boxes and ColX are zero or
// character positions), so rules that compare geometry across pages fall
// back to column counts there.
package layout
