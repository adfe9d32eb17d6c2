// Package diff compares two budget disclosures (budgetpdf.Document values,
// usually one unit in two years) and reports what changed: projects and
// indicators added, removed or renamed, budgets, spending plans and goals
// that moved, and targets made stricter or looser.
//
// It owns the matching and the classification, and the renderers of the
// result (text, JSON per the budgetpdf-diff/v1 contract, CSV, HTML). It speaks
// only the document model: it never extracts, normalizes or stores documents.
//
// # Matching
//
// Project codes usually embed the year and indicator names drift between
// years, so items are matched in three stages: the same code (projects only,
// codes of at least six characters, unique on both sides), else the same
// normalized name, else the one-to-one assignment that maximizes the total
// name similarity among pairs at or above Options.Threshold. Indicators are
// matched within blocks of the same 一级/二级指标; leftovers with the same
// name in different blocks are matched too and reported as level changes.
// Whatever stays unmatched is added or removed.
package diff
