// Package budget reads the standard tables of a budget disclosure — 收支总表,
// 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表 (功能分类 by 科目编码
// 类/款/项), 一般公共预算基本支出表 (经济分类), “三公”经费支出表, 政府性基金 and
// 国有资本经营预算支出表, in their 预算 and 决算 forms — as typed rows, and runs
// the reconciliation checks auditors run on them.
//
// It owns: recognising a table (by its caption's words, whatever its
// numbering: 预算01表, 表1, 附表 are dropped before the lookup), joining the
// fragments of a table continued across pages (an untitled grid that
// repeats the header, or prints none and lines up with the table's
// columns), reading a header band of one to four rows into columns with a
// printed path (收入预算/合计) and a normalised role, cutting a header into
// side-by-side blocks (the 收入 and 支出 halves of a 收支总表, the two halves
// of a 决算 基本支出表), typing each body row (科目编码 split into 类/款/项,
// name, amounts; a blank cell is nil, never 0), and the checks.
//
// The vocabulary is data, in one place: lexicon.tsv (table kinds by
// caption, column roles, measures, code and name columns, total rows).
// It takes layout grids with their caption lines, in reading order, from
// package normalize; it decides nothing about target tables (package
// forms does) and changes no grid.
//
// Checks (checks.go) never correct a figure: each failure is a
// BudgetCheck with status fail, the page and the figures, and a
// budget_check_failed warning. Rules: parent_sum (a 类 or 款 = the sum of
// its lines), total_sum (合计 = the sum of the level-1 lines since the last
// total, plus that total), column_sum / three_public_sum (under every
// header group a 合计 or 小计 column = the sum of the group's other columns:
// 合计 = 基本支出 + 项目支出, 三公 = 出国 + 接待 + 公务用车), balance (收入总计 =
// 支出总计), cross_table (the same total in the tables that print it,
// compared in 万元 when their units differ), empty_statement (a table
// without amounts says why, in a note, under it, or in the narrative) and
// narrative (CheckNarrative, narrative*.go: a total the narrative prints —
// 收入总计, 支出总计, 财政拨款收入/支出总计, 三公经费 — equals the table's;
// read only where the figure follows the total's words in one sentence
// with nothing but connecting words between (预算数为, 共), never a change
// (比上年减少) or another year's figure; converted to the table's unit and
// forgiven 0.01 of the coarser unit, since a 万元 figure rounds a 元 table).
// Tolerance: 0.01 in the table's unit (of the coarser unit across tables).
// Passing checks are counted, one pass entry per rule and table.
//
// No row is lost: every grid row below a table's header is typed (one row
// per block that prints something), a note, blank, or a budget_row_unread
// warning; a cell under an amount column that is no amount is a warning
// and nil.
//
// The hierarchy of rows without codes comes from their numbering
// (outline.go): 一、 is level 1, each further style one level deeper in the
// order the block first uses it (1、 then (1)), 其中 a part of the line
// above. Blocks printed side by side on one side (the 支出 of a 收支总表 by
// 功能分类, 部门 and 政府 经济分类) are sides of their own (expenditure2, …).
// An untitled grid whose first rows hold no header word is a continuation
// page, its first rows body lines.
//
// BUG: indentation is not read (grids carry no text positions inside a
// cell), so an unnumbered sub-line counts as level 1.
//
// BUG: a 款 or 项 printed as one digit (2) is written as two (02): the
// code is what the page means, not what it prints.
//
// BUG: a table printed in three side-by-side parts whose last part's
// total covers two of them (西安卫健委 决算 p158: 公用经费合计 under part
// 3 sums parts 2 and 3) is checked against its own part's lines only.
//
// BUG: a name wrapped inside its cell can shift the amounts of its row by
// a column in the grid (西安科技 08 p52, 2080505): the check then reports a
// 合计 the page does not print.
//
// BUG: a column of unit names (预算单位 in a 深圳 收入总表) is read as an
// amount column: its cells are budget_row_unread warnings.
//
// BUG: a total row that the PDF producer ran into the header band (合计
// printed on a header row) is read as header; on the real files it only
// happens in empty tables.
//
// BUG: CheckNarrative runs on the finished document (the extraction
// pipeline calls it after normalize), because Read is given the sections'
// texts without their pages; its page is the section's (where its heading
// is printed), not the sentence's when the section runs over pages.
//
// BUG: only the 总计 lines and the 三公 total are read from the narrative:
// 本年收入合计, 基本支出 and 项目支出 figures are not compared.
package budget
