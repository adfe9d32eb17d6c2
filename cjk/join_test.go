package cjk

import "testing"

func TestJoin(t *testing.T) {
	tests := []struct{ name, a, b, want string }{
		{"CJK CJK", "代表活动调", "研次数", "代表活动调研次数"},
		{"trims", "  代表活动 ", " 调研 ", "代表活动调研"},
		{"CJK then digit", "覆盖", "90个", "覆盖90个"},
		{"digit then CJK", "2023", "年", "2023年"},
		{"Latin then CJK", "PDF", "文件", "PDF文件"},
		{"CJK punct then CJK", "目标：", "完成", "目标：完成"},
		{"CJK then CJK punct", "完成", "，并且", "完成，并且"},
		{"full-width paren", "（一）", "总体目标", "（一）总体目标"},
		{"two Latin words", "annual", "report", "annual report"},
		{"two numbers", "2023", "2024", "2023 2024"},
		{"Latin then number", "Q", "4", "Q 4"},
		{"hyphen at end", "high-", "level", "high-level"},
		{"range wrapped after hyphen", "90%-", "95%", "90%-95%"},
		{"slash", "万元/", "人次", "万元/人次"},
		{"slash Latin", "km/", "h", "km/h"},
		{"percent starts line", "90", "%", "90%"},
		{"closing paren starts line", "(note", ")", "(note)"},
		{"ASCII comma starts line", "a", ", b", "a, b"},
		{"opening paren ends line", "(", "a", "(a"},
		{"percent then word", "90%", "of", "90% of"},
		{"sentence end", "done.", "Next", "done. Next"},
		{"decimal wrapped", "1,250.", "00", "1,250.00"},
		{"thousands wrapped", "1,", "250.00", "1,250.00"},
		{"comma list", "a,", "2", "a, 2"},
		{"comparator", "≥", "80%", "≥80%"},
		{"a empty", "", "研次数", "研次数"},
		{"b blank", "调研", "   ", "调研"},
		{"both blank", " ", "", ""},
		{"kana", "テスト", "A", "テストA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Join(tt.a, tt.b); got != tt.want {
				t.Errorf("Join(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestJoinLines(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"none", nil, ""},
		{"one", []string{" 调研 "}, "调研"},
		{"CJK", []string{"确保机关行政运行以及代", "表闭会期间其他工", "作指出保障。"}, "确保机关行政运行以及代表闭会期间其他工作指出保障。"},
		{"blank lines ignored", []string{"", "annual", "  ", "report", ""}, "annual report"},
		{"mixed", []string{"开展", "PDF", "extraction", "工作"}, "开展PDF extraction工作"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := JoinLines(tt.lines); got != tt.want {
				t.Errorf("JoinLines(%q) = %q, want %q", tt.lines, got, tt.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"only space", " \t\n ", ""},
		{"digit then CJK", "2022 年", "2022年"},
		{"CJK then digit", "覆盖 90 个", "覆盖90个"},
		{"CJK CJK", "单 时 ， 汇 率", "单时，汇率"},
		{"Latin run", "A  B", "A B"},
		{"tabs and newlines", "A\t\n B", "A B"},
		{"trims", "  A B  ", "A B"},
		{"ideographic space between CJK", "一\u3000二", "一二"},
		{"ideographic space between Latin", "A\u3000B", "A B"},
		{"CJK punct", "目标 ：完成", "目标：完成"},
		{"space between Latin and number kept", "budget 2023年", "budget 2023年"},
		{"single spaces kept", "a b c", "a b c"},
		{"number and percent", "80 %", "80 %"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CollapseSpace(tt.in); got != tt.want {
				t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCollapseSpaceNoAllocWhenUnchanged(t *testing.T) {
	s := "annual report 2023年度目标"
	if allocs := testing.AllocsPerRun(100, func() { _ = CollapseSpace(s) }); allocs != 0 {
		t.Errorf("CollapseSpace of a collapsed string allocates %v times", allocs)
	}
}
