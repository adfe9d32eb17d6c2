package forms

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// Column roles of an indicator table.
type Role int

const (
	RoleNone        Role = iota // unknown: the column goes to extra, with a warning
	RoleLevel1                  // 一级指标
	RoleLevel2                  // 二级指标
	RoleName                    // 三级指标
	RoleDescription             // 绩效指标描述
	RoleTarget                  // 指标值
	RoleUnit                    // 计量单位 (joined into the target)
	RoleSign                    // 指标性质 / 计算符号 (joined into the target when a comparator)
	RoleBasis                   // 指标值确定依据
	RoleLabel                   // a merged label column (T3's 绩效指标) that belongs to no row
	RoleExtra                   // a known column without a field (权重, 备注 …): kept in extra
	RoleProject                 // 项目名称 of a table holding many projects, one block of rows each
	RoleProjectCode             // 项目编码 beside it
	RoleTotal                   // 资金总额 / 项目总额 beside it
	RoleFiscal                  // 财政资金
	RoleOther                   // 其他资金
	RoleGoal                    // 绩效目标 beside it
	RoleUnitName                // 单位名称 beside it
	RoleCount
)

// HeaderKey normalizes a header cell for lookup.
func HeaderKey(s string) string {
	s = cjk.Normalize(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '　', '(', ')', '（', '）', '*', '＊':
			return -1
		}
		return r
	}, s)
}

// ColumnMap is the meaning of each column of an indicator table.
type ColumnMap struct {
	Roles   []Role
	Headers []string // printed header text per column
	// Guessed lists the role choices won by a small margin.
	Guessed []Guess
}

// closeMargin is how near two columns' weights for one role may come
// before the choice between them is a guess worth a warning.
const closeMargin = 0.05

// MapHeader decides whether a row is an indicator table's header row and
// maps its columns by the words of each header (see lexicon.go). It needs
// a name column (三级指标, 指标名称 … or, for forms without one, 二级指标)
// and a target or level column; or, for tables that hold one project a
// row with its indicators written inline, a project column beside it; or,
// for a list of projects with their goals only, a project and a goal
// column.
func MapHeader(cells []string) (ColumnMap, bool) {
	m := ColumnMap{Roles: make([]Role, len(cells)), Headers: cells}
	scores := make([]roleScores, len(cells))
	for i, c := range cells {
		scores[i] = scoreHeader(c)
		m.Roles[i], _ = scores[i].best()
	}
	m.keepBest(scores, RoleName, RoleLabel)
	for _, r := range []Role{RoleLevel1, RoleLevel2, RoleTarget, RoleUnit, RoleSign, RoleBasis, RoleDescription, RoleProject, RoleProjectCode, RoleGoal} {
		m.keepBest(scores, r, RoleExtra)
	}
	if m.Col(RoleTarget) < 0 {
		m.promote(scores, RoleTarget)
	}
	has := func(r Role) bool { return m.Col(r) >= 0 }
	// Forms without a 三级指标 column name the indicator in the 二级指标
	// column (Hubei 绩效目标申报表).
	if !has(RoleName) && has(RoleLevel2) && (has(RoleLevel1) || has(RoleTarget)) {
		m.Roles[m.Col(RoleLevel2)] = RoleName
	}
	switch {
	case !has(RoleName):
		// a list of projects, one a row, with their goals and no
		// indicators (项目名称 | 金额 | 绩效目标), all its cells header words
		return m, has(RoleProject) && has(RoleGoal) && allWords(cells, scores)
	case has(RoleTarget) || has(RoleLevel1) || has(RoleLevel2):
		return m, true
	case has(RoleProject):
		return m, true // indicators written inline in the name column
	}
	return m, false
}

// keepBest leaves role r on the one column that weighs most for it; the
// others take role instead. Near ties are recorded as guesses.
func (m *ColumnMap) keepBest(scores []roleScores, r, instead Role) {
	best, bestW, second, runner := -1, 0.0, 0.0, -1
	for i, ro := range m.Roles {
		if ro != r {
			continue
		}
		if w := scores[i][r]; w > bestW {
			best, bestW, second, runner = i, w, bestW, best
		} else if w > second {
			second, runner = w, i
		}
	}
	if best < 0 {
		return
	}
	for i, ro := range m.Roles {
		if ro == r && i != best {
			m.Roles[i] = instead
		}
	}
	if runner >= 0 && bestW-second < closeMargin {
		m.Guessed = append(m.Guessed, Guess{Role: r, Column: best, RunnerUp: runner})
	}
}

// Guess is a role given to one column over another whose header weighs
// almost as much for it.
type Guess struct {
	Role             Role
	Column, RunnerUp int
}

// promote gives role r to the column whose header weighs most for it among
// the columns that have no indicator role (绩效标准 is the target when no
// column is a 值).
func (m *ColumnMap) promote(scores []roleScores, r Role) {
	best, bestW := -1, 0.0
	for i, ro := range m.Roles {
		if ro != RoleNone && ro != RoleExtra {
			continue
		}
		if w := scores[i][r]; w > bestW {
			best, bestW = i, w
		}
	}
	if best >= 0 {
		m.Roles[best] = r
	}
}

func (m ColumnMap) Col(r Role) int {
	for i, x := range m.Roles {
		if x == r {
			return i
		}
	}
	return -1
}

// indicatorRoles lists the indicator roles of the columns, left to right
// (levels, name, description, target, unit, sign, basis): two headers of
// one table agree on them even when a fragment's merged columns have no
// rules of their own, or a cut cell's text ran into a project-level header.
func (m ColumnMap) indicatorRoles() []Role {
	var out []Role
	for _, r := range m.Roles {
		if r >= RoleLevel1 && r <= RoleBasis {
			out = append(out, r)
		}
	}
	return out
}

// allWords: every non-empty cell weighs for some role, as a header's
// cells do (a label row's values do not).
func allWords(cells []string, scores []roleScores) bool {
	for i, c := range cells {
		if _, w := scores[i].best(); strings.TrimSpace(c) != "" && w < 0.5 {
			return false
		}
	}
	return true
}
