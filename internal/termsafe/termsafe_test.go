package termsafe

import "testing"

func TestEscape(t *testing.T) {
	tests := []struct {
		in, str, text string
	}{
		{"", "", ""},
		{"调研经费 ≥80%", "调研经费 ≥80%", "调研经费 ≥80%"},
		{"a\x1b[2Jb", `a\x1b[2Jb`, `a\x1b[2Jb`},
		{"bell\a", `bell\x07`, `bell\x07`},
		{"title\x1b]0;pwned\x07", `title\x1b]0;pwned\x07`, `title\x1b]0;pwned\x07`},
		{"two\nlines\tand tab", `two\nlines\tand tab`, "two\nlines\tand tab"},
		{"cr\rover", `cr\rover`, `cr\rover`},
		{"del\x7f", `del\x7f`, `del\x7f`},
		{"c1 \u009b31m", `c1 \u009b31m`, `c1 \u009b31m`},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
		{"rtl \u202eevil", `rtl \u202eevil`, `rtl \u202eevil`},
		{"nul\x00", `nul\x00`, `nul\x00`},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.str {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.str)
		}
		if got := Text(tt.in); got != tt.text {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.text)
		}
	}
}
