package extract

import "testing"

func TestParseCMap(t *testing.T) {
	src := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0041> <76EE> endbfchar
2 beginbfrange <0010> <0012> <4E00> <0020> <0021> [<2F6C> <D83DDE00>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	m := parseCMap([]byte(src))
	tests := map[uint32]string{0x03: " ", 0x41: "目", 0x10: "一", 0x12: "丂", 0x20: "⽬", 0x21: "😀"}
	for code, want := range tests {
		if got := m.uni[code]; got != want {
			t.Errorf("code %04X = %q, want %q", code, got, want)
		}
	}
	if n := m.codeLen("\x00\x41", 1); n != 2 {
		t.Errorf("codeLen = %d, want 2 (two-byte codespace)", n)
	}
}

func TestGlyphNameRune(t *testing.T) {
	for name, want := range map[string]rune{"uni76EE": '目', "u1F600": '😀', "A": 'A'} {
		if got, ok := glyphNameRune(name); !ok || got != want {
			t.Errorf("glyphNameRune(%q) = %q, %v", name, got, ok)
		}
	}
	if _, ok := glyphNameRune("g4DBA"); ok {
		t.Error("an opaque glyph name must not map")
	}
}

func TestMatrix(t *testing.T) {
	flip := matrix{1, 0, 0, -1, 0, 800}
	scale := matrix{2, 0, 0, 2, 10, 10}
	x, y := scale.mul(flip).apply(1, 1)
	if x != 12 || y != 788 {
		t.Errorf("apply = (%v, %v), want (12, 788)", x, y)
	}
}
