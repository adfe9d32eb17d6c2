package textinput

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecode_Fixtures: the committed GBK and UTF-16 files decode to the
// UTF-8 sample byte for byte, each named by its encoding.
func TestDecode_Fixtures(t *testing.T) {
	want := fixture(t, "leting-renda-2023-targets.txt")
	tests := []struct{ file, enc string }{
		{"leting-renda-2023-targets.txt", UTF8},
		{"text/leting-renda-2023-gbk.txt", GB18030},
		{"text/leting-renda-2023-utf16le.txt", UTF16LE},
		{"text/leting-renda-2023-utf16be.txt", UTF16BE},
	}
	for _, tt := range tests {
		got, enc, err := Decode(fixture(t, tt.file))
		if err != nil || enc != tt.enc || !bytes.Equal(got, want) {
			t.Errorf("%s: encoding %q, error %v, equal to the UTF-8 sample %v; want %s", tt.file, enc, err, bytes.Equal(got, want), tt.enc)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		enc  string
		err  bool
	}{
		{"utf-8 with a byte order mark", []byte("\xef\xbb\xbf一、部门职责"), "一、部门职责", UTF8, false},
		{"ascii", []byte("plain"), "plain", UTF8, false},
		{"gb18030 four-byte character", []byte{0x95, 0x32, 0x82, 0x36, 0xd2, 0xbb}, "\U00020000一", GB18030, false},
		{"utf-16le cut in the middle of a unit", []byte{0xff, 0xfe, 0x00, 0x4e, 0x01}, "一", UTF16LE, false},
		{"bom then invalid utf-8", []byte("\xef\xbb\xbf\xff\xfe\xfd"), "", "", true},
		{"latin-1 bytes", []byte("Stra\xdfe caf\xe9 na\xefve r\xe9sum\xe9"), "", "", true},
		{"control bytes", []byte{0x01, 0x02, 0xb0, 0xa1, 0x03}, "", "", true},
	}
	for _, tt := range tests {
		got, enc, err := Decode(tt.in)
		if (err != nil) != tt.err || string(got) != tt.want || enc != tt.enc {
			t.Errorf("%s: Decode = %q, %q, %v", tt.name, got, enc, err)
		}
		if err != nil && !errors.Is(err, ErrNotText) {
			t.Errorf("%s: error %v does not wrap ErrNotText", tt.name, err)
		}
	}
}

// TestDecode_RandomBytesAreNotText: binary data is not taken for GBK.
func TestDecode_RandomBytesAreNotText(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		b := make([]byte, 64+r.IntN(4000))
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		if b[0] == 0xef || b[0] == 0xff || b[0] == 0xfe {
			b[0] = 0x80
		}
		if out, enc, err := Decode(b); err == nil {
			t.Fatalf("random input %d decoded as %s: %.60q", i, enc, out)
		}
	}
}

func TestNotDisclosure(t *testing.T) {
	note := &budgetpdf.Document{Sections: []budgetpdf.Section{{Text: "Disclosures downloaded from the portal."}}}
	if why := NotDisclosure(note); !strings.Contains(why, "not a budget disclosure") {
		t.Errorf("a note: %q, want a refusal", why)
	}
	for name, d := range map[string]*budgetpdf.Document{
		"a project":  {Projects: []budgetpdf.Project{{Name: "x"}}},
		"department": {Department: &budgetpdf.Department{}},
		"a table":    {Tables: []budgetpdf.Table{{}}},
		"a heading":  {Sections: []budgetpdf.Section{{Path: []string{"一、部门职责"}, Text: "…"}}},
	} {
		if why := NotDisclosure(d); why != "" {
			t.Errorf("%s: refused: %s", name, why)
		}
	}
}
