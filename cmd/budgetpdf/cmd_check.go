package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"html/template"
	"io"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

func init() { register(newCheckCmd) }

// checkFlags are the parsed flags of the check command.
type checkFlags struct {
	db, format    string
	all, exitCode bool
	files         []string
}

func newCheckCmd(a *app) *cobra.Command {
	var f checkFlags
	c := &cobra.Command{
		Use:   "check [flags] FILE...\n  budgetpdf check --db FILE [flags]",
		Short: "print the budget tables' reconciliation checks (text, JSON, HTML)",
		Long: `Prints the reconciliation checks run on the standard budget tables (收支总表,
支出总表, 一般公共预算支出表, 三公 …): a 类 = the sum of its 款, 合计 = the sum of
the rows, 合计 = 基本支出 + 项目支出, 三公 = 出国 + 接待 + 公务用车, 收入总计 =
支出总计, the same total across tables, an empty table's statement. Each
failure names its page and the figures; nothing is corrected. FILE is a PDF,
a text file, or a saved budgetpdf/v1 JSON document; --db reads the checks
of every imported document.

Exit codes: 0 printed (checks may have failed); 1 with --exit-code when a
check failed, or when something could not be read; 2 bad usage.`,
		Example: `  budgetpdf check 2025-部门预算.pdf
  budgetpdf check --format html --all doc.json > report.html
  budgetpdf check --db budget.db --exit-code`,
		RunE: func(_ *cobra.Command, args []string) error {
			f.files = args
			switch {
			case (f.db == "") == (len(args) == 0):
				return usagef("give FILE... or --db FILE, not both")
			case f.format != "text" && f.format != "json" && f.format != "html":
				return usagef("unknown format %q: text, json or html", f.format)
			}
			return exitWith(runCheck(f, a.stdout, a.stderr))
		},
	}
	fs := c.Flags()
	fs.StringVar(&f.db, "db", "", "read the checks of every document in the database `DB` (a SQLite file, or postgres://…)")
	fs.StringVar(&f.format, "format", "text", "text, json or html")
	fs.BoolVar(&f.all, "all", false, "print the passing checks too")
	fs.BoolVar(&f.exitCode, "exit-code", false, "exit 1 when a check failed")
	c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json", "html"}, cobra.ShellCompDirectiveNoFileComp))
	return c
}

// budgetCheckReport is the checks of one document.
type budgetCheckReport struct {
	File   string                  `json:"file"`
	Unit   string                  `json:"unit"`
	Year   int                     `json:"year"`
	Tables int                     `json:"budget_tables"`
	Checks []budgetpdf.BudgetCheck `json:"checks"`
	Failed int                     `json:"failed"`
	Passed int                     `json:"passed"`
}

func runCheck(f checkFlags, stdout, stderr io.Writer) int {
	ctx, stop := interruptContext()
	defer stop()
	var reports []budgetCheckReport
	code := exitOK
	if f.db != "" {
		var err error
		if reports, err = dbChecks(ctx, f.db); err != nil {
			fmt.Fprintf(stderr, "budgetpdf check: %v\n", err)
			return exitFailed
		}
	}
	for _, path := range f.files {
		d, err := loadDocument(ctx, path)
		if err != nil {
			fmt.Fprintf(stderr, "budgetpdf check: %v\n", err)
			code = exitFailed
			continue
		}
		reports = append(reports, reportOf(path, d))
	}
	return max(code, writeChecks(reports, f.format, f.all, f.exitCode, stdout, stderr))
}

func reportOf(file string, d *budgetpdf.Document) budgetCheckReport {
	r := budgetCheckReport{File: file, Unit: d.Unit.Name, Year: d.Year, Tables: len(d.BudgetTables), Checks: d.BudgetChecks}
	r.count()
	return r
}

func (r *budgetCheckReport) count() {
	r.Failed, r.Passed = 0, 0
	for _, c := range r.Checks {
		if c.Status == "fail" {
			r.Failed++
		} else {
			r.Passed++
		}
	}
	if r.Checks == nil {
		r.Checks = []budgetpdf.BudgetCheck{}
	}
}

// writeChecks prints the reports; the exit code says whether one failed
// under --exit-code.
func writeChecks(reports []budgetCheckReport, format string, all, exitCode bool, stdout, stderr io.Writer) int {
	failed := 0
	shown := make([]budgetCheckReport, len(reports))
	for i, r := range reports {
		failed += r.Failed
		shown[i] = r
		if !all {
			shown[i].Checks = failing(r.Checks)
		}
	}
	var err error
	switch format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if shown == nil {
			shown = []budgetCheckReport{}
		}
		err = enc.Encode(map[string]any{"documents": shown, "failed": failed})
	case "html":
		err = checkHTML.Execute(stdout, map[string]any{"Documents": shown, "Failed": failed})
	default:
		err = checkText(stdout, shown, failed)
	}
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf check: writing: %v\n", err)
		return exitFailed
	}
	if exitCode && failed > 0 {
		return exitFailed
	}
	return exitOK
}

func failing(cs []budgetpdf.BudgetCheck) []budgetpdf.BudgetCheck {
	out := []budgetpdf.BudgetCheck{}
	for _, c := range cs {
		if c.Status == "fail" {
			out = append(out, c)
		}
	}
	return out
}

func checkText(w io.Writer, reports []budgetCheckReport, failed int) error {
	for _, r := range reports {
		if _, err := fmt.Fprintf(w, "%s: %s %d, %d budget tables, %d checks failed, %d passed\n",
			r.File, orDash(r.Unit), r.Year, r.Tables, r.Failed, r.Passed); err != nil {
			return err
		}
		for _, c := range r.Checks {
			status := "FAIL"
			if c.Status != "fail" {
				status = "ok  "
			}
			if _, err := fmt.Fprintf(w, "  %s p%-3d %-16s %-26s %s\n", status, c.Page, c.Rule, c.Kind, c.Message); err != nil {
				return err
			}
		}
	}
	_, err := fmt.Fprintf(w, "%d documents, %d checks failed\n", len(reports), failed)
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

var checkHTML = template.Must(template.New("check").Parse(`<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>budgetpdf check</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}.fail{color:#b00020}.pass{color:#2e7d32}</style></head>
<body><h1>Budget table checks</h1><p>{{.Failed}} checks failed.</p>
{{range .Documents}}<h2>{{.File}}</h2><p>{{.Unit}} {{.Year}} · {{.Tables}} budget tables · {{.Failed}} failed · {{.Passed}} passed</p>
<table><tr><th>status</th><th>page</th><th>rule</th><th>table</th><th>message</th></tr>
{{range .Checks}}<tr class="{{.Status}}"><td>{{.Status}}</td><td><a href="#page={{.Page}}">p{{.Page}}</a></td><td>{{.Rule}}</td><td>{{.Kind}}</td><td>{{.Message}}</td></tr>
{{end}}</table>{{end}}</body></html>
`))

// dbChecks reads the checks of every document in a database.
func dbChecks(ctx context.Context, path string) ([]budgetCheckReport, error) {
	db, err := store.Open(path, store.ReadOnly())
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.Reader().QueryContext(ctx, `SELECT d.id, d.file, d.unit, d.year,
		(SELECT count(*) FROM budget_tables t WHERE t.document_id = d.id),
		c.rule, c.status, c.kind, c.page, c.message, c.expected, c.actual, c.money_unit
		FROM documents d LEFT JOIN checks c ON c.document_id = d.id
		ORDER BY d.file, d.id, c.status, c.page, c.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []budgetCheckReport
	last := int64(-1)
	for rows.Next() {
		var id int64
		var r budgetCheckReport
		var rule, status, kind, msg, unit sql.NullString
		var page sql.NullInt64
		var exp, act sql.NullFloat64
		if err := rows.Scan(&id, &r.File, &r.Unit, &r.Year, &r.Tables, &rule, &status, &kind, &page, &msg, &exp, &act, &unit); err != nil {
			return nil, err
		}
		if id != last {
			out = append(out, r)
			last = id
		}
		if !rule.Valid {
			continue
		}
		c := budgetpdf.BudgetCheck{Rule: rule.String, Status: status.String, Kind: kind.String, Page: int(page.Int64),
			Message: msg.String, Unit: unit.String}
		if exp.Valid {
			c.Expected = budgetpdf.Float(exp.Float64)
		}
		if act.Valid {
			c.Actual = budgetpdf.Float(act.Float64)
		}
		cur := &out[len(out)-1]
		cur.Checks = append(cur.Checks, c)
	}
	for i := range out {
		out[i].count()
	}
	return out, rows.Err()
}
