package extract

import "testing"

// TestUnicodeOfUnmappedCodes: a two-byte font whose ToUnicode maps some
// codes; a code it lacks whose bytes are ASCII figures is the producer
// writing ASCII through the font (西安商务 p36: 20692576.52 as 0x3230
// 0x3639 …) and reads as those figures; any other unmapped code stays
// U+FFFD, counted as unmapped.
func TestUnicodeOfUnmappedCodes(t *testing.T) {
	f := &font{codeLen: 2, toUni: &cmap{uni: map[uint32]string{0x0F3A: "支", 0x1234: "出"}}}
	tests := []struct {
		raw    string
		text   string
		mapped bool
	}{
		{"\x0f\x3a", "支", true},
		{"20", "20", true},
		{".5", ".5", true},
		{"2", "2", true},
		{"\x4e\x2d", "\uFFFD", false},
		{"\x12\x35", "\uFFFD", false},
	}
	for _, tt := range tests {
		code := uint32(0)
		for i := 0; i < len(tt.raw); i++ {
			code = code<<8 | uint32(tt.raw[i])
		}
		text, ok := f.unicode(tt.raw, code)
		if text != tt.text || ok != tt.mapped {
			t.Errorf("unicode(%x) = %q, %v; want %q, %v", tt.raw, text, ok, tt.text, tt.mapped)
		}
	}
}
