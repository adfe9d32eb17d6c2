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

// stitchRow cuts pieces into len(roles) cells.
func stitchRow(ps []piece, roles []role, doubled bool) []string {
	groups := stitchGroups(ps, roles, doubled)
	cells := make([]string, len(groups))
	for i, g := range groups {
		cells[i] = joinPieces(g)
	}
	return cells
}

// stitchGroups cuts pieces into len(roles) groups, one per cell. A second
// pass knows the name and prefers cells that repeat it.
func stitchGroups(ps []piece, roles []role, doubled bool) [][]piece {
	groups := stitchOnce(ps, roles, doubled, "")
	for i, ro := range roles {
		if ro == roleName && len(groups[i]) > 0 {
			return stitchOnce(ps, roles, doubled, joinPieces(groups[i]))
		}
	}
	return groups
}

func stitchOnce(ps []piece, roles []role, doubled bool, name string) [][]piece {
	n, k := len(ps), len(roles)
	join := make([]float64, n) // join[t]: evidence that piece t continues piece t-1
	for t := 1; t < n; t++ {
		join[t] = joinScore(ps[t-1], ps[t], doubled)
	}
	neg := math.Inf(-1)
	dp := make([][]float64, n+1)
	from := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]float64, k+1)
		from[i] = make([]int, k+1)
		for j := range dp[i] {
			dp[i][j] = neg
		}
	}
	dp[0][0] = 0
	for r := 1; r <= k; r++ {
		for j := 0; j <= n; j++ {
			for i := 0; i <= j; i++ {
				if dp[i][r-1] == neg {
					continue
				}
				s := dp[i][r-1] + groupScore(ps[i:j], join[i:j], roles[r-1], name)
				if i > 0 && j > i {
					s -= join[i]
				}
				if s > dp[j][r] {
					dp[j][r], from[j][r] = s, i
				}
			}
		}
	}
	groups := make([][]piece, k)
	j := n
	for r := k; r >= 1; r-- {
		i := from[j][r]
		groups[r-1] = ps[i:j]
		j = i
	}
	return groups
}

// groupScore is how well pieces fit one cell of role ro, plus the evidence
// for the joins inside it (joins[0] is the break before the group).
func groupScore(ps []piece, joins []float64, ro role, name string) float64 {
	s := 0.0
	for t := 1; t < len(ps); t++ {
		s += joins[t]
	}
	return s + fitScore(ro, joinPieces(ps), len(ps), name)
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

// fitScore: how well text (made of n pieces) fits a cell of role ro.
func fitScore(ro role, text string, n int, name string) float64 {
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
	if name != "" && ro != roleName && headerKey(text) == headerKey(name) {
		s += 1
	}
	return s
}
