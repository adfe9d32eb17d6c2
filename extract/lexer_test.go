package extract

import (
	"math"
	"strconv"
	"testing"
)

func TestLexer(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ops  []string // operators in order
		last operand  // the last operand before the last operator
	}{
		{"literal string with escapes", `(a\(b\)\\\101\n) Tj`, []string{"Tj"}, operand{kind: kString, str: "a(b)\\A\n"}},
		{"nested parentheses", `(x(y)z) Tj`, []string{"Tj"}, operand{kind: kString, str: "x(y)z"}},
		{"hex string, odd digit count", `<4E2D 6> Tj`, []string{"Tj"}, operand{kind: kString, str: "\x4e\x2d\x60"}},
		{"name with # escape", `/F#31 12 Tf`, []string{"Tf"}, operand{kind: kNum, num: 12}},
		{"comment skipped", "% comment Tj\nBT ET", []string{"BT", "ET"}, operand{}},
		{"inline dictionary skipped", `/Span <</MCID 3 /ActualText (x)>> BDC EMC`, []string{"BDC", "EMC"}, operand{kind: kDict}},
		{"inline image data skipped", "BI /W 2 /H 2 ID \x00\xffTj)(\x01 EI (after) Tj", []string{"BI", "ID", "Tj"}, operand{kind: kString, str: "after"}},
		{"unterminated hex string ends at end of data", `<4142`, nil, operand{}},
		{"unterminated literal string ends at end of data", `(abc`, nil, operand{}},
		{"malformed number", `--5 w`, []string{"w"}, operand{kind: kNum, num: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx := &lexer{data: []byte(tt.in)}
			var ops []string
			var args []operand
			var last operand
			for {
				v, op, ok := lx.next(0)
				if !ok {
					break
				}
				if op == "ID" {
					lx.skipInlineImage()
				}
				if op != "" {
					ops = append(ops, op)
					if len(args) > 0 {
						last = args[len(args)-1]
					}
					args = args[:0]
					continue
				}
				args = append(args, v)
			}
			if len(ops) != len(tt.ops) {
				t.Fatalf("ops = %q, want %q", ops, tt.ops)
			}
			for i := range ops {
				if ops[i] != tt.ops[i] {
					t.Fatalf("ops = %q, want %q", ops, tt.ops)
				}
			}
			if tt.last.kind != kNull && (last.kind != tt.last.kind || last.str != tt.last.str || last.num != tt.last.num) {
				t.Errorf("last operand = %+v, want %+v", last, tt.last)
			}
		})
	}
}

func TestLexerArrays(t *testing.T) {
	lx := &lexer{data: []byte(`[(A) -250 (B)] TJ`)}
	v, _, _ := lx.next(0)
	if v.kind != kArray || len(v.arr) != 3 || v.arr[1].num != -250 || v.arr[2].str != "B" {
		t.Errorf("array = %+v", v)
	}
}

// FuzzLexer: any bytes end, never panic, always make progress.
func FuzzLexer(f *testing.F) {
	for _, s := range []string{"BT /F1 12 Tf (x) Tj ET", "<41", "[[[[", "BI ID \x00", "<<<<>>", "(\\", "/#", "1.2.3 -.5e3"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lx := &lexer{data: data}
		for n := 0; ; n++ {
			pos := lx.pos
			_, op, ok := lx.next(0)
			if !ok {
				return
			}
			if op == "ID" {
				lx.skipInlineImage()
			}
			if lx.pos <= pos && n > 0 {
				t.Fatalf("no progress at %d", pos)
			}
			if n > len(data)+1 {
				t.Fatalf("more tokens than bytes")
			}
		}
	})
}

// plainNumber must give exactly what strconv.ParseFloat gives, whenever it
// takes a number at all.
func TestPlainNumberIsParseFloat(t *testing.T) {
	for _, s := range []string{"0", "-0", "+0", "1", "-1", "0.1", ".5", "5.", "-.25", "123.456", "0.000001",
		"9007199254740991", "900719925474099.1", "0.1234567890123456789012", "1.7976931348623157", "612.28",
		"-", "+", ".", "", "1.2.3", "1e5", "--5", "12a"} {
		f, ok := plainNumber([]byte(s))
		if !ok {
			continue
		}
		want, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(f) != math.Float64bits(want) {
			t.Errorf("plainNumber(%q) = %v, ParseFloat = %v, %v", s, f, want, err)
		}
	}
}

func FuzzPlainNumber(f *testing.F) {
	for _, s := range []string{"0.1", "-12.5", "842.04", "1234567.891"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := plainNumber([]byte(s))
		if !ok {
			return
		}
		want, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("plainNumber(%q) = %v, ParseFloat = %v, %v", s, got, want, err)
		}
	})
}
