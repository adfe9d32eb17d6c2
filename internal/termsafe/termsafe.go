// Package termsafe makes text from a document safe to print on a terminal.
// Text extracted from a PDF can hold control characters (ESC, BEL, …) that
// a terminal would obey: move the cursor, retitle the window, hide what
// follows. Every text that budgetpdf writes for a terminal goes through
// here; JSON and CSV output are data and stay as they are (encoding/json
// escapes control characters itself).
package termsafe

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// String escapes every control character in s, tab and line breaks
// included, for one cell or line of output.
func String(s string) string { return escape(s, false) }

// Text escapes control characters but keeps line breaks and tabs, for
// multi-line text output.
func Text(s string) string { return escape(s, true) }

func escape(s string, keepLayout bool) string {
	if clean(s, keepLayout) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLayout && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// clean reports whether s needs no escaping (the common case, checked
// without allocating).
func clean(s string, keepLayout bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return false
		case keepLayout && (r == '\n' || r == '\t'):
		case r < 0x20 || r == 0x7f || unsafe(r):
			return false
		}
		i += n
	}
	return true
}

// unsafe reports C1 control characters (U+0080–U+009F: U+009B is a CSI on
// some terminals) and the bidirectional controls that reorder what the
// terminal shows.
func unsafe(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
