// Package buildtags stops a build without the tags budgetpdf needs at
// compile time, with a message that says which, instead of a binary whose
// import fails at run time with "no such module: fts5".
//
// go-sqlite3 compiles SQLite's FTS5 only with the build tag sqlite_fts5,
// and the full-text index of package store is an FTS5 table. The tag ne
// keeps gse from embedding its 32 MB of dictionaries (seg embeds a trimmed
// one); without it the binary works, only larger. Package store imports
// this one, so every program that opens a database gets the check.
//
// Build with:
//
//	go build -tags 'sqlite_fts5 ne' ./cmd/budgetpdf
//	go install -tags 'sqlite_fts5 ne' ./cmd/budgetpdf
package buildtags
