package target

import "strings"

// comparators maps the signs and words printed before a number to the
// contract's operator. opBefore tries them longest first, so "不低于" wins
// over "低于" and "大于等于" over "等于".
var comparators = []struct{ form, op string }{
	{"大于或等于", "≥"}, {"小于或等于", "≤"},
	{"大于等于", "≥"}, {"小于等于", "≤"},
	{"不低于", "≥"}, {"不少于", "≥"}, {"不小于", "≥"},
	{"不高于", "≤"}, {"不超过", "≤"}, {"不多于", "≤"}, {"不大于", "≤"},
	{"至少", "≥"}, {"最少", "≥"}, {"最低", "≥"},
	{"最多", "≤"}, {"最高", "≤"}, {"控制在", "≤"},
	{"高于", ">"}, {"大于", ">"}, {"超过", ">"}, {"多于", ">"},
	{"低于", "<"}, {"小于", "<"}, {"少于", "<"},
	{"达到", "="}, {"等于", "="}, {"为", "="},
	{">=", "≥"}, {"≥", "≥"}, {"≧", "≥"}, {"=>", "≥"},
	{"<=", "≤"}, {"≤", "≤"}, {"≦", "≤"}, {"=<", "≤"},
	{">", ">"}, {"<", "<"}, {"=", "="},
}

// opBefore reads the operator printed at the end of prefix (the text before
// the number), after any subject ("补贴对象生活改善度不低于"). Without a sign
// or comparator word the number is a plain value: "=". A + or - sign right
// before the number is not read as the number's sign.
func opBefore(prefix string) string {
	prefix = strings.TrimRight(prefix, "+-")
	for _, c := range comparators {
		if strings.HasSuffix(prefix, c.form) {
			return c.op
		}
	}
	return "="
}

// qualify applies a comparator word printed after the unit ("90%以上",
// "3个工作日内") to a number printed without a sign.
func qualify(op, qualifier string) string {
	if op != "=" {
		return op
	}
	switch qualifier {
	case "以上", "及以上":
		return "≥"
	case "以下", "及以下", "以内", "内":
		return "≤"
	}
	return op
}
