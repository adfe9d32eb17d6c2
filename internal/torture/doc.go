// Package torture generates the hostile-input corpus for `budgetpdf
// extract`: damaged copies of good fixtures (truncations, seeded byte flips
// in the cross-reference table, content streams and font streams), small
// PDFs built to break readers (broken Flate, unterminated strings, inline
// images, deep nesting, page-tree loops, lying /Size), encrypted variants,
// decompression bombs and oversized files. Each Case says what `extract`
// must do with it: parse it, or refuse it with exit 2 or 3 and a one-line
// reason naming the cause. The runner lives in cmd/budgetpdf
// (torture_test.go); `make torture` prints its table.
//
// Everything is generated from code and fixed seeds, except the encrypted
// files in testdata/, which qpdf made once (see testdata/README.md).
package torture
