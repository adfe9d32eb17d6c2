// Command budgetpdf turns published Chinese budget disclosures (部门预算 /
// 绩效目标表 PDFs, or their text) into clean data: one JSON document per file,
// a SQLite database, and year-over-year diffs.
//
// The commands are cobra commands: cli.go makes the tree (help, --version,
// completion, the exit-code table, and the mapping of every usage error to
// one line and exit 2); each command lives in its own file (cmd_NAME.go)
// and registers its constructor. output.go holds the row formats query and
// search share (table, csv, tsv, json, jsonl, all streaming), and
// worker_progress.go the import's progress (a progressbar line on a
// terminal, plain periodic lines elsewhere). The work lives in the
// packages (extract, normalize, store, diff; internal/textinput decodes
// and vets text input): this package holds flags, output formatting, and
// the child processes that keep a hostile file from taking the program
// down (watchdog.go, worker.go) and die with it (spawn.go).
package main
