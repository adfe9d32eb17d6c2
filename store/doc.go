// Package store keeps budgetpdf documents in a SQLite file that researchers
// can open with sqlite3, datasette or pandas.
//
// It owns the schema (embedded migrations, see docs/schema.md), the writing
// of one whole document per transaction, the read side used by diff
// (Document, UnitYears), full-text search over gse tokens, and the batch
// Importer that runs an Extractor over many files in parallel while a single
// writer commits the results. It speaks only the document model
// (budgetpdf.Document); how a file becomes a Document is the Extractor's
// business.
//
// Concurrency: one writer connection (WAL, busy timeout, immediate
// transactions) and a separate read-only pool, so readers in other processes
// can query while an import runs.
package store
