package diff

import (
	"strings"
	"unicode"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// textKey is s as compared for equality: normalized per the contract's
// text rules (radicals, full-width forms), without white space. Two texts
// with the same key print the same.
func textKey(s string) string {
	s = cjk.Normalize(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// nameKey is a name as compared for "the same name": textKey without
// punctuation and symbols, so 资金使用合规率（%） and 资金使用合规率 compare
// the same.
func nameKey(s string) string {
	return strings.Map(func(r rune) rune {
		if isPlainHan(r) {
			return r // the common case, without table look-ups
		}
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, textKey(s))
}

// levelKey is a 一级/二级指标 label as compared for blocking: 满意度指标 and
// 满意度 are the same level.
func levelKey(s string) string {
	return strings.TrimSuffix(nameKey(s), "指标")
}

// unitKey is a target's unit as compared: the percent spellings are one.
func unitKey(s string) string {
	k := textKey(s)
	switch k {
	case "百分比", "百分数", "百分之":
		return "%"
	}
	return k
}

// isPlainHan reports whether r is in the CJK Unified Ideographs block.
func isPlainHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }
