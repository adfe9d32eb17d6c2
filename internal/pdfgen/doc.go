// Package pdfgen writes small, valid PDFs for tests and for the torture
// corpus: objects in order, a correct cross-reference table, a catalog and
// a page tree. It is not a general PDF writer.
package pdfgen
