package budget

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// What a grid column holds.
const (
	colNone = iota
	colCode
	colName
	colAmount
)

// colDesc is the meaning of one grid column.
type colDesc struct {
	what   int
	part   string // of a code column: class, item, sub, full
	block  int    // which side-by-side block of the table
	amount int    // of an amount column: its index in the table's Columns
}

// header is what a grid's header band says: its rows, the printed path of
// each column, and the meaning of each column.
type header struct {
	top, bottom int        // rows of the band; bottom = top-1 when the grid has none
	paths       [][]string // per grid column, the header texts top down
	cols        []colDesc
	columns     []budgetpdf.BudgetColumn
	rolePaths   [][]string // per amount column, its path without the measure
	blocks      []string   // per block, its side
	lead        []string   // single-cell rows above the band (a title, 单位：万元)
}

// sig is the header's printed text, to tell a repeated header.
func (h header) sig() string {
	var b strings.Builder
	for _, p := range h.paths {
		b.WriteString(strings.Join(p, "/"))
		b.WriteByte('|')
	}
	return b.String()
}

var (
	codeRe  = regexp.MustCompile(`^\d{3,}$`)
	enumRe  = regexp.MustCompile(`^(([一二三四五六七八九十]+)、|(\d+)[、.．]|[（(]([一二三四五六七八九十]+)[）)]|[（(](\d+)[）)]|其中[：:]?)`)
	codeLed = regexp.MustCompile(`^[\[【]?(\d{3,9})[\]】]?\s*[-—－:：]?\s*(.*)$`)
)

// cellTexts are the texts of the cells whose corner is in row r.
func cellTexts(g *layout.Grid, r int) []*layout.Cell { return g.RowCells(r) }

// dataRow: a row that is not header words: it prints an amount, a code, a
// total's name or a numbered line, or nothing at all.
func dataRow(g *layout.Grid, r int) bool {
	cells := cellTexts(g, r)
	words, other := 0, 0
	lead := ""
	for _, c := range cells {
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		words++
		if forms.Numeric(t) && !isColumnNumber(g, r) || codeRe.MatchString(t) {
			return true
		}
		if words == 1 {
			lead = t
		} else {
			other++
		}
	}
	switch {
	case words == 0:
		return true
	case enumRe.MatchString(forms.HeaderKey(lead)):
		return true
	case other == 0 && (blankMark(lead) || statementRe.MatchString(lead)):
		return true // 无, 本表无数据: the body of an empty table
	}
	// a total row (合计 with blanks beside it); 合计 among header words is one
	v, _ := lookup("total", lead)
	return v != "" && other == 0
}

// isColumnNumber: a row of small column numbers (栏次 1 2 3 …, ** | 1 | 2
// …) is header.
func isColumnNumber(g *layout.Grid, r int) bool {
	n, small := 0, 0
	for _, c := range g.RowCells(r) {
		t := strings.TrimSpace(c.Text)
		if t == "" {
			continue
		}
		n++
		if t == "栏次" || t == "行次" {
			return true
		}
		if len(t) <= 2 && codeRe.MatchString("00"+t) || stars(t) {
			small++ // a column's number, or the stars some print over the name and code columns
		}
	}
	return n >= 3 && small == n
}

// trailingNumbering is the table number some producers print after the
// title, in parentheses: 收支总表（预算表1）.
var trailingNumbering = regexp.MustCompile(`\s*[（(][^（()）]{0,12}[)）]\s*$`)

// leadRow: a row of one text (a title or a unit line printed inside the
// rules above the header).
func leadRow(g *layout.Grid, r int) (string, bool) {
	cells := g.RowCells(r)
	var text string
	n := 0
	for _, c := range cells {
		if t := strings.TrimSpace(c.Text); t != "" {
			n++
			text = t
		}
	}
	if n > 1 && n <= 4 {
		// a unit line inside the rules: 部门名称 | ：XX局 | 单位：万元, or a
		// grid of its own that names the unit (部门名称 | ：XX法院)
		var texts []string
		unit := false
		for _, c := range cells {
			t := strings.TrimSpace(c.Text)
			if t == "" {
				continue
			}
			if forms.Numeric(t) {
				return "", false
			}
			unit = unit || moneyUnitRe.MatchString(t)
			texts = append(texts, t)
		}
		if unit || forms.UnitDecl.MatchString(strings.Join(texts, "")) {
			return strings.Join(texts, " "), true // or the unit alone: 部门名称 | ：XX局
		}
	}
	if n != 1 || g.NumCols() < 2 {
		return "", false
	}
	if moneyUnitRe.MatchString(text) || kindOf(text) != "" && strings.HasSuffix(key(trailingNumbering.ReplaceAllString(text, "")), "表") {
		return text, true
	}
	return "", false
}

// readHeader finds the header band at the top of a grid and what its
// columns mean. ok is false when the grid has no header band (a page that
// continues a table) or its columns name no amount.
func readHeader(g *layout.Grid) (header, bool) {
	h := header{}
	r := 0
	for ; r < g.NumRows() && r < 3; r++ {
		t, ok := leadRow(g, r)
		if !ok {
			break
		}
		h.lead = append(h.lead, t)
	}
	h.top = r
	for r < g.NumRows() && r < h.top+4 && !dataRow(g, r) {
		r++
	}
	h.bottom = r - 1
	if h.bottom < h.top {
		return h, false
	}
	h.paths = make([][]string, g.NumCols())
	for c := 0; c < g.NumCols(); c++ {
		var prev *layout.Cell
		for rr := h.top; rr <= h.bottom; rr++ {
			cell := g.At(rr, c)
			if cell == nil || cell == prev {
				continue
			}
			prev = cell
			if t := strings.TrimSpace(cell.Text); t != "" && !isColumnNumberText(t) {
				h.paths[c] = append(h.paths[c], t)
			}
		}
	}
	h.classify()
	for _, d := range h.cols {
		if d.what == colAmount {
			return h, true
		}
	}
	return h, false
}

// isColumnNumberText: a cell of the row of column numbers (栏次, 1, **);
// 行次 heads a column of row numbers and stays in its path, where the
// lexicon's skip rules leave the column out of the figures.
func isColumnNumberText(t string) bool {
	return t == "栏次" || len(t) <= 2 && codeRe.MatchString("00"+t) || stars(t)
}

// stars: a cell of asterisks, printed over the name and code columns of a
// row of column numbers (** | 1 | 2 …).
func stars(t string) bool { return t != "" && strings.Trim(t, "*＊") == "" }

// classify decides each column's meaning from its path and cuts the
// columns into blocks: a code or name column after amounts starts a new
// one (a two-sided 收支总表, a 基本支出表 printed in two halves).
func (h *header) classify() {
	h.cols = make([]colDesc, len(h.paths))
	block, amounts := 0, 0
	started := false
	for c, p := range h.paths {
		d := colDesc{block: -1, amount: -1}
		if len(p) == 0 {
			h.cols[c] = d
			continue
		}
		leaf := p[len(p)-1]
		part, cw := lookup("code", leaf)
		_, nw := lookup("name", leaf)
		if cw == 0 && nw == 0 && isTotalWord(leaf) {
			// 合计 under 科目编码: a total row the producer ran into the header
			for _, up := range p[:len(p)-1] {
				if v, w := lookup("code", up); w >= 0.9 && cw == 0 {
					part, cw = v, w
				}
				if _, w := lookup("name", up); w >= 0.9 && nw == 0 {
					nw = w
				}
			}
		}
		if _, sw := lookup("skip", leaf); sw > 0 && cw == 0 && nw == 0 {
			d.block = block // 行次, 备注: a column of the block, no figure
			h.cols[c] = d
			continue
		}
		switch {
		case cw > 0 && cw >= nw:
			d.what, d.part = colCode, part
		case nw > 0:
			d.what = colName
		default:
			d.what = colAmount
		}
		if d.what != colAmount {
			if started && amounts > 0 || started && d.what == colName && h.hasName(block) || started && d.what == colCode && h.hasPart(block, d.part) {
				block++
				amounts = 0
			}
		}
		if !started {
			started = true
		}
		d.block = block
		if d.what == colAmount {
			d.amount = len(h.columns)
			amounts++
			col, rp := column(p)
			h.columns = append(h.columns, col)
			h.rolePaths = append(h.rolePaths, rp)
		}
		h.cols[c] = d
	}
	h.blocks = make([]string, block+1)
	sides := map[string]int{}
	for b := range h.blocks {
		h.blocks[b] = h.side(b)
		sides[h.blocks[b]]++
	}
	if len(h.blocks) >= 2 && (sides["income"] == 0 || sides["expenditure"] == 0) {
		// side-by-side halves of one table (a 基本支出表 printed in two)
		for b := range h.blocks {
			h.blocks[b] = fmt.Sprintf("part%d", b+1)
		}
	} else if len(h.blocks) < 2 {
		h.blocks[0] = ""
	} else {
		numberRepeats(h.blocks)
	}
	for c, d := range h.cols {
		if d.what == colAmount {
			h.columns[d.amount].Side = h.blocks[d.block]
		}
		_ = c
	}
}

// numberRepeats names the second and later blocks of one side apart
// (expenditure2, expenditure3): a 收支总表 that prints its 支出 by 功能分类,
// then by 部门 and 政府 经济分类 side by side has three 支出 blocks whose
// lines and totals are three readings of one sum, not one list. The first
// keeps the plain side.
func numberRepeats(blocks []string) {
	seen := map[string]int{}
	for b, side := range blocks {
		seen[side]++
		if n := seen[side]; n > 1 && side != "" {
			blocks[b] = fmt.Sprintf("%s%d", side, n)
		}
	}
}

// knownWords reports whether any header cell holds a word of the lexicon
// (a role, code, name or measure): a grid whose first rows name no column
// (（十九）自然资源海洋气象等支出 over 656.08) has no header, whatever its
// first amount row leaves above it.
func (h *header) knownWords() bool {
	for _, p := range h.paths {
		for _, w := range p {
			for _, section := range []string{"role", "code", "name", "measure"} {
				if _, weight := lookup(section, w); weight > 0 {
					return true
				}
			}
		}
	}
	return false
}

func (h *header) hasName(b int) bool {
	for _, d := range h.cols {
		if d.block == b && d.what == colName {
			return true
		}
	}
	return false
}

func (h *header) hasPart(b int, part string) bool {
	for _, d := range h.cols {
		if d.block == b && d.what == colCode && d.part == part {
			return true
		}
	}
	return false
}

// side is income or expenditure when the block's header says so.
func (h *header) side(b int) string {
	for c, d := range h.cols {
		if d.block != b || d.what == colNone || len(h.paths[c]) == 0 {
			continue
		}
		k := key(h.paths[c][0])
		inc, exp := strings.Contains(k, "收入"), strings.Contains(k, "支出")
		switch {
		case inc && !exp:
			return "income"
		case exp && !inc:
			return "expenditure"
		}
	}
	return ""
}

// column gives an amount column's printed header, its role and measure,
// and its path without the measure (for the column formulas).
func column(p []string) (budgetpdf.BudgetColumn, []string) {
	col := budgetpdf.BudgetColumn{Header: strings.Join(p, "/")}
	rp := p
	if m, _ := lookup("measure", p[len(p)-1]); m != "" && len(p) > 1 {
		col.Measure = m
		rp = p[:len(p)-1]
	}
	for i := len(rp) - 1; i >= 0; i-- {
		r, _ := lookup("role", rp[i])
		if r == "" {
			continue
		}
		if r == "subtotal" {
			if i > 0 {
				if pr, _ := lookup("role", rp[i-1]); pr != "" {
					r = pr
				}
			}
			if r == "subtotal" {
				r = "total"
			}
		}
		col.Role = r
		break
	}
	if col.Role == "" {
		col.Role = "other"
	}
	return col, rp
}

// isTotalWord: a header word that names the sum of its siblings.
func isTotalWord(s string) bool {
	r, _ := lookup("role", s)
	return r == "total" || r == "subtotal"
}

func runes(s string) int { return utf8.RuneCountInString(s) }
