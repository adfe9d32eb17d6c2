package normalize

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
