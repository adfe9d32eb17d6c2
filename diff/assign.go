package diff

import "math"

// assign solves the assignment problem on the weight matrix w (rows × cols,
// rows may differ from cols): it returns, for each row, the column given to
// it or -1, such that no column is given twice and the total weight is the
// largest possible. It is the Hungarian algorithm with potentials
// (Kuhn–Munkres, O(n²m)).
func assign(w [][]float64) []int {
	rows := len(w)
	if rows == 0 {
		return nil
	}
	cols := len(w[0])
	if rows > cols {
		return invert(assign(transpose(w)), rows)
	}
	// Minimize cost = -weight; 1-based arrays, column 0 is a sentinel.
	u := make([]float64, rows+1)
	v := make([]float64, cols+1)
	owner := make([]int, cols+1) // owner[j] = row assigned to column j
	way := make([]int, cols+1)
	minv := make([]float64, cols+1)
	used := make([]bool, cols+1)
	for i := 1; i <= rows; i++ {
		owner[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for owner[j0] != 0 {
			used[j0] = true
			i0, delta, j1 := owner[j0], math.Inf(1), 0
			for j := 1; j <= cols; j++ {
				if used[j] {
					continue
				}
				cur := -w[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= cols; j++ {
				if used[j] {
					u[owner[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
		}
		for j0 != 0 {
			j1 := way[j0]
			owner[j0] = owner[j1]
			j0 = j1
		}
	}
	res := make([]int, rows)
	for i := range res {
		res[i] = -1
	}
	for j := 1; j <= cols; j++ {
		if owner[j] != 0 {
			res[owner[j]-1] = j - 1
		}
	}
	return res
}

// transpose returns w with rows and columns swapped.
func transpose(w [][]float64) [][]float64 {
	t := make([][]float64, len(w[0]))
	for j := range t {
		t[j] = make([]float64, len(w))
		for i := range w {
			t[j][i] = w[i][j]
		}
	}
	return t
}

// invert turns a column → row assignment into a row → column one.
func invert(colToRow []int, rows int) []int {
	res := make([]int, rows)
	for i := range res {
		res[i] = -1
	}
	for j, i := range colToRow {
		if i >= 0 {
			res[i] = j
		}
	}
	return res
}
