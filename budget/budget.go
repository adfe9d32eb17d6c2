package budget

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// Input is one grid of the document, in reading order, with the caption
// lines printed above it (title, 单位：万元) and the lines printed under it
// on its page before the next table (a 注 or an empty table's statement).
type Input struct {
	Grid    *layout.Grid
	Caption []string
	After   []string
}

// Result is what Read makes of a document's grids.
type Result struct {
	Tables   []budgetpdf.BudgetTable
	Checks   []budgetpdf.BudgetCheck
	Warnings []budgetpdf.Warning
	// Stats per table (same order as Tables): grid rows read, for the "no
	// row lost" accounting.
	Stats []Stats
}

// Stats accounts for a table's grid rows below the header: each is typed
// (one row or more, one per side), a note, blank, or lost with a warning
// (GridRows = Typed + Notes + Blank + Lost); Unread counts the typed rows
// with a cell that is no amount (a warning each).
type Stats struct {
	GridRows, Typed, Notes, Blank, Lost, Unread int
}

var (
	partRe      = regexp.MustCompile(`^\d{1,2}$`)
	moneyUnitRe = regexp.MustCompile(`单位\s*[：:]\s*(万元|元|千元|亿元)`)
	statementRe = regexp.MustCompile(`无数据|没有数据|空表|为空|不涉及|无此项|未安排|无相关|没有.*(收入|支出|经费|预算|安排)|无.*(收支|收入|支出|经费|预算)`)
)

// table is a standard table being read, fragment by fragment.
type table struct {
	out   budgetpdf.BudgetTable
	ref   header       // the header that gave the columns
	refG  *layout.Grid // the grid that printed it
	stats Stats
	rows  []rowMeta
	// state of the code columns: a 款 printed without its 类 takes the last one
	lastClass, lastItem []string
	outlines            []outline // per block, the numbering of lines without codes
}

type rowMeta struct {
	block  int
	subset bool // a 其中 line: part of its parent, not a partition
}

// Read recognises the standard budget tables among the grids, types their
// rows and runs the checks.
//
// narrative is the document's narrative text (section texts): an empty
// table's statement may be printed there (政府性基金拨款支出预算为0).
func Read(in []Input, narrative ...string) Result {
	var res Result
	var cur *table
	finish := func() {
		if cur != nil {
			res.Tables = append(res.Tables, cur.finish())
			res.Stats = append(res.Stats, cur.stats)
			cur = nil
		}
	}
	var carry struct { // a caption grid: the title and unit line printed in rules of their own
		title, unit string
		page        int
	}
	for _, it := range in {
		g := it.Grid
		if g == nil || g.NumRows() == 0 {
			continue
		}
		if g.Flow {
			finish() // a text producer's header block: pieces, no columns, no budget table
			continue
		}
		title, unit := captionOf(it)
		if title == "" && carry.title != "" && carry.page == g.Page {
			title = carry.title
			if unit == "" {
				unit = carry.unit
			}
		}
		carry.title = ""
		h, hok := readHeader(g)
		if hok && title == "" && !h.knownWords() {
			hok = false // its "header" is body lines of a continued table: no word names a column
		}
		if t, u := leadOf(h); t != "" && (title == "" || kindOf(title) == "") || unit == "" && u != "" {
			if t != "" && (title == "" || kindOf(title) == "") {
				title = t // the table's own title row over a part heading above the grid
			}
			if unit == "" {
				unit = u
			}
		}
		kind := kindOf(title)
		switch {
		case kind == "" && title == "" && cur != nil && continues(cur, g, h, hok):
			if !hok || h.sig() == cur.ref.sig() {
				cur.add(g, h, hok, it, &res)
				continue
			}
		case kind != "" && cur != nil && kind == cur.out.Kind && hok && h.sig() == cur.ref.sig() && title == cur.out.Title:
			cur.add(g, h, hok, it, &res) // a title repeated on every page
			continue
		case kind != "" && cur != nil && kind == cur.out.Kind && title == cur.out.Title && !hok && h.top == g.NumRows():
			// the table's caption repeated over its next page, in rules
			// of its own (部门名称 | 单位：万元): the grid after it goes on
			carry.title, carry.unit, carry.page = title, unit, g.Page
			continue
		}
		finish()
		if kind != "" && !hok && h.top == g.NumRows() {
			carry.title, carry.unit, carry.page = title, unit, g.Page
			if t, u := leadOf(h); u != "" && unit == "" {
				carry.unit = u
				_ = t
			}
			continue
		}
		if kind == "" || !hok {
			continue
		}
		cur = &table{out: budgetpdf.BudgetTable{Kind: kind, Title: title, MoneyUnit: unit,
			Columns: h.columns, Pages: []int{}, Rows: []budgetpdf.BudgetRow{}}, ref: h, refG: g}
		cur.lastClass = make([]string, len(h.blocks))
		cur.lastItem = make([]string, len(h.blocks))
		cur.outlines = make([]outline, len(h.blocks))
		cur.add(g, h, hok, it, &res)
	}
	finish()
	for i := range res.Tables {
		if t := &res.Tables[i]; t.Empty {
			if st := narrativeStatement(t.Kind, narrative); st != "" {
				t.Notes = append(t.Notes, st)
			}
		}
	}
	res.Checks, res.Warnings = check(res.Tables, res.Warnings)
	return res
}

// captionOf reads the title and the money unit from the caption lines.
func captionOf(it Input) (title, unit string) {
	title = strings.TrimSpace(it.Grid.Title)
	for _, c := range it.Caption {
		if m := moneyUnitRe.FindStringSubmatch(c); m != nil && unit == "" {
			unit = m[1]
		}
		if title == "" && kindOf(c) != "" && !moneyUnitRe.MatchString(c) {
			title = strings.TrimSpace(c)
		}
	}
	if unit == "" {
		if m := moneyUnitRe.FindStringSubmatch(title); m != nil {
			unit = m[1]
		}
	}
	return title, unit
}

func leadOf(h header) (title, unit string) {
	for _, l := range h.lead {
		if m := moneyUnitRe.FindStringSubmatch(l); m != nil {
			unit = m[1]
		} else if title == "" && kindOf(l) != "" {
			title = l
		}
	}
	return title, unit
}

// continues: an untitled grid goes on with the table before it when it
// repeats its header, or prints none and its columns line up with the
// table's (the same count, or each column inside one of the table's).
func continues(cur *table, g *layout.Grid, h header, hok bool) bool {
	if hok {
		return h.sig() == cur.ref.sig()
	}
	if g.Page < lastPage(cur.out.Pages) || g.Page > lastPage(cur.out.Pages)+1 {
		return false
	}
	return colMap(cur.refG, g) != nil
}

func lastPage(p []int) int {
	if len(p) == 0 {
		return 0
	}
	return p[len(p)-1]
}

// colMap maps a continuing grid's columns onto the reference grid's: by
// position when the counts agree, else by the centre of each column inside
// the reference's boundaries. nil when they do not line up.
func colMap(ref, g *layout.Grid) []int {
	out := make([]int, g.NumCols())
	if g.NumCols() == ref.NumCols() {
		for i := range out {
			out[i] = i
		}
		return out
	}
	if len(ref.ColX) != ref.NumCols()+1 || len(g.ColX) != g.NumCols()+1 || ref.ColX[len(ref.ColX)-1] <= ref.ColX[0] {
		return nil
	}
	tol := 0.02 * (ref.ColX[len(ref.ColX)-1] - ref.ColX[0])
	if abs(g.ColX[0]-ref.ColX[0]) > 3*tol || abs(g.ColX[len(g.ColX)-1]-ref.ColX[len(ref.ColX)-1]) > 3*tol {
		return nil
	}
	for i := range out {
		x0, x1 := g.ColX[i], g.ColX[i+1]
		// the right edge decides: amounts are right-aligned, and a merged
		// cell (类 款 项 名称 under one rule) ends where its last column does
		j := -1
		for k := 0; k < ref.NumCols(); k++ {
			if abs(ref.ColX[k+1]-x1) <= tol {
				j = k
			}
		}
		if j < 0 || ref.ColX[j] > x0+tol && (x1-x0) < (ref.ColX[j+1]-ref.ColX[j])/2 {
			return nil
		}
		out[i] = j
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// add reads one fragment's rows.
func (t *table) add(g *layout.Grid, h header, hok bool, it Input, res *Result) {
	t.out.Pages = appendPage(t.out.Pages, g.Page)
	cols := t.ref.cols
	start := 0
	if hok {
		start = h.bottom + 1
	}
	var m []int
	if !hok {
		m = colMap(t.refG, g)
		if m == nil {
			m = make([]int, g.NumCols())
			for i := range m {
				m[i] = i
			}
		}
	}
	for _, l := range it.After {
		if statementRe.MatchString(l) || strings.HasPrefix(strings.TrimSpace(l), "注") {
			t.out.Notes = append(t.out.Notes, strings.TrimSpace(l))
		}
	}
	for r := start; r < g.NumRows(); r++ {
		t.stats.GridRows++
		cells := g.RowCells(r)
		type cellAt struct {
			c    *layout.Cell
			desc colDesc
		}
		var at []cellAt
		texts := 0
		var only string
		for _, c := range cells {
			col := c.Col
			if m != nil {
				if col >= len(m) || m[col] < 0 {
					col = -1
				} else {
					col = m[col]
				}
			}
			d := colDesc{what: colNone, block: -1, amount: -1}
			if col >= 0 && col < len(cols) {
				d = cols[col]
			}
			if strings.TrimSpace(c.Text) != "" {
				texts++
				only = strings.TrimSpace(c.Text)
			}
			at = append(at, cellAt{c, d})
		}
		if texts == 0 {
			t.stats.Blank++
			continue
		}
		if texts == 1 && !forms.Numeric(only) && (strings.HasPrefix(only, "注") || strings.HasPrefix(only, "说明") || statementRe.MatchString(only) || blankMark(only)) {
			t.out.Notes = append(t.out.Notes, only)
			t.stats.Notes++
			continue
		}
		typed := 0
		unread := false
		for b := range t.ref.blocks {
			row := budgetpdf.BudgetRow{Page: g.Page, Side: t.ref.blocks[b], Values: make([]*float64, len(t.out.Columns))}
			parts := map[string]string{}
			any := false
			for _, ca := range at {
				if ca.desc.block != b {
					continue
				}
				txt := strings.TrimSpace(ca.c.Text)
				if txt == "" {
					continue
				}
				any = true
				switch ca.desc.what {
				case colCode:
					if codeRe.MatchString(txt) || ca.desc.part != "class" && ca.desc.part != "full" && partRe.MatchString(txt) {
						parts[ca.desc.part] = txt
					} else if mm := codeLed.FindStringSubmatch(txt); mm != nil && mm[2] != "" {
						parts["full"] = mm[1]
						row.Name = joinName(row.Name, mm[2])
					} else {
						row.Name = joinName(row.Name, txt)
					}
				case colName:
					if mm := codeLed.FindStringSubmatch(txt); mm != nil && mm[2] != "" && len(parts) == 0 {
						parts["full"] = mm[1]
						row.Name = joinName(row.Name, mm[2])
					} else {
						row.Name = joinName(row.Name, txt)
					}
				case colAmount:
					v, ok := amount(txt)
					if ok {
						row.Values[ca.desc.amount] = budgetpdf.Float(v)
					} else if !blankMark(txt) {
						unread = true
						res.Warnings = append(res.Warnings, budgetpdf.Warning{Page: g.Page, Code: budgetpdf.WarnBudgetRow,
							Message: fmt.Sprintf("%s: the cell %q under %q is not an amount (kept as null)", t.out.Kind, txt, t.out.Columns[ca.desc.amount].Header)})
					}
				}
			}
			if !any {
				continue
			}
			t.setCode(&row, b, parts)
			t.out.Rows = append(t.out.Rows, row)
			t.rows = append(t.rows, rowMeta{block: b, subset: strings.HasPrefix(forms.HeaderKey(row.Name), "其中")})
			typed++
		}
		if typed == 0 {
			t.stats.Lost++
			res.Warnings = append(res.Warnings, budgetpdf.Warning{Page: g.Page, Code: budgetpdf.WarnBudgetRow,
				Message: fmt.Sprintf("%s: a row under no column of the table's header is not read: %s", t.out.Kind, strings.Join(rowTexts(cells), " | "))})
			continue
		}
		if unread {
			t.stats.Unread++
		}
		t.stats.Typed++
	}
}

func rowTexts(cells []*layout.Cell) []string {
	var out []string
	for _, c := range cells {
		if t := strings.TrimSpace(c.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func joinName(a, b string) string {
	if a == "" {
		return b
	}
	return a + b
}

// amount reads a printed amount; a dash or blank is no amount.
func amount(s string) (float64, bool) {
	return forms.ParseAmount(s)
}

// blankMark: printed signs that stand for "nothing here".
func blankMark(s string) bool {
	switch strings.TrimSpace(s) {
	case "-", "—", "－", "--", "——", "/", "／", "*", "…", "无":
		return true
	}
	return false
}

// setCode splits the code, sets the level and the parent.
func (t *table) setCode(row *budgetpdf.BudgetRow, b int, parts map[string]string) {
	if full := parts["full"]; full != "" {
		row.Code = full
		row.Class = sub(full, 0, 3)
		row.Item = sub(full, 3, 5)
		row.Sub = sub(full, 5, len(full))
	} else if parts["class"] != "" || parts["item"] != "" || parts["sub"] != "" {
		row.Class, row.Item, row.Sub = parts["class"], pad2(parts["item"]), pad2(parts["sub"])
		if row.Class == "" {
			row.Class = t.lastClass[b]
		}
		if row.Item == "" && row.Sub != "" {
			row.Item = t.lastItem[b]
		}
		row.Code = row.Class + row.Item + row.Sub
	}
	if v, _ := lookup("total", row.Name); v != "" && row.Code == "" {
		row.Total = true
		return
	}
	if row.Code != "" {
		t.lastClass[b], t.lastItem[b] = row.Class, row.Item
		switch {
		case row.Sub != "":
			row.Level, row.Parent = 3, row.Class+row.Item
		case row.Item != "":
			row.Level, row.Parent = 2, row.Class
		default:
			row.Level = 1
		}
		return
	}
	// no code: the numbering gives the level (一、 over 1、 over (1) …)
	row.Level, row.Parent = t.outlines[b].place(row.Name)
}

func sub(s string, i, j int) string {
	if i >= len(s) {
		return ""
	}
	if j > len(s) {
		j = len(s)
	}
	return s[i:j]
}

func appendPage(ps []int, p int) []int {
	for _, x := range ps {
		if x == p {
			return ps
		}
	}
	ps = append(ps, p)
	sort.Ints(ps)
	return ps
}

// finish marks an empty table.
func (t *table) finish() budgetpdf.BudgetTable {
	empty := true
	for _, r := range t.out.Rows {
		for _, v := range r.Values {
			if v != nil && *v != 0 {
				empty = false
			}
		}
	}
	t.out.Empty = empty
	return t.out
}

// pad2 writes a 款 or 项 printed as one digit (2) as the two digits of the
// code (02).
func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// subjects are the words a narrative sentence names an empty table by.
var subjects = map[string]string{
	"fund_expenditure": "政府性基金", "state_capital_expenditure": "国有资本经营", "three_public": "三公",
}

var narrativeEmpty = regexp.MustCompile(`为0|为零|为0\.00|无|没有|未安排|不涉及`)

// narrativeStatement finds the sentence of the narrative that says an
// empty table's subject is nothing (……政府性基金拨款支出预算为0).
func narrativeStatement(kind string, narrative []string) string {
	subj := subjects[kind]
	if subj == "" {
		return ""
	}
	for _, text := range narrative {
		for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' || r == '\n' }) {
			i := strings.Index(s, subj)
			if i < 0 {
				continue
			}
			// the statement follows the subject within the same clause
			rest := s[i:]
			if j := strings.IndexAny(rest, "，,"); j >= 0 {
				rest = rest[:j]
			}
			if narrativeEmpty.MatchString(rest) {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}
