package diff

import budgetpdf "github.com/budgetpdf/budgetpdf"

// alignIndicators matches the indicators of a matched pair of tables and
// lists their changes, row by row in NEW's order with removed indicators
// after their OLD predecessor. base carries the project's name.
func alignIndicators(old, new []budgetpdf.Indicator, base Change, opts Options) []row {
	byLevel2 := anyLevel2(old) && anyLevel2(new)
	oldTo, sims := matchIndicators(old, new, byLevel2, opts)
	newTo := fill(len(new))
	for i, j := range oldTo {
		if j >= 0 {
			newTo[j] = i
		}
	}
	rows := make([]row, 0, len(new))
	for j, i := range newTo {
		b := base
		b.Indicator = new[j].Name
		if i < 0 {
			b.Kind = IndicatorAdded
			rows = append(rows, row{new: &new[j], changes: []Change{b}})
			continue
		}
		rows = append(rows, row{old: &old[i], new: &new[j],
			changes: indicatorChanges(&old[i], &new[j], sims[i], byLevel2, b)})
	}
	for i, j := range oldTo {
		if j < 0 {
			b := base
			b.Kind, b.Indicator = IndicatorRemoved, old[i].Name
			rows = insertAfterOld(rows, old, i, row{old: &old[i], changes: []Change{b}})
		}
	}
	return rows
}

// matchIndicators pairs indicators within blocks of the same levels, then
// leftovers of the same name across blocks. It returns the NEW index of
// each OLD indicator (or -1) and the similarity of renamed ones.
func matchIndicators(old, new []budgetpdf.Indicator, byLevel2 bool, opts Options) ([]int, map[int]float64) {
	oldTo := fill(len(old))
	newTo := fill(len(new))
	sims := map[int]float64{}
	oldBlocks, newBlocks := blocks(old, byLevel2), blocks(new, byLevel2)
	for key, oi := range oldBlocks {
		ni := newBlocks[key]
		for _, p := range match(indicatorEntries(old, oi), indicatorEntries(new, ni), opts) {
			i, j := oi[p.old], ni[p.new]
			oldTo[i], newTo[j], sims[i] = j, i, p.similarity
		}
	}
	m := matcher{oldTo: oldTo, newTo: newTo}
	m.byName(indicatorEntries(old, every(len(old))), indicatorEntries(new, every(len(new))))
	return m.oldTo, sims
}

// blocks groups indicator indexes by their levels.
func blocks(inds []budgetpdf.Indicator, byLevel2 bool) map[string][]int {
	b := map[string][]int{}
	for i, ind := range inds {
		k := levelKey(ind.Level1)
		if byLevel2 {
			k += "\x00" + levelKey(ind.Level2)
		}
		b[k] = append(b[k], i)
	}
	return b
}

// every lists the indexes 0 … n-1.
func every(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// indicatorEntries lists the entries of inds at idx.
func indicatorEntries(inds []budgetpdf.Indicator, idx []int) []entry {
	es := make([]entry, len(idx))
	for k, i := range idx {
		es[k] = newEntry("", inds[i].Name)
	}
	return es
}

// anyLevel2 reports whether a table has a 二级指标 column at all (T4 forms
// do not; blocking on it would then match nothing).
func anyLevel2(inds []budgetpdf.Indicator) bool {
	for _, ind := range inds {
		if levelKey(ind.Level2) != "" {
			return true
		}
	}
	return false
}

// indicatorChanges lists the changes of a matched pair of indicators.
func indicatorChanges(o, n *budgetpdf.Indicator, sim float64, byLevel2 bool, base Change) []Change {
	var out []Change
	if nameKey(o.Name) != nameKey(n.Name) {
		c := base
		c.Kind, c.From, c.To, c.Similarity = IndicatorRenamed, o.Name, n.Name, round3(sim)
		out = append(out, c)
	}
	if levelKey(o.Level1) != levelKey(n.Level1) {
		c := base
		c.Kind, c.Field, c.From, c.To = LevelChanged, "level1", o.Level1, n.Level1
		out = append(out, c)
	}
	if byLevel2 && levelKey(o.Level2) != levelKey(n.Level2) {
		c := base
		c.Kind, c.Field, c.From, c.To = LevelChanged, "level2", o.Level2, n.Level2
		out = append(out, c)
	}
	return append(out, targetChanges(o, n, base)...)
}

// insertAfterOld inserts r after the row holding OLD indicator i-1 (which
// is already placed), or first when i is 0.
func insertAfterOld(rows []row, old []budgetpdf.Indicator, i int, r row) []row {
	pos := 0
	if i > 0 {
		for k := range rows {
			if rows[k].old == &old[i-1] {
				pos = k + 1
				break
			}
		}
	}
	rows = append(rows, row{})
	copy(rows[pos+1:], rows[pos:])
	rows[pos] = r
	return rows
}
