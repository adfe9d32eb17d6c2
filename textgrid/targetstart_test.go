package textgrid

import "testing"

// TestTargetStart: the text that opens a target cell: a number, maybe
// after a comparator, which forms print as one sign or as two ASCII
// characters (">=19400").
func TestTargetStart(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"≥160", true},
		{"98百分比", true},
		{">=19400", true},
		{"<=5", true},
		{"≧80%", true},
		{"> 90", true},
		{"-3%", true},
		{"长效运行", false},
		{"法检查人数", false},
		{">=", false},
		{"≥", false},
	}
	for _, c := range cases {
		if got := targetStartRe.MatchString(c.text); got != c.want {
			t.Errorf("targetStartRe(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
