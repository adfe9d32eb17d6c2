// Package diff compares two budget disclosures (budgetpdf.Document values,
// usually one unit in two years) and reports what changed: projects and
// indicators added, removed or renamed, budgets, spending plans and goals
// that moved, targets made stricter or looser, and the lines of the typed
// budget tables (Report.BudgetChanges) added, removed, renamed or with an
// amount changed.
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
//
// # Budget lines
//
// Budget tables (Document.BudgetTables) are paired by kind, the k-th table
// of a kind with the k-th; a kind printed on one side only is named in a
// note. Lines are matched on the same side of the table (收入 / 支出 of a
// 收支总表) by 科目编码 (the k-th line printing a code with the k-th), then,
// where either line prints no code, by normalized name in order — never by
// similarity: two codes under one name are two lines. Columns are matched
// by side, role and measure (by header when the role is unknown); a column
// on one side only is not compared. Amounts are compared per column, a
// blank equal to 0; when the two tables declare different money units
// (元, 万元) both are converted to the coarser one and compared within
// 0.01 of it, else as printed.
//
// BUG: a table that declares no money unit is compared as printed with one
// that declares one, and 科目编码 are compared as printed, not re-coded
// across years' 科目 reforms.
package diff
