// Package normalize assembles the budgetpdf/v1 document: it takes the
// reading flow a producer made (pdfgrid from extracted PDF pages,
// textgrid from plain text), finds each table's caption, the
// document's identity (unit, year, kind, money unit), and fills the
// document from what packages forms (target tables), budget (budget
// tables) and narrative (sections) make of the grids and lines.
//
// Files: document (the PDF entry point and the assembly both paths
// share), text (the text entry point), captions (the caption lines above
// each table), identity (unit name, year, money unit by evidence), kind
// (部门预算 / 单位预算 / 决算, and money units per table).
package normalize
