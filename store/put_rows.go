package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/budgetpdf/budgetpdf"
)

// docWriter inserts the rows of one document inside a transaction, through
// a rowWriter of the engine.
type docWriter struct {
	rows     rowWriter
	tokenize Tokenizer
	tokens   map[string]string // search tokens computed ahead (see pretokenize); may be nil
	docID    int64
	// onConflict ends the INSERT into documents: "" on SQLite (the
	// writer holds the file's lock), ON CONFLICT (sha256) DO NOTHING on
	// PostgreSQL, where another importer may have committed the same file.
	onConflict string
}

// rowWriter runs the INSERTs of one document in one transaction. add may
// hold its statement back until flush: the rows it writes need no id.
type rowWriter interface {
	insert(q string, args ...any) (id int64, err error)
	add(q string, args ...any) error
	flush() error
}

// idReserver is a rowWriter that can take the ids of a document's rows
// ahead (PostgreSQL's sequences), table by table.
type idReserver interface {
	reserve(n map[string]int) error
}

// sqliteRows is the rowWriter of SQLite: each statement prepared once per
// transaction, and the rows of add sent batchRows at a time, in one
// multi-row INSERT. One statement per row cost a database/sql call and a
// cgo round trip per row: the 190k cell and budget-line rows of real-cn's
// 34 documents were most of the importer's database time.
type sqliteRows struct {
	ctx     context.Context
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	batched map[batchKey]string // multi-row forms of add's statements

	pendQ string // the statement of the rows held back
	pend  []any  // their arguments, row after row
	pendN int
}

// batchRows is how many rows one multi-row INSERT carries; with the
// widest row (budget_lines, 19 columns) that is 1,216 parameters, under
// SQLite's limit of 32,766.
const batchRows = 64

type batchKey struct {
	q string
	n int
}

func (r *sqliteRows) exec(q string, args ...any) (sql.Result, error) {
	st, ok := r.stmts[q]
	if !ok {
		var err error
		if st, err = r.tx.PrepareContext(r.ctx, q); err != nil {
			return nil, err
		}
		if r.stmts == nil {
			r.stmts = map[string]*sql.Stmt{}
		}
		r.stmts[q] = st
	}
	return st.ExecContext(r.ctx, args...)
}

func (r *sqliteRows) insert(q string, args ...any) (int64, error) {
	res, err := r.exec(q, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// add holds the row back until batchRows rows of q are pending, another
// statement is added, or flush.
func (r *sqliteRows) add(q string, args ...any) error {
	if q != r.pendQ {
		if err := r.flush(); err != nil {
			return err
		}
		r.pendQ = q
	}
	r.pend = append(r.pend, args...)
	r.pendN++
	if r.pendN == batchRows {
		return r.flush()
	}
	return nil
}

// flush sends the rows held back.
func (r *sqliteRows) flush() error {
	if r.pendN == 0 {
		return nil
	}
	q, err := r.multiRow(r.pendQ, r.pendN)
	if err == nil {
		_, err = r.exec(q, r.pend...)
	}
	clear(r.pend)
	r.pend, r.pendN = r.pend[:0], 0
	return err
}

// multiRow is q, an INSERT … VALUES (?, …) of one row, for n rows.
func (r *sqliteRows) multiRow(q string, n int) (string, error) {
	if n == 1 {
		return q, nil
	}
	k := batchKey{q, n}
	if m, ok := r.batched[k]; ok {
		return m, nil
	}
	i := strings.LastIndex(q, "VALUES")
	if i < 0 {
		return "", fmt.Errorf("not an INSERT … VALUES (…): %.60s", q)
	}
	tuple := strings.TrimSpace(q[i+len("VALUES"):])
	if !strings.HasPrefix(tuple, "(") || !strings.HasSuffix(tuple, ")") {
		return "", fmt.Errorf("not an INSERT … VALUES (…) of one row: %.60s", q)
	}
	var b strings.Builder
	b.WriteString(q[:i+len("VALUES")])
	for j := range n {
		if j > 0 {
			b.WriteByte(',')
		}
		b.WriteByte(' ')
		b.WriteString(tuple)
	}
	if r.batched == nil {
		r.batched = map[batchKey]string{}
	}
	r.batched[k] = b.String()
	return r.batched[k], nil
}

func (w *docWriter) document(e Entry, raw []byte) error {
	d := e.Doc
	status := "ok"
	if len(d.Warnings) > 0 {
		status = "warnings"
	}
	var deptGoal any
	if d.Department != nil {
		deptGoal = d.Department.Goal
	}
	id, err := w.rows.insert(`INSERT INTO documents (file, sha256, pages, producer, unit_code, unit,
		year, kind, money_unit, department_goal, schema, status, imported_at, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`+w.onConflict,
		e.File, e.SHA256, d.Source.Pages, d.Source.Producer, d.Unit.Code, d.Unit.Name,
		d.Year, d.Kind, d.MoneyUnit, deptGoal, d.Schema, status, now(), string(raw))
	if err != nil {
		return wrap("insert document", err)
	}
	w.docID = id
	if r, ok := w.rows.(idReserver); ok {
		n := RowsOf(d)
		if err := r.reserve(map[string]int{"sections": n.Sections, "projects": n.Projects,
			"indicators": n.Indicators, "tables": n.Tables, "budget_tables": len(d.BudgetTables)}); err != nil {
			return err
		}
	}
	steps := []func(*budgetpdf.Document) error{w.sections, w.department, w.projects, w.tables, w.warnings, w.budget, w.checks}
	for _, step := range steps {
		if err := step(d); err != nil {
			return err
		}
	}
	return wrap("insert rows", w.rows.flush())
}

func (w *docWriter) sections(d *budgetpdf.Document) error {
	for i, s := range d.Sections {
		path, _ := json.Marshal(nonNil(s.Path))
		heading := ""
		if len(s.Path) > 0 {
			heading = s.Path[len(s.Path)-1]
		}
		id, err := w.rows.insert(`INSERT INTO sections (document_id, seq, heading, path, depth, text, page)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, w.docID, i, heading, string(path), len(s.Path), s.Text, s.Page)
		if err != nil {
			return wrap("insert section", err)
		}
		if err := w.index("section", id, sectionSearchText(s), s.Page); err != nil {
			return err
		}
	}
	return nil
}

func (w *docWriter) department(d *budgetpdf.Document) error {
	if d.Department == nil {
		return nil
	}
	return w.indicators(nil, d.Department.Indicators)
}

func (w *docWriter) projects(d *budgetpdf.Document) error {
	for i, p := range d.Projects {
		pages, _ := json.Marshal(nonNil(p.Pages))
		var first any
		if len(p.Pages) > 0 {
			first = p.Pages[0]
		}
		id, err := w.rows.insert(`INSERT INTO projects (document_id, seq, code, name, unit_name, budget_total,
			budget_fiscal, budget_other, purpose, goal, pages, first_page)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			w.docID, i, p.Code, p.Name, p.UnitName, p.Budget.Total, p.Budget.Fiscal, p.Budget.Other,
			p.Purpose, p.Goal, string(pages), first)
		if err != nil {
			return wrap("insert project", err)
		}
		for j, step := range p.Plan {
			if err := w.rows.add(`INSERT INTO plan (project_id, seq, period, value) VALUES (?, ?, ?, ?)`,
				id, j, step.Period, step.Value); err != nil {
				return wrap("insert plan", err)
			}
		}
		if err := w.index("project", id, p.Name, firstPage(p.Pages)); err != nil {
			return err
		}
		if err := w.indicators(id, p.Indicators); err != nil {
			return err
		}
	}
	return nil
}

// indicators inserts one table's indicators; projectID nil = department.
func (w *docWriter) indicators(projectID any, inds []budgetpdf.Indicator) error {
	for i, in := range inds {
		extra, _ := json.Marshal(nonNilMap(in.Extra))
		id, err := w.rows.insert(`INSERT INTO indicators (document_id, project_id, seq, level1, level2,
			name, description, target, op, value, unit, basis, extra, page)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			w.docID, projectID, i, in.Level1, in.Level2, in.Name, in.Description, in.Target,
			in.Op, in.Value, in.Unit, in.Basis, string(extra), in.Page)
		if err != nil {
			return wrap("insert indicator", err)
		}
		if err := w.index("indicator", id, in.Name, in.Page); err != nil {
			return err
		}
	}
	return nil
}

func (w *docWriter) tables(d *budgetpdf.Document) error {
	for i, t := range d.Tables {
		id, err := w.rows.insert(`INSERT INTO tables (document_id, seq, page, title, money_unit, row_count)
			VALUES (?, ?, ?, ?, ?, ?)`, w.docID, i, t.Page, t.Title, t.MoneyUnit, len(t.Rows))
		if err != nil {
			return wrap("insert table", err)
		}
		for r, row := range t.Rows {
			for c, text := range row {
				if err := w.rows.add(`INSERT INTO cells (table_id, page, row, col, text)
					VALUES (?, ?, ?, ?, ?)`, id, t.Page, r, c, text); err != nil {
					return wrap("insert cell", err)
				}
			}
		}
	}
	return nil
}

func (w *docWriter) warnings(d *budgetpdf.Document) error {
	for _, wa := range d.Warnings {
		if err := w.rows.add(`INSERT INTO warnings (document_id, page, code, message)
			VALUES (?, ?, ?, ?)`, w.docID, wa.Page, wa.Code, wa.Message); err != nil {
			return wrap("insert warning", err)
		}
	}
	return nil
}

// budget writes the typed budget tables, one line per row and column.
func (w *docWriter) budget(d *budgetpdf.Document) error {
	for i, t := range d.BudgetTables {
		pages, _ := json.Marshal(nonNil(t.Pages))
		id, err := w.rows.insert(`INSERT INTO budget_tables (document_id, seq, kind, title, page, pages, money_unit, empty)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, w.docID, i, t.Kind, t.Title, firstPage(t.Pages), string(pages), t.MoneyUnit, t.Empty)
		if err != nil {
			return wrap("insert budget table", err)
		}
		for r, row := range t.Rows {
			for c, col := range t.Columns {
				if col.Side != row.Side || c >= len(row.Values) {
					continue
				}
				var amount any
				if v := row.Values[c]; v != nil {
					amount = *v
				}
				if err := w.rows.add(`INSERT INTO budget_lines (document_id, table_id, kind, row, page, side, code,
					class, item, sub, name, level, parent, is_total, header, role, measure, amount, money_unit)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
					w.docID, id, t.Kind, r, row.Page, row.Side, row.Code, row.Class, row.Item, row.Sub, row.Name,
					row.Level, row.Parent, row.Total, col.Header, col.Role, col.Measure, amount, t.MoneyUnit); err != nil {
					return wrap("insert budget line", err)
				}
			}
		}
	}
	return nil
}

// checks writes the reconciliation checks.
func (w *docWriter) checks(d *budgetpdf.Document) error {
	for _, c := range d.BudgetChecks {
		if err := w.rows.add(`INSERT INTO checks (document_id, rule, status, kind, page, message, expected, actual, money_unit)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, w.docID, c.Rule, c.Status, c.Kind, c.Page, c.Message,
			c.Expected, c.Actual, c.Unit); err != nil {
			return wrap("insert check", err)
		}
	}
	return nil
}

// index adds one full-text row: the tokens of text, and text itself for snippets.
func (w *docWriter) index(kind string, refID int64, text string, page int) error {
	tokens, ok := w.tokens[text]
	if !ok {
		tokens = strings.Join(w.tokenize(text), " ")
	}
	if tokens == "" {
		return nil
	}
	err := w.rows.add(`INSERT INTO search (tokens, text, kind, ref_id, document_id, page)
		VALUES (?, ?, ?, ?, ?, ?)`, tokens, text, kind, refID, w.docID, page)
	return wrap("index "+kind, err)
}

func firstPage(pages []int) int {
	if len(pages) == 0 {
		return 0
	}
	return pages[0]
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nonNilMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}
