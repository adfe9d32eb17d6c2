package target

import (
	"math"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds := [][2]string{
		{"≥80百分比", ""}, {"≥15开展调研次数", "开展调研次数"}, {"≥13459.00(平方米)", ""},
		{"补贴对象生活改善度不低于 80%", ""}, {"90%-95%", ""}, {"1,250.00万元", ""},
		{"3个工作日内", ""}, {"(", ")"}, {"≥90 5G基站覆盖率", "5G基站覆盖率"}, {"\xff1\xfe", "\xff"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	ops := map[string]bool{"≥": true, "≤": true, ">": true, "<": true, "=": true, "": true}
	f.Fuzz(func(t *testing.T, printed, name string) {
		r := Parse(printed, name)
		if !ops[r.Op] {
			t.Fatalf("Parse(%q, %q): op %q not allowed", printed, name, r.Op)
		}
		if (r.Value == nil) != (r.Op == "") {
			t.Fatalf("Parse(%q, %q) = %v: value nil iff op empty", printed, name, r)
		}
		if r.Value != nil && (math.IsNaN(*r.Value) || math.IsInf(*r.Value, 0) || *r.Value < 0) {
			t.Fatalf("Parse(%q, %q): value %v", printed, name, *r.Value)
		}
		if r.Op == "" && r.Unit != "" {
			t.Fatalf("Parse(%q, %q): qualitative with unit %q", printed, name, r.Unit)
		}
	})
}
