package diff

import (
	"regexp"
	"strconv"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// alignTables pairs the budget tables of two documents by kind, the k-th
// table of a kind in OLD with the k-th of that kind in NEW, in NEW's
// order, then OLD's unpaired tables; each pair is compared line by line.
func alignTables(old, new *budgetpdf.Document) []tableGroup {
	oldOf := map[string][]int{}
	for i, t := range old.BudgetTables {
		oldOf[t.Kind] = append(oldOf[t.Kind], i)
	}
	used := make([]bool, len(old.BudgetTables))
	seen := map[string]int{}
	var gs []tableGroup
	for j := range new.BudgetTables {
		n := &new.BudgetTables[j]
		k := seen[n.Kind]
		seen[n.Kind]++
		if k >= len(oldOf[n.Kind]) {
			gs = append(gs, tableGroup{new: n})
			continue
		}
		i := oldOf[n.Kind][k]
		used[i] = true
		gs = append(gs, compareTables(&old.BudgetTables[i], n))
	}
	for i := range old.BudgetTables {
		if !used[i] {
			gs = append(gs, tableGroup{old: &old.BudgetTables[i]})
		}
	}
	return gs
}

// compareTables aligns the lines of two tables of one kind and lists
// their changes: NEW's lines in order (matched or added), then OLD's
// unmatched lines (removed).
func compareTables(o, n *budgetpdf.BudgetTable) tableGroup {
	g := tableGroup{old: o, new: n}
	conv := newConversion(o.MoneyUnit, n.MoneyUnit)
	g.unit = conv.unit
	cols := matchColumns(o.Columns, n.Columns)
	oldTo, newTo := matchLines(o.Rows, n.Rows)
	for j, i := range newTo {
		r := lineRow{new: &n.Rows[j]}
		if i >= 0 {
			r.old = &o.Rows[i]
			r.changes = lineChanges(g, cols, conv, r.old, r.new)
		} else {
			r.changes = []LineChange{lonelyLine(g, LineAdded, r.new, conv.toNew)}
		}
		g.lines = append(g.lines, r)
	}
	for i, j := range oldTo {
		if j < 0 {
			r := lineRow{old: &o.Rows[i]}
			r.changes = []LineChange{lonelyLine(g, LineRemoved, r.old, conv.toOld)}
			g.lines = append(g.lines, r)
		}
	}
	return g
}

// A colPair is one amount column printed in both tables.
type colPair struct{ old, new int }

// matchColumns pairs the columns of two tables by side, role and measure
// (by header where the role is unknown), the k-th such column with the
// k-th; a column printed on one side only is not compared.
func matchColumns(o, n []budgetpdf.BudgetColumn) []colPair {
	oldAt := map[string]int{}
	for i, k := range columnKeys(o) {
		oldAt[k] = i
	}
	var out []colPair
	for j, k := range columnKeys(n) {
		if i, ok := oldAt[k]; ok {
			out = append(out, colPair{i, j})
		}
	}
	return out
}

func columnKeys(cs []budgetpdf.BudgetColumn) []string {
	seen := map[string]int{}
	keys := make([]string, len(cs))
	for i, c := range cs {
		k := c.Side + "|" + c.Role + "|" + c.Measure
		if c.Role == "" {
			k = c.Side + "|header:" + nameKey(c.Header)
		}
		seen[k]++
		keys[i] = k + "#" + strconv.Itoa(seen[k])
	}
	return keys
}

// matchLines pairs the rows of two tables one to one, on the same side of
// the table: by 科目编码 (the k-th line printing a code with the k-th
// printing it), then, where a line prints no code on either side, by
// normalized name without its list numbering, in order. oldTo[i] is the NEW index of OLD row i or -1,
// newTo the reverse.
func matchLines(o, n []budgetpdf.BudgetRow) (oldTo, newTo []int) {
	m := matcher{oldTo: fill(len(o)), newTo: fill(len(n))}
	newAt := map[string]int{}
	for j, k := range codeKeys(n) {
		if k != "" {
			newAt[k] = j
		}
	}
	for i, k := range codeKeys(o) {
		if j, ok := newAt[k]; ok && k != "" {
			m.link(i, j)
		}
	}
	waiting := map[string][]int{}
	for j := range n {
		if m.newTo[j] < 0 {
			k := n[j].Side + "|" + lineKey(n[j].Name)
			waiting[k] = append(waiting[k], j)
		}
	}
	for i := range o {
		if m.oldTo[i] >= 0 {
			continue
		}
		k := o[i].Side + "|" + lineKey(o[i].Name)
		for w, j := range waiting[k] {
			if o[i].Code == "" || n[j].Code == "" {
				m.link(i, j)
				waiting[k] = append(waiting[k][:w:w], waiting[k][w+1:]...)
				break
			}
		}
	}
	return m.oldTo, m.newTo
}

// numbering is the list numbering a line's name may open with: 一、 1. （一） (2)、
var numbering = regexp.MustCompile(`^\s*([（(]\s*)?([一二三四五六七八九十]+|\d+)\s*([）)]\s*[、.．]?|[、.．])`)

// lineKey is a line's name as matched: without its list numbering (one
// year's 1、 is another's 一、), normalized like any name.
func lineKey(name string) string { return nameKey(numbering.ReplaceAllString(name, "")) }

// codeKeys is each row's side, code and occurrence of that code; "" for
// a row without a code.
func codeKeys(rows []budgetpdf.BudgetRow) []string {
	seen := map[string]int{}
	keys := make([]string, len(rows))
	for i, r := range rows {
		if r.Code == "" {
			continue
		}
		k := r.Side + "|" + r.Code
		seen[k]++
		keys[i] = k + "#" + strconv.Itoa(seen[k])
	}
	return keys
}
