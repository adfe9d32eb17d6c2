package store

// The full-text index is an FTS5 table, which go-sqlite3 compiles only
// with the build tag sqlite_fts5: without it the build fails here, saying
// so, instead of every import failing with "no such module: fts5".
import _ "github.com/budgetpdf/budgetpdf/internal/buildtags"
