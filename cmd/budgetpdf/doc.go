// Command budgetpdf turns published Chinese budget disclosures (部门预算 /
// 绩效目标表 PDFs, or their text) into clean data: one JSON document per file,
// a SQLite database, and year-over-year diffs.
//
// Each subcommand lives in its own file (cmd_NAME.go) and registers itself;
// the work lives in the packages (extract, normalize, store, diff): this
// package holds flags, output formatting, and the child processes that keep
// a hostile file from taking the program down (watchdog.go, worker.go) and
// die with it (spawn.go).
package main
