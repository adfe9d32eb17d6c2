package target

import (
	"strings"
	"unicode"

	"github.com/budgetpdf/budgetpdf/cjk"
)

// Result is a parsed target. Op is one of "≥", "≤", ">", "<", "=", or "" for a
// qualitative target; Value is nil exactly when Op is ""; Unit is the
// normalized unit ("%", "次", "万元", …) or "".
type Result struct {
	Op    string
	Value *float64
	Unit  string
}

// Parse reads printed, the target cell as printed, for the indicator called
// name (三级指标). name is used only when the text after the number repeats the
// name instead of giving a unit.
func Parse(printed, name string) Result {
	s := cjk.Normalize(printed)
	num, ok := soleNumber(s, compact(name))
	if !ok {
		return Result{}
	}
	prefix, rest := compact(s[:num.start]), compact(s[num.end:])
	if isDateOrOrdinal(prefix, rest) {
		return Result{}
	}
	prefix, percent := strings.CutSuffix(prefix, "百分之") // 不低于百分之80
	unit, qualifier := unitAfter(rest, name)
	if percent {
		unit = "%"
	}
	value := num.value
	op := opBefore(prefix)
	return Result{Op: qualify(op, qualifier), Value: &value, Unit: unit}
}

// compact normalizes s (radicals, full-width forms) and drops all white
// space, so that "不低于 " reads as "不低于". Numbers are found before
// compacting, so that white space still separates them ("≥90 5G…").
func compact(s string) string {
	s = cjk.Normalize(s)
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// isDateOrOrdinal reports a number that counts a position in time or in a
// sequence rather than a quantity: "第3季度", "12月底前", "6月前".
func isDateOrOrdinal(prefix, rest string) bool {
	if strings.HasSuffix(prefix, "第") {
		return true
	}
	for _, p := range datePrefixes {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

var datePrefixes = []string{
	"月底", "月末", "月前", "月份前", "月中", "月初", "日前", "日之前", "号前", "号之前",
	"年底", "年末", "年前", "年初", "季度末", "季度前", "时前",
}
