// Package budgetpdf holds the document model: the budgetpdf/v1 contract
// (see shared/spec/output.md) that every pipeline stage speaks.
//
// extract turns PDF bytes into pages of glyphs and ruling lines; normalize
// turns those pages (or plain text) into a Document; store keeps Documents in
// SQLite; diff compares two of them. Only this package is imported by all.
package budgetpdf
