// Package extract turns PDF bytes into pages of positioned glyphs and ruling
// lines. It owns everything that touches PDF syntax: the pdfcpu gate
// (validation, decryption, repair, metadata), a content-stream lexer and
// interpreter (text and graphics state, CTM, Form XObjects), and font
// decoding (ToUnicode, CID widths, Type3, GBK). It knows nothing about
// budgets; package normalize reads its Pages.
//
// Clipping is tracked as the bounding box of each W / W* path under the
// graphics state (q / Q restore it): a glyph whose centre lies outside the
// clip in force is hidden, and carries that clip (Glyph.Clip), so that the
// grid producer can give text overflowing a clipped table cell back to
// that cell instead of the row it is drawn over.
//
// BUG: a clip path with curves, a text clip (Tr 4–7) and a Form XObject's
// BBox are not tracked: text they hide counts as shown.
package extract
