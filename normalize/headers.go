package normalize

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// Column roles of an indicator table.
type role int

const (
	roleNone        role = iota // unknown: the column goes to extra, with a warning
	roleLevel1                  // 一级指标
	roleLevel2                  // 二级指标
	roleName                    // 三级指标
	roleDescription             // 绩效指标描述
	roleTarget                  // 指标值
	roleUnit                    // 计量单位 (joined into the target)
	roleSign                    // 指标性质 / 计算符号 (joined into the target when a comparator)
	roleBasis                   // 指标值确定依据
	roleLabel                   // a merged label column (T3's 绩效指标) that belongs to no row
	roleExtra                   // a known column without a field (权重, 备注 …): kept in extra
	roleProject                 // 项目名称 of a table holding many projects, one block of rows each
	roleProjectCode             // 项目编码 beside it
	roleTotal                   // 资金总额 / 项目总额 beside it
	roleFiscal                  // 财政资金
	roleOther                   // 其他资金
	roleGoal                    // 绩效目标 beside it
	roleUnitName                // 单位名称 beside it
	roleCount
)

// headerKey normalizes a header cell for lookup.
func headerKey(s string) string {
	s = cjk.Normalize(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '　', '(', ')', '（', '）', '*', '＊':
			return -1
		}
		return r
	}, s)
}

// columnMap is the meaning of each column of an indicator table.
type columnMap struct {
	roles   []role
	headers []string // printed header text per column
	// guessed names columns whose role won by a small margin over another.
	guessed []int
}

// closeMargin is how near two columns' weights for one role may come
// before the choice between them is a guess worth a warning.
const closeMargin = 0.05

// mapHeader decides whether a row is an indicator table's header row and
// maps its columns by the words of each header (see lexicon.go). It needs
// a name column (三级指标, 指标名称 … or, for forms without one, 二级指标)
// and a target or level column; or, for tables that hold one project a
// row with its indicators written inline, a project column beside it.
func mapHeader(cells []string) (columnMap, bool) {
	m := columnMap{roles: make([]role, len(cells)), headers: cells}
	scores := make([]roleScores, len(cells))
	for i, c := range cells {
		scores[i] = scoreHeader(c)
		m.roles[i], _ = scores[i].best()
	}
	m.keepBest(scores, roleName, roleLabel)
	for _, r := range []role{roleLevel1, roleLevel2, roleTarget, roleUnit, roleSign, roleBasis, roleDescription, roleProject, roleProjectCode, roleGoal} {
		m.keepBest(scores, r, roleExtra)
	}
	if m.col(roleTarget) < 0 {
		m.promote(scores, roleTarget)
	}
	has := func(r role) bool { return m.col(r) >= 0 }
	// Forms without a 三级指标 column name the indicator in the 二级指标
	// column (Hubei 绩效目标申报表).
	if !has(roleName) && has(roleLevel2) && (has(roleLevel1) || has(roleTarget)) {
		m.roles[m.col(roleLevel2)] = roleName
	}
	switch {
	case !has(roleName):
		return m, false
	case has(roleTarget) || has(roleLevel1) || has(roleLevel2):
		return m, true
	case has(roleProject):
		return m, true // indicators written inline in the name column
	}
	return m, false
}

// keepBest leaves role r on the one column that weighs most for it; the
// others take role instead. Near ties are recorded as guesses.
func (m *columnMap) keepBest(scores []roleScores, r, instead role) {
	best, bestW, second := -1, 0.0, 0.0
	for i, ro := range m.roles {
		if ro != r {
			continue
		}
		if w := scores[i][r]; w > bestW {
			best, bestW, second = i, w, bestW
		} else if w > second {
			second = w
		}
	}
	if best < 0 {
		return
	}
	for i, ro := range m.roles {
		if ro == r && i != best {
			m.roles[i] = instead
		}
	}
	if second > 0 && bestW-second < closeMargin {
		m.guessed = append(m.guessed, best)
	}
}

// promote gives role r to the column whose header weighs most for it among
// the columns that have no indicator role (绩效标准 is the target when no
// column is a 值).
func (m *columnMap) promote(scores []roleScores, r role) {
	best, bestW := -1, 0.0
	for i, ro := range m.roles {
		if ro != roleNone && ro != roleExtra {
			continue
		}
		if w := scores[i][r]; w > bestW {
			best, bestW = i, w
		}
	}
	if best >= 0 {
		m.roles[best] = r
	}
}

func (m columnMap) col(r role) int {
	for i, x := range m.roles {
		if x == r {
			return i
		}
	}
	return -1
}

// indicatorRoles lists the roles of the columns that have one, left to
// right: two headers of one table agree on it even when a fragment's
// merged columns have no rules of their own.
func (m columnMap) indicatorRoles() []role {
	var out []role
	for _, r := range m.roles {
		if r != roleNone && r != roleExtra {
			out = append(out, r)
		}
	}
	return out
}
