package cjk

import (
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain ASCII", "abc 123", "abc 123"},
		{"plain CJK", "代表活动调研次数", "代表活动调研次数"},
		{"Kangxi eye", "\u2F6C标", "目标"},
		{"Kangxi man", "\u2F08员", "人员"},
		{"Kangxi in a word", "项\u2F6C⽀出", "项目支出"},
		{"supplement gate", "\u2ED4户", "门户"},
		{"supplement long", "\u2ED3期", "长期"},
		{"supplement civilian", "\u2EA0生", "民生"},
		{"supplement speech", "\u2EC8", "讠"},
		{"supplement outside BMP", "\u2E87", "\U00020628"},
		{"supplement repeat has no equivalent", "\u2E80", "\u2E80"},
		{"compatibility ideograph", "\uF900", "豈"},
		{"compatibility ideograph 2", "\uFA10", "塚"},
		{"full-width number", "１５．００", "15.00"},
		{"full-width percent", "８０％", "80%"},
		{"full-width signs", "＋－／＜＝＞", "+-/<=>"},
		{"full-width letters", "ＡＢＣｘｙｚ", "ABCxyz"},
		{"ideographic space", "一\u3000二", "一 二"},
		{"CJK punctuation kept", "（）：，。、“”；！？", "（）：，。、“”；！？"},
		{"comparators kept", "≥≤≧≦", "≥≤≧≦"},
		{"other full-width kept", "＃＆＊［］｛｝～", "＃＆＊［］｛｝～"},
		{"mixed", "≥９０％的⺠众", "≥90%的民众"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeRune(t *testing.T) {
	tests := []struct{ in, want rune }{
		{'⽬', '目'}, {'⼈', '人'}, {'⻔', '门'}, {'⻓', '长'}, {'⺠', '民'},
		{'⼀', '一'}, {'⾦', '金'}, {'⿕', '龠'},
		{'⺟', '母'}, {'⻳', '龟'}, {'⺌', '小'}, {'⺍', '小'},
		{'１', '1'}, {'ｚ', 'z'}, {'Ｚ', 'Z'}, {'％', '%'}, {'．', '.'}, {'＞', '>'},
		{'\u3000', ' '},
		{'，', '，'}, {'（', '（'}, {'＿', '＿'}, {'≥', '≥'}, {'a', 'a'}, {'人', '人'},
		{0x2E9A, 0x2E9A}, {0x2EF4, 0x2EF4}, {0x2FD6, 0x2FD6}, {0xFADA, 0xFADA},
	}
	for _, tt := range tests {
		if got := NormalizeRune(tt.in); got != tt.want {
			t.Errorf("NormalizeRune(%U %q) = %U %q, want %U", tt.in, tt.in, got, got, tt.want)
		}
	}
}

// Every rune of the folded blocks must land on a unified ideograph (or stay
// unchanged when Unicode assigns no equivalent), and every Kangxi radical
// must fold.
func TestFoldedBlocksLandOnIdeographs(t *testing.T) {
	blocks := [][2]rune{{0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}, {0xF900, 0xFAFF}}
	for _, blk := range blocks {
		for r := blk[0]; r <= blk[1]; r++ {
			m := NormalizeRune(r)
			if m == r {
				continue
			}
			if !IsCJK(m) || (m >= 0x2E80 && m <= 0x2FDF) || (m >= 0xF900 && m <= 0xFAFF) {
				t.Errorf("NormalizeRune(%U) = %U, not a unified ideograph", r, m)
			}
		}
	}
	for r := rune(0x2F00); r <= 0x2FD5; r++ {
		if NormalizeRune(r) == r {
			t.Errorf("Kangxi radical %U not folded", r)
		}
	}
	mapped := 0
	for r := rune(0x2E80); r <= 0x2EFF; r++ {
		if NormalizeRune(r) != r {
			mapped++
		}
	}
	if mapped != 114 {
		t.Errorf("Radicals Supplement: %d runes mapped, EquivalentUnifiedIdeograph.txt maps 114", mapped)
	}
}

func TestNormalizeNoAllocWhenUnchanged(t *testing.T) {
	s := "代表活动调研次数 ≥90% （一）"
	allocs := testing.AllocsPerRun(100, func() { _ = Normalize(s) })
	if allocs != 0 {
		t.Errorf("Normalize of a normal string allocates %v times", allocs)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "⽬标", "１５．００％", "a\xffb", "⻔\u3000（）", "\uF900\u2E87"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Normalize(s)
		if !utf8.ValidString(once) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, once)
		}
		if twice := Normalize(once); twice != once {
			t.Fatalf("not idempotent: %q → %q → %q", s, once, twice)
		}
		if utf8.ValidString(s) && utf8.RuneCountInString(once) != utf8.RuneCountInString(s) {
			t.Fatalf("rune count changed: %q → %q", s, once)
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	cases := map[string]string{
		"unchanged": "产出指标数量指标代表活动调研次数≥90%按时完成",
		"radicals":  "产出指标数量指标代表活动调研次数≥９０％按时完成⽬标⻔",
	}
	for name, s := range cases {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Normalize(s)
			}
		})
	}
}
