//go:build !sqlite_fts5

package buildtags

// This file is compiled only without the tag sqlite_fts5, and does not
// compile: the compiler's error shows the message.
const _ = "budgetpdf needs the build tags sqlite_fts5 and ne: go build -tags 'sqlite_fts5 ne' ./cmd/budgetpdf (or make build)" + 0
