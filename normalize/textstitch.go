package normalize

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/target"
)

// Stitching: the pieces of one indicator row, in reading order, are cut
// into the row's cells. Each line break (or gap) between two pieces either
// continues a cell or starts the next; the decision weighs the evidence of
// the break itself (blank lines, autospace, a dictionary word spanning it,
// a unit wrapping after its number) against what each column expects (a
// sign column holds ≥ or 定性, a target starts with a sign or number, a unit
// is short, a name is never empty). A dynamic program finds the best cut.

var (
	targetStartRe = regexp.MustCompile(`^[≥≤><=≧≦＞＜]?\s*[-+]?\d`)
	digitRe       = regexp.MustCompile(`\d`)
)

// Bounds that keep stitching fast on any input: a row has at most
// maxRowPieces pieces worth cutting, a leading cell at most maxCellPieces.
const (
	maxRowPieces  = 40
	maxCellPieces = 10
)

// stitchRow cuts pieces into len(roles) cells.
func stitchRow(ps []piece, roles []role, doubled bool) []string {
	groups := stitchGroups(ps, roles, doubled)
	cells := make([]string, len(groups))
	for i, g := range groups {
		cells[i] = joinPieces(g)
	}
	return cells
}

// stitchGroups cuts pieces into len(roles) groups, one per cell. The
// leading name (and description) cells are tried at every length, so that
// later cells can be scored for repeating them (forms often print the
// name again as description, basis or in the target).
func stitchGroups(ps []piece, roles []role, doubled bool) [][]piece {
	if len(ps) > maxRowPieces && len(roles) > 0 {
		// Not a row (a table the rows were not found in): cut the start,
		// keep the rest in the last cell, and stay fast.
		groups := stitchGroups(ps[:maxRowPieces], roles, doubled)
		last := len(groups) - 1
		groups[last] = append(append([]piece{}, groups[last]...), ps[maxRowPieces:]...)
		return groups
	}
	n := len(ps)
	join := make([]float64, n+1) // join[t]: evidence that piece t continues piece t-1
	for t := 1; t < n; t++ {
		join[t] = joinScore(ps[t-1], ps[t], doubled)
	}
	lead := 0
	if len(roles) > 0 && roles[0] == roleName {
		lead = 1
		if len(roles) > 1 && roles[1] == roleDescription {
			lead = 2
		}
	}
	if lead == 0 {
		groups, _ := dpGroups(ps, join, roles, nil, 0)
		return groups
	}
	var best [][]piece
	bestS := math.Inf(-1)
	for e1 := 0; e1 <= min(n, maxCellPieces); e1++ {
		s1 := groupScore(ps, join, 0, e1, roles[0], nil)
		e2hi := e1
		if lead == 2 {
			e2hi = min(n, e1+maxCellPieces)
		}
		for e2 := e1; e2 <= e2hi; e2++ {
			known := []string{joinPieces(ps[:e1])}
			s2 := s1
			lead2 := [][]piece{ps[:e1]}
			if lead == 2 {
				s2 += groupScore(ps, join, e1, e2, roles[1], known)
				known = append(known, joinPieces(ps[e1:e2]))
				lead2 = append(lead2, ps[e1:e2])
			}
			rest, s3 := dpGroups(ps, join, roles[lead:], known, e2)
			if s2+s3 > bestS {
				bestS, best = s2+s3, append(lead2, rest...)
			}
		}
	}
	return best
}

// dpGroups cuts ps[from:] into len(roles) groups by dynamic programming and
// returns them with their score.
func dpGroups(ps []piece, join []float64, roles []role, known []string, from int) ([][]piece, float64) {
	n, k := len(ps), len(roles)
	neg := math.Inf(-1)
	dp := make([][]float64, n+1)
	back := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]float64, k+1)
		back[i] = make([]int, k+1)
		for j := range dp[i] {
			dp[i][j] = neg
		}
	}
	dp[from][0] = 0
	for r := 1; r <= k; r++ {
		for j := from; j <= n; j++ {
			for i := from; i <= j; i++ {
				if dp[i][r-1] == neg {
					continue
				}
				if s := dp[i][r-1] + groupScore(ps, join, i, j, roles[r-1], known); s > dp[j][r] {
					dp[j][r], back[j][r] = s, i
				}
			}
		}
	}
	groups := make([][]piece, k)
	j := n
	for r := k; r >= 1; r-- {
		i := back[j][r]
		groups[r-1] = ps[i:j]
		j = i
	}
	return groups, dp[n][k]
}

// groupScore is how well ps[i:j] fits one cell of role ro, with the
// evidence for the joins inside it and against the break before it.
func groupScore(ps []piece, join []float64, i, j int, ro role, known []string) float64 {
	s := 0.0
	for t := i + 1; t < j; t++ {
		s += join[t]
	}
	if j > i && i > 0 {
		s -= join[i]
	}
	return s + fitScore(ro, joinPieces(ps[i:j]), j-i, known)
}

var targetHeadRe = regexp.MustCompile(`^[≥≤><=≧≦＞＜]?\s*[-+]?[\d.]+`)

// repeats: text (a target: without its sign and number) is one of the
// row's cells already known.
func repeats(text string, ro role, known []string) bool {
	if ro == roleTarget {
		text = targetHeadRe.ReplaceAllString(text, "")
	}
	k := headerKey(text)
	for _, x := range known {
		if k != "" && k == headerKey(x) {
			return true
		}
	}
	return false
}

// joinScore weighs the break between a and b: positive continues a cell.
func joinScore(a, b piece, doubled bool) float64 {
	at, bt := strings.TrimSpace(a.text), strings.TrimSpace(b.text)
	s := 0.0
	switch b.gap {
	case gapHard:
		return -3
	case gapSoft:
		s += 0.5
	case gapLine:
		if !doubled {
			s += 1.5
		}
	case gapBlank:
		s -= 2
	}
	if isSign(at) || isSign(bt) {
		return s - 4
	}
	if strings.HasSuffix(at, "。") || strings.HasSuffix(at, "；") {
		s -= 2
	}
	if targetStartRe.MatchString(bt) {
		s -= 1.5
	}
	if targetStartRe.MatchString(at) && utf8.RuneCountInString(bt) <= 3 && !digitRe.MatchString(bt) {
		s += 1.5 // a unit wrapping after its number: ≥100百分 / 比
	}
	if spansWord(at, bt) {
		s += 2
	}
	return s
}

// isUnitText: a unit as the target grammar knows it (个, 人次, 百分比 …).
func isUnitText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || digitRe.MatchString(s) {
		return false
	}
	u := target.Parse("1"+s, "").Unit
	return u == s || u == "%" && utf8.RuneCountInString(s) <= 3
}

// fitScore: how well text (made of n pieces) fits a cell of role ro;
// known are the row's cells already decided.
func fitScore(ro role, text string, n int, known []string) float64 {
	if n == 0 {
		switch ro {
		case roleName:
			return -3
		case roleTarget:
			return -2
		case roleSign:
			return -1
		case roleUnit, roleNone:
			return -0.3
		}
		return -0.8
	}
	targetLike := targetStartRe.MatchString(text)
	runes := utf8.RuneCountInString(text)
	switch ro {
	case roleSign:
		if isSign(text) {
			return 3
		}
		return -4
	case roleTarget:
		switch {
		case isSign(text):
			return -3
		case targetLike && repeats(text, ro, known):
			return 3
		case targetLike:
			return 2
		case !digitRe.MatchString(text) && runes <= 12:
			return 0.3
		}
		return -0.5
	case roleUnit:
		switch {
		case isUnitText(text):
			return 1.5
		case runes <= 2 && !digitRe.MatchString(text) && !isSign(text):
			return 0
		}
		return -2
	}
	s := 0.0
	if isSign(text) {
		return -4
	}
	if targetLike {
		s -= 2
	}
	if ro != roleName && repeats(text, ro, known) {
		s++
	}
	return s
}
