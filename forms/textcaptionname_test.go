package forms

import "testing"

// TestCaptionName: a numbered form caption names its project; a generic
// caption names none.
func TestCaptionName(t *testing.T) {
	cases := []struct{ caption, want string }{
		{"1.人民调解工作经费绩效目标表", "人民调解工作经费"},
		{"3.水污染防治专项资金绩效目标表", "水污染防治专项资金"},
		{"2、农村公路养护资金项目支出绩效目标表", "农村公路养护资金"},
		{"项目支出绩效目标表", ""},
		{"（2024 年度）", ""},
		{"204025新山市司法局", ""},
	}
	for _, c := range cases {
		if got := CaptionName(c.caption); got != c.want {
			t.Errorf("CaptionName(%q) = %q, want %q", c.caption, got, c.want)
		}
	}
}
