// Package forms decides what the tables of a disclosure mean: which grid
// is a target table (项目支出绩效目标表, 部门整体绩效目标表), where its header
// is, which column is which, where a project starts and ends, and reads
// its header block and indicator rows into the document model. It works on
// layout grids, whichever producer (PDF geometry or text) made them, so
// the meaning of a table is decided once, here.
//
// The pieces:
//   - lexicon.go and lexicon/columns.tsv: which header words point to which
//     column role, with weights, matched by head word (…值 is a target,
//     …单位 a unit, …性质 a sign, …依据 a basis); data, extended by data.
//     labels.go and vocabulary.go: the header-block labels (项目名称, 预算数
//     …) and the indicator framework's level names. The producers in
//     pdfgrid and textgrid read the same vocabulary to find
//     table structure in unruled pages and plain text.
//   - headers.go: a header row's ColumnMap, one column per role, near ties
//     recorded as guesses (column_guessed); headerband.go: the header band
//     anywhere in a grid, over one to three rows, and the content check
//     that a header without a target column has indicator levels under it
//     (a 政府购买服务 catalogue with 一级/二级/三级 columns is no target
//     table).
//   - forms.go (Parser), formopen.go, formblock.go, formrows.go,
//     formfinish.go: the open / continue / close rules. A form opens at an
//     opening label (项目名称 …), at a caption naming a target table, at a
//     header after a form with indicators, or at a project cell of a table
//     that holds many projects; it continues over grids whose columns line
//     up with its own (the same count, the same outer edges, or a subset of
//     its boundaries when merged columns print no rules), with or without a
//     repeated header; it closes when another opens. Amount, goal and plan
//     labels never open a form (a budget table prints 财政拨款 too): they
//     fill a form still in its header block, beside their value, in the
//     same cell (项目名称：…), or over it (当年整体绩效目标 over its text).
//   - flowkind.go and flowblock.go: a text producer's header block (a
//     flow grid: pieces in reading order, no columns; plain pdftotext may
//     print a label after its value), read by what each piece is — label,
//     code, amount, period, free text — into label | value rows read like
//     any header block.
//   - inline.go: indicators written inline in one cell (1、1-产出指标；…).
//   - unitrows.go: a row of a many-project table without indicators whose
//     total is the sum of the projects under it is their unit's row: they
//     take its name as unit_name.
//   - project lists: a header with a project and a goal column and no
//     indicator column (单位名称 | 项目名称 | 金额 | 绩效目标), all its cells
//     header words, gives one project a row with its amount and goal and
//     no indicators; content.go: columns decided by their cells where the
//     header says nothing or the wrong thing: a target column under a
//     header that names none (预期目标), a sign or unit column under a blank
//     or unknown header (指标方向, 计量), a level column under 绩效指标 or an
//     unknown word, the name moved off a column of level names onto the
//     word column beside it (具体指标, 指标项), a label column whose header
//     cell spans the body. A level name (产出指标, 11-数量指标) is a value,
//     never a header.
//   - describe.go: the same decisions in words, for budgetpdf extract
//     --layout.
//
// Nothing is lost silently: every body row of a target table becomes an
// indicator or a row_dropped warning with its page and text; a document
// that prints indicator headers and yields no indicator warns
// no_indicators; a header the lexicon does not know warns unknown_header.
//
// A project cell of a many-project table cut by a page break continues in
// the first row of the next page: the fragments join when the one at the
// top is blank or exactly one of them prints the amounts.
//
// BUG: a cut project cell whose two fragments both print amounts, or
// neither does while both print text, reads as two projects.
//
// BUG: a self-evaluation's 总分 row (the project's total score, one cell
// over the level, name and target columns, 分值 and 得分 beside it) reads as
// an indicator named 总分 with the target 总分 (西安 07: 89 such rows; the
// silver counts them too). It should be the project's score, not an
// indicator.
//
// BUG: a target table whose rows the producer ran together (no horizontal
// rules and no alignment to split them) reads several indicators as one;
// the fix belongs to the producer.
package forms
