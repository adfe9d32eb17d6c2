package cjk

import "testing"

func TestIsCJK(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'一', true}, {'龥', true}, {'㐀', true}, {'⽬', true}, {'⺠', true}, {'豈', true},
		{'\U00020628', true}, {'〇', true}, {'々', true},
		{'a', false}, {'1', false}, {'，', false}, {'。', false}, {'％', false}, {'\u3000', false},
		{'あ', false}, {'≥', false},
	}
	for _, tt := range tests {
		if got := IsCJK(tt.r); got != tt.want {
			t.Errorf("IsCJK(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestIsCJKPunct(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'，', true}, {'。', true}, {'、', true}, {'：', true}, {'；', true}, {'（', true}, {'）', true},
		{'“', true}, {'”', true}, {'《', true}, {'》', true}, {'【', true}, {'！', true}, {'？', true},
		{'…', true}, {'—', true}, {'％', true},
		{',', false}, {'.', false}, {'(', false}, {'a', false}, {'中', false}, {'１', false},
		{'Ａ', false}, {'\u3000', false}, {'〇', false},
	}
	for _, tt := range tests {
		if got := IsCJKPunct(tt.r); got != tt.want {
			t.Errorf("IsCJKPunct(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}
