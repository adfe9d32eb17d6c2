// Package cjk owns the text rules of the budgetpdf/v1 contract
// (shared/spec/output.md, "Text rules"): Unicode normalization so that what
// looks the same compares the same (Kangxi radicals, CJK Radicals Supplement,
// CJK compatibility ideographs, full-width ASCII forms, the ideographic
// space), re-joining of wrapped lines, white-space collapsing, and the
// character classes (IsCJK, IsCJKPunct) those rules are built on.
//
// Everything here is pure, allocation-free when nothing changes, and safe
// for concurrent use.
package cjk
