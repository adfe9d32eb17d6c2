package pdfgrid

import (
	"math"
	"sort"

	"github.com/budgetpdf/budgetpdf/extract"
)

// Tolerances for rule geometry, in points.
const (
	snapTol   = 2.0 // two rules this close are the same line
	joinGap   = 3.0 // collinear pieces with a smaller gap are one rule
	touchTol  = 3.0 // a rule ending this close to another touches it
	minRuleLn = 4.0 // shorter pieces are ticks, not rules
)

// rule is a merged horizontal or vertical ruling line.
type rule struct {
	pos    float64 // y of a horizontal rule, x of a vertical one
	lo, hi float64 // extent along the line
}

// mergeRules splits segments into horizontal and vertical rules and joins
// collinear pieces (producers often draw one piece per cell border).
func mergeRules(segs []extract.Segment) (hs, vs []rule) {
	for _, s := range segs {
		if s.Horizontal() {
			if s.X1-s.X0 >= minRuleLn {
				hs = append(hs, rule{(s.Y0 + s.Y1) / 2, s.X0, s.X1})
			}
		} else if s.Y1-s.Y0 >= minRuleLn {
			vs = append(vs, rule{(s.X0 + s.X1) / 2, s.Y0, s.Y1})
		}
	}
	return joinCollinear(hs), joinCollinear(vs)
}

func joinCollinear(rs []rule) []rule {
	sort.Slice(rs, func(i, j int) bool {
		if math.Abs(rs[i].pos-rs[j].pos) > snapTol {
			return rs[i].pos < rs[j].pos
		}
		return rs[i].lo < rs[j].lo
	})
	var out []rule
	for i := 0; i < len(rs); {
		// One band of rules at (about) the same position.
		j := i + 1
		for j < len(rs) && rs[j].pos-rs[j-1].pos <= snapTol {
			j++
		}
		band := append([]rule(nil), rs[i:j]...)
		sort.Slice(band, func(a, b int) bool { return band[a].lo < band[b].lo })
		var sum float64
		for _, r := range band {
			sum += r.pos
		}
		pos := sum / float64(len(band))
		cur := rule{pos, band[0].lo, band[0].hi}
		for _, r := range band[1:] {
			if r.lo <= cur.hi+joinGap {
				cur.hi = math.Max(cur.hi, r.hi)
				continue
			}
			out = append(out, cur)
			cur = rule{pos, r.lo, r.hi}
		}
		out = append(out, cur)
		i = j
	}
	return out
}

// crosses reports whether horizontal rule h and vertical rule v meet.
func crosses(h, v rule) bool {
	return v.pos >= h.lo-touchTol && v.pos <= h.hi+touchTol && h.pos >= v.lo-touchTol && h.pos <= v.hi+touchTol
}

// ruleGroups clusters rules into connected networks: each network with at
// least two rules in each direction is a candidate table.
func ruleGroups(hs, vs []rule) [][2][]rule {
	n := len(hs) + len(vs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, h := range hs {
		for j, v := range vs {
			if crosses(h, v) {
				parent[find(i)] = find(len(hs) + j)
			}
		}
	}
	groups := map[int]*[2][]rule{}
	var order []int
	for i := 0; i < n; i++ {
		root := find(i)
		g, ok := groups[root]
		if !ok {
			g = &[2][]rule{}
			groups[root] = g
			order = append(order, root)
		}
		if i < len(hs) {
			g[0] = append(g[0], hs[i])
		} else {
			g[1] = append(g[1], vs[i-len(hs)])
		}
	}
	var out [][2][]rule
	for _, root := range order {
		if g := groups[root]; len(g[0]) >= 2 && len(g[1]) >= 2 {
			out = append(out, *g)
		}
	}
	return out
}

// positions clusters rule positions into sorted grid lines.
func positions(rs []rule) []float64 {
	ps := make([]float64, 0, len(rs))
	for _, r := range rs {
		ps = append(ps, r.pos)
	}
	return cluster(ps, snapTol)
}

// cluster sorts values and merges those closer than tol (keeping the mean).
func cluster(vals []float64, tol float64) []float64 {
	sort.Float64s(vals)
	var out []float64
	for i := 0; i < len(vals); {
		j, sum := i, 0.0
		for j < len(vals) && vals[j]-vals[i] <= tol {
			sum += vals[j]
			j++
		}
		out = append(out, sum/float64(j-i))
		i = j
	}
	return out
}

// covered reports whether some rule at pos spans [lo, hi] (mostly).
func covered(rs []rule, pos, lo, hi float64) bool {
	need := (hi - lo) * 0.6
	for _, r := range rs {
		if math.Abs(r.pos-pos) > snapTol+0.5 {
			continue
		}
		if math.Min(r.hi, hi)-math.Max(r.lo, lo) >= need {
			return true
		}
	}
	return false
}
