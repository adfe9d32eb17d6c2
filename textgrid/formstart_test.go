package textgrid

import "testing"

// TestFormStartAt: a form's opening label, also when a narrow label cell
// wrapped it over two lines (plain pdftotext: "项目编" / "码").
func TestFormStartAt(t *testing.T) {
	lines := func(ts ...string) []textLine {
		var out []textLine
		for _, s := range ts {
			out = append(out, textLine{text: s, raw: s, page: 1})
		}
		return out
	}
	cases := []struct {
		name  string
		lines []textLine
		want  bool
	}{
		{"whole label", lines("项目名称", "义务教育学校公用经费"), true},
		{"wrapped label", lines("项目编", "码", "预算规"), true},
		{"wrapped with its value", lines("项目名", "称 义务教育学校公用经费"), true},
		{"two unrelated short lines", lines("预算数", "185.50"), false},
		{"a sentence is no label", lines("通过实施义务教育学校公用经费", "码"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, got := formStartAt(c.lines, 0); got != c.want {
				t.Errorf("formStartAt = %v, want %v", got, c.want)
			}
		})
	}
}

// TestIsCaptionLine: lines printed above a form, also a year line split
// by an autospace.
func TestIsCaptionLine(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"（2024年度）", true},
		{"（2024 年度）", true},
		{"项目支出绩效目标表", true},
		{"205015靖台市教育局", true},
		{"2024 年本部门共设置项目支出绩效目标四个，具体情况详见下表。", false},
		{"开展教学督导次数", false},
	}
	for _, c := range cases {
		if got := isCaptionLine(c.text); got != c.want {
			t.Errorf("isCaptionLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
