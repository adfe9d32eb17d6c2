// Package extract turns PDF bytes into pages of positioned glyphs and ruling
// lines. It owns everything that touches PDF syntax: the pdfcpu gate
// (validation, decryption, repair, metadata), a content-stream lexer and
// interpreter (text and graphics state, CTM, Form XObjects), and font
// decoding (ToUnicode, CID widths, Type3, GBK). It knows nothing about
// budgets; package normalize reads its Pages.
package extract
