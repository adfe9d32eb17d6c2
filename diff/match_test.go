package diff

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// table is a similarity given by a table of pairs (0 elsewhere), so the
// matcher can be tested without a segmenter.
func table(sims map[[2]string]float64) func(a, b string) float64 {
	return func(a, b string) float64 { return sims[[2]string{a, b}] }
}

func TestMatch(t *testing.T) {
	e := newEntry
	tests := []struct {
		name     string
		old, new []entry
		sims     map[[2]string]float64
		want     []pair
	}{
		{"same code, new name", []entry{e("13022523P00QK8310006H", "甲")}, []entry{e("13022523P00QK8310006H", "乙")},
			map[[2]string]float64{{"甲", "乙"}: 0.1}, []pair{{0, 0, 0.1}}},
		{"short codes are row numbers", []entry{e("1", "甲"), e("2", "乙")}, []entry{e("1", "乙"), e("2", "甲")},
			nil, []pair{{0, 1, 0}, {1, 0, 0}}},
		{"duplicate codes are ignored", []entry{e("CODE0001", "甲"), e("CODE0001", "乙")}, []entry{e("CODE0001", "乙"), e("CODE0001", "甲")},
			nil, []pair{{0, 1, 0}, {1, 0, 0}}},
		{"normalized name", []entry{e("", "资金使用 合规率（%）")}, []entry{e("", "资金使用合规率")}, nil, []pair{{0, 0, 0}}},
		{"below threshold stays apart", []entry{e("", "甲")}, []entry{e("", "乙")},
			map[[2]string]float64{{"甲", "乙"}: 0.69}, nil},
		{"optimal, not greedy", []entry{e("", "A"), e("", "B")}, []entry{e("", "X"), e("", "Y")},
			map[[2]string]float64{{"A", "X"}: 0.9, {"A", "Y"}: 0.85, {"B", "X"}: 0.8},
			[]pair{{0, 1, 0.85}, {1, 0, 0.8}}},
		{"exact name beats a better similarity", []entry{e("", "A"), e("", "B")}, []entry{e("", "B"), e("", "A2")},
			map[[2]string]float64{{"A", "B"}: 0.95, {"A", "A2"}: 0.75},
			[]pair{{0, 1, 0.75}, {1, 0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := match(tt.old, tt.new, Options{Similarity: table(tt.sims)}.withDefaults())
			slices.SortFunc(got, func(a, b pair) int { return a.old - b.old })
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAssign checks the Hungarian algorithm against brute force on random
// rectangular matrices.
func TestAssign(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 300; n++ {
		rows, cols := 1+rng.IntN(5), 1+rng.IntN(5)
		w := make([][]float64, rows)
		for i := range w {
			w[i] = make([]float64, cols)
			for j := range w[i] {
				if rng.IntN(3) > 0 {
					w[i][j] = float64(rng.IntN(100)) / 100
				}
			}
		}
		got := assign(w)
		used := map[int]bool{}
		total := 0.0
		for i, j := range got {
			if j < 0 {
				continue
			}
			if used[j] {
				t.Fatalf("%v: column %d given twice: %v", w, j, got)
			}
			used[j] = true
			total += w[i][j]
		}
		if best := bruteForce(w, 0, map[int]bool{}); total < best-1e-9 {
			t.Fatalf("%v: total %v, best %v (%v)", w, total, best, got)
		}
	}
}

// bruteForce is the best total weight of rows i… using columns not used.
func bruteForce(w [][]float64, i int, used map[int]bool) float64 {
	if i == len(w) {
		return 0
	}
	best := bruteForce(w, i+1, used) // row i unassigned
	for j := range w[i] {
		if !used[j] {
			used[j] = true
			best = max(best, w[i][j]+bruteForce(w, i+1, used))
			used[j] = false
		}
	}
	return best
}
