package normalize

import (
	"strings"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// Column roles of an indicator table.
type role int

const (
	roleNone        role = iota // unknown: the column goes to extra
	roleLevel1                  // 一级指标
	roleLevel2                  // 二级指标
	roleName                    // 三级指标
	roleDescription             // 绩效指标描述
	roleTarget                  // 指标值
	roleUnit                    // 计量单位 (joined into the target)
	roleSign                    // 指标性质 / 计算符号 (joined into the target when a comparator)
	roleBasis                   // 指标值确定依据
	roleLabel                   // a merged label column (T3's 绩效指标) that belongs to no row
)

// headerSynonyms maps header texts (normalized: no white space, no
// parentheses) to roles. Several names per role: every province prints its
// own column set.
var headerSynonyms = map[string]role{
	"一级指标": roleLevel1, "一级": roleLevel1, "一级绩效指标": roleLevel1,
	"二级指标": roleLevel2, "二级": roleLevel2, "二级绩效指标": roleLevel2,
	"三级指标": roleName, "三级": roleName, "指标名称": roleName, "绩效指标": roleName, "指标内容": roleName, "三级绩效指标": roleName,
	"绩效指标描述": roleDescription, "指标解释": roleDescription, "指标描述": roleDescription, "指标说明": roleDescription,
	"指标值": roleTarget, "目标值": roleTarget, "年度指标值": roleTarget, "当年预期实现值": roleTarget, "绩效标准": roleTarget,
	"预期目标值": roleTarget, "指标目标值": roleTarget, "年度目标值": roleTarget, "全年指标值": roleTarget,
	"计量单位": roleUnit, "度量单位": roleUnit, "单位": roleUnit,
	"指标性质": roleSign, "计算符号": roleSign, "符号": roleSign,
	"指标值确定依据": roleBasis, "确定依据": roleBasis, "指标值设定依据": roleBasis,
}

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
}

// mapHeader decides whether a row is an indicator table's header row and
// maps its columns. It needs at least a name column (三级指标 or, for forms
// without one, 二级指标) and a target or level column.
func mapHeader(cells []string) (columnMap, bool) {
	m := columnMap{roles: make([]role, len(cells)), headers: cells}
	seen := map[role]int{}
	for i, c := range cells {
		r, ok := headerSynonyms[headerKey(c)]
		if !ok {
			continue
		}
		m.roles[i] = r
		seen[r]++
	}
	known := 0
	for _, n := range seen {
		known += n
	}
	if seen[roleLevel1] == 0 || known < 3 {
		return m, false
	}
	// 绩效指标 is the indicator name only where no 三级指标 column exists;
	// beside one it is a merged label column. Likewise 绩效标准 is the target
	// only when there is no other target column (Hubei prints both).
	if seen[roleName] > 1 {
		for i, c := range cells {
			if m.roles[i] == roleName && headerKey(c) == "绩效指标" {
				m.roles[i] = roleLabel
			}
		}
	}
	if seen[roleTarget] > 1 {
		for i, c := range cells {
			if m.roles[i] == roleTarget && headerKey(c) == "绩效标准" {
				m.roles[i] = roleNone
			}
		}
	}
	// Forms without a 三级指标 column name the indicator in the 二级指标
	// column (Hubei 绩效目标申报表).
	if seen[roleName] == 0 {
		for i := range m.roles {
			if m.roles[i] == roleLevel2 {
				m.roles[i] = roleName
				break
			}
		}
	}
	if seen[roleName] == 0 && seen[roleLevel2] == 0 {
		return m, false
	}
	return m, true
}

func (m columnMap) col(r role) int {
	for i, x := range m.roles {
		if x == r {
			return i
		}
	}
	return -1
}
