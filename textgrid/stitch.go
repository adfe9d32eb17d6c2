package textgrid

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/forms"
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
	targetStartRe = regexp.MustCompile(`^(>=|<=|[≥≤><=≧≦＞＜])?\s*[-+]?\d`)
	digitRe       = regexp.MustCompile(`\d`)
)

// Bounds that keep stitching fast on any input: a row has at most
// maxRowPieces pieces worth cutting, a leading cell at most maxCellPieces.
const (
	maxRowPieces  = 40
	maxCellPieces = 10
)

// stitchRow cuts pieces into len(roles) cells.
func stitchRow(ps []piece, roles []forms.Role, doubled bool) []string {
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
func stitchGroups(ps []piece, roles []forms.Role, doubled bool) [][]piece {
	if len(ps) > maxRowPieces && len(roles) > 0 {
		// Not a row (a table the rows were not found in): cut the start,
		// keep the rest in the last cell, and stay fast.
		groups := stitchGroups(ps[:maxRowPieces], roles, doubled)
		last := len(groups) - 1
		groups[last] = append(append([]piece{}, groups[last]...), ps[maxRowPieces:]...)
		return groups
	}
	st := newStitcher(ps, roles, doubled)
	n := len(ps)
	lead := 0
	if len(roles) > 0 && roles[0] == forms.RoleName {
		lead = 1
		if len(roles) > 1 && roles[1] == forms.RoleDescription {
			lead = 2
		}
	}
	if lead == 0 {
		groups, _ := st.dp(0, 0, nil)
		return groups
	}
	var best [][]piece
	bestS := math.Inf(-1)
	for e1 := 0; e1 <= min(n, maxCellPieces); e1++ {
		e2lo, e2hi := e1, e1
		if lead == 2 {
			e2hi = min(n, e1+maxCellPieces)
		}
		if lead == len(roles) {
			e2lo, e2hi = n, n // the lead cells are all: the last takes the rest
			if lead == 1 {
				e1 = n
			}
		}
		s1 := st.score(0, 0, e1, nil)
		known := [][2]int{{0, e1}}
		for e2 := max(e2lo, e1); e2 <= e2hi; e2++ {
			s2 := s1
			k := known
			if lead == 2 {
				s2 += st.score(1, e1, e2, known)
				k = [][2]int{{0, e1}, {e1, e2}}
			}
			rest, s3 := st.dp(lead, e2, k)
			if s2+s3 > bestS {
				bestS = s2 + s3
				best = append([][]piece{ps[:e1]}, rest...)
				if lead == 2 {
					best = append([][]piece{ps[:e1], ps[e1:e2]}, rest...)
				}
			}
		}
	}
	if best == nil {
		best, _ = st.dp(0, 0, nil)
	}
	return best
}

// stitcher holds one row's pieces with what every candidate cell costs:
// join evidence as prefix sums, texts and fits per span, computed once.
type stitcher struct {
	ps     []piece
	roles  []forms.Role
	join   []float64 // join[t]: evidence that piece t continues piece t-1
	prefix []float64 // prefix[t] = join[1] + … + join[t]
	text   map[[2]int]string
	key    map[[2]int]string
	fit    map[[3]int]float64
}

func newStitcher(ps []piece, roles []forms.Role, doubled bool) *stitcher {
	n := len(ps)
	st := &stitcher{ps: ps, roles: roles, join: make([]float64, n+1), prefix: make([]float64, n+1),
		text: map[[2]int]string{}, key: map[[2]int]string{}, fit: map[[3]int]float64{}}
	for t := 1; t < n; t++ {
		st.join[t] = joinScore(ps[t-1], ps[t], doubled)
		st.prefix[t] = st.prefix[t-1] + st.join[t]
	}
	return st
}

func (st *stitcher) spanText(i, j int) string {
	k := [2]int{i, j}
	t, ok := st.text[k]
	if !ok {
		t = joinPieces(st.ps[i:j])
		st.text[k] = t
	}
	return t
}

func (st *stitcher) spanKey(i, j int) string {
	k := [2]int{i, j}
	t, ok := st.key[k]
	if !ok {
		t = forms.HeaderKey(st.spanText(i, j))
		st.key[k] = t
	}
	return t
}

// score is how well ps[i:j] fits cell r: the joins inside it, against the
// break before it, the role's expectations, and repeating a known cell.
func (st *stitcher) score(r, i, j int, known [][2]int) float64 {
	s := 0.0
	if j > i+1 {
		s += st.prefix[j-1] - st.prefix[i]
	}
	if j > i && i > 0 {
		s -= st.join[i]
	}
	fk := [3]int{r, i, j}
	f, ok := st.fit[fk]
	if !ok {
		f = fitScore(st.roles[r], st.spanText(i, j), j-i, nil)
		st.fit[fk] = f
	}
	return s + f + st.repeatBonus(r, i, j, known)
}

// repeatBonus rewards a cell that repeats a known one (a target: after its
// sign and number).
func (st *stitcher) repeatBonus(r, i, j int, known [][2]int) float64 {
	ro := st.roles[r]
	if j == i || len(known) == 0 || ro == forms.RoleName || ro == forms.RoleSign || ro == forms.RoleUnit {
		return 0
	}
	k := st.spanKey(i, j)
	if ro == forms.RoleTarget {
		if !targetStartRe.MatchString(st.spanText(i, j)) {
			return 0
		}
		k = forms.HeaderKey(targetHeadRe.ReplaceAllString(st.spanText(i, j), ""))
	}
	for _, kn := range known {
		if k != "" && kn[1] > kn[0] && k == st.spanKey(kn[0], kn[1]) {
			return 1
		}
	}
	return 0
}

// dp cuts ps[from:] into the cells roles[r0:] by dynamic programming and
// returns them with their score.
func (st *stitcher) dp(r0, from int, known [][2]int) ([][]piece, float64) {
	n, k := len(st.ps), len(st.roles)-r0
	neg := math.Inf(-1)
	best := make([][]float64, n+1)
	back := make([][]int, n+1)
	for i := range best {
		best[i] = make([]float64, k+1)
		back[i] = make([]int, k+1)
		for j := range best[i] {
			best[i][j] = neg
		}
	}
	best[from][0] = 0
	for r := 1; r <= k; r++ {
		for j := from; j <= n; j++ {
			for i := from; i <= j; i++ {
				if best[i][r-1] == neg {
					continue
				}
				if s := best[i][r-1] + st.score(r0+r-1, i, j, known); s > best[j][r] {
					best[j][r], back[j][r] = s, i
				}
			}
		}
	}
	groups := make([][]piece, k)
	j := n
	for r := k; r >= 1; r-- {
		i := back[j][r]
		groups[r-1] = st.ps[i:j]
		j = i
	}
	return groups, best[n][k]
}

var targetHeadRe = regexp.MustCompile(`^[≥≤><=≧≦＞＜]?\s*[-+]?[\d.]+`)

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
func fitScore(ro forms.Role, text string, n int, _ []string) float64 {
	if n == 0 {
		switch ro {
		case forms.RoleName:
			return -3
		case forms.RoleTarget:
			return -2
		case forms.RoleSign:
			return -1
		case forms.RoleUnit, forms.RoleNone:
			return -0.3
		}
		return -0.8
	}
	targetLike := targetStartRe.MatchString(text)
	runes := utf8.RuneCountInString(text)
	switch ro {
	case forms.RoleSign:
		if isSign(text) {
			return 3
		}
		return -4
	case forms.RoleTarget:
		switch {
		case isSign(text):
			return -3
		case targetLike:
			return 2
		case !digitRe.MatchString(text) && runes <= 12:
			return 0.3
		}
		return -0.5
	case forms.RoleUnit:
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
	return s
}
