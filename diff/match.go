package diff

import "unicode/utf8"

// An entry is what the matcher knows of a project or an indicator.
type entry struct {
	code string // "" when the item has none (indicators)
	name string
	key  string // nameKey(name)
}

func newEntry(code, name string) entry { return entry{code: code, name: name, key: nameKey(name)} }

// A pair is one old item matched to one new item; old or new is -1 for an
// item with no counterpart. similarity is the names' similarity when they
// differ (0 when their normalized names are equal).
type pair struct {
	old, new   int
	similarity float64
}

// minCodeLen is the shortest code trusted as an identity: shorter ones are
// row numbers (1, 2, 3 …), not project codes.
const minCodeLen = 6

// match pairs old and new entries one-to-one: by code, else by normalized
// name, else by the best total similarity at or above the threshold.
// It returns the matched pairs only, in no particular order.
func match(old, new []entry, opts Options) []pair {
	m := matcher{oldTo: fill(len(old)), newTo: fill(len(new))}
	m.byCode(old, new)
	m.byName(old, new)
	m.bySimilarity(old, new, opts)
	pairs := make([]pair, 0, len(old))
	for i, j := range m.oldTo {
		if j < 0 {
			continue
		}
		p := pair{old: i, new: j}
		if old[i].key != new[j].key {
			p.similarity = opts.Similarity(old[i].name, new[j].name)
		}
		pairs = append(pairs, p)
	}
	return pairs
}

// matcher holds the assignment being built: oldTo[i] is the new index of
// old item i or -1, newTo the reverse.
type matcher struct {
	oldTo, newTo []int
}

func (m *matcher) link(i, j int) { m.oldTo[i], m.newTo[j] = j, i }

// byCode links items whose code is long enough and unique on both sides.
func (m *matcher) byCode(old, new []entry) {
	oldIdx, newIdx := uniqueCodes(old), uniqueCodes(new)
	for code, i := range oldIdx {
		if j, ok := newIdx[code]; ok {
			m.link(i, j)
		}
	}
}

// uniqueCodes maps each usable code that occurs once to its index.
func uniqueCodes(es []entry) map[string]int {
	idx := map[string]int{}
	seen := map[string]int{}
	for i, e := range es {
		c := nameKey(e.code)
		if utf8.RuneCountInString(c) < minCodeLen {
			continue
		}
		seen[c]++
		idx[c] = i
	}
	for c, n := range seen {
		if n > 1 {
			delete(idx, c)
		}
	}
	return idx
}

// byName links unlinked items with the same normalized name, in order.
func (m *matcher) byName(old, new []entry) {
	waiting := map[string][]int{}
	for j, e := range new {
		if m.newTo[j] < 0 {
			waiting[e.key] = append(waiting[e.key], j)
		}
	}
	for i, e := range old {
		k := e.key
		if m.oldTo[i] >= 0 || len(waiting[k]) == 0 {
			continue
		}
		m.link(i, waiting[k][0])
		waiting[k] = waiting[k][1:]
	}
}

// bySimilarity links the remaining items by an optimal assignment over the
// name similarities that reach the threshold.
func (m *matcher) bySimilarity(old, new []entry, opts Options) {
	rows, cols := unlinked(m.oldTo), unlinked(m.newTo)
	if len(rows) == 0 || len(cols) == 0 {
		return
	}
	w := make([][]float64, len(rows))
	for r, i := range rows {
		w[r] = make([]float64, len(cols))
		for c, j := range cols {
			if s := opts.Similarity(old[i].name, new[j].name); s >= opts.Threshold {
				w[r][c] = s
			}
		}
	}
	for r, c := range assign(w) {
		if c >= 0 && w[r][c] > 0 {
			m.link(rows[r], cols[c])
		}
	}
}

// unlinked lists the indexes still without a counterpart.
func unlinked(to []int) []int {
	var idx []int
	for i, j := range to {
		if j < 0 {
			idx = append(idx, i)
		}
	}
	return idx
}

// fill returns n times -1.
func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}
