package torture

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
)

// fontFile builds a page with two uncompressed content streams and a
// TrueType font with a FontFile2 program and a ToUnicode map; length, when
// not empty, replaces the first content stream's /Length value.
func fontFile(length string) []byte {
	b := &pdfgen.Builder{}
	ff := b.Add(pdfgen.Stream("", []byte("FONT PROGRAM"), false))
	tu := b.Add(pdfgen.Stream("", []byte("CMAP"), false))
	fd := b.Add(fmt.Sprintf("<</Type/FontDescriptor/FontName/X/FontFile2 %d 0 R>>", ff))
	font := b.Add(fmt.Sprintf("<</Type/Font/Subtype/TrueType/BaseFont/X/FontDescriptor %d 0 R/ToUnicode %d 0 R>>", fd, tu))
	first := pdfgen.Stream("", []byte("BT (one) Tj ET"), false)
	if length != "" {
		first = regexp.MustCompile(`/Length \d+`).ReplaceAllString(first, "/Length "+length)
	}
	c1 := b.Add(first)
	c2 := b.Add(pdfgen.Stream("", []byte("BT (two) Tj ET"), false))
	b.Add("14") // object 7: the length of "BT (one) Tj ET", for an indirect /Length
	return b.Build([]pdfgen.Page{{Resources: fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", font), Streams: []int{c1, c2}}})
}

func TestStreamSpans(t *testing.T) {
	wps := regexp.MustCompile(`endobj\n`).ReplaceAll(fontFile(""), []byte("endobj")) // "endobj2 0 obj"
	tests := []struct {
		name string
		pdf  []byte
		role Role
		want []string
	}{
		{"content streams", fontFile(""), RoleContent, []string{"BT (one) Tj ET", "BT (two) Tj ET"}},
		{"font program", fontFile(""), RoleFont, []string{"FONT PROGRAM"}},
		{"tounicode", fontFile(""), RoleToUnicode, []string{"CMAP"}},
		{"indirect length", fontFile("7 0 R"), RoleContent, []string{"BT (one) Tj ET", "BT (two) Tj ET"}},
		{"length too long: up to endstream", fontFile("9999"), RoleContent, []string{"BT (one) Tj ET", "BT (two) Tj ET"}},
		{"length too short: believed", fontFile("2"), RoleContent, []string{"BT", "BT (two) Tj ET"}},
		{"no whitespace between objects", wps, RoleContent, []string{"BT (one) Tj ET", "BT (two) Tj ET"}},
		{"not a PDF", []byte("hello"), RoleContent, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range StreamSpans(tt.pdf, tt.role) {
				got = append(got, string(tt.pdf[s.Start:s.End]))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestXRefSpan(t *testing.T) {
	good := fontFile("")
	tests := []struct {
		name   string
		pdf    []byte
		wantOK bool
	}{
		{"classic table", good, true},
		{"no table, only startxref", pdfgenXRefStream(), false},
		{"table without trailer", good[:bytes.Index(good, []byte("trailer"))], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := XRefSpan(tt.pdf)
			if ok != tt.wantOK {
				t.Fatalf("found %v, want %v", ok, tt.wantOK)
			}
			if ok && (!bytes.HasPrefix(tt.pdf[s.Start:], []byte("xref\n0 ")) || !bytes.HasPrefix(tt.pdf[s.End:], []byte("trailer"))) {
				t.Errorf("span %v is %.40q…", s, tt.pdf[s.Start:s.End])
			}
		})
	}
}

func pdfgenXRefStream() []byte {
	b := &pdfgen.Builder{}
	return b.RawXRefStream(b.AddPages([]pdfgen.Page{{Resources: "<<>>", Contents: []string{"0 0 m"}}}), 0)
}

// FuzzStreamSpans: the locator reads damaged files by design; whatever the
// bytes, it must not panic and its spans must lie inside the file.
func FuzzStreamSpans(f *testing.F) {
	f.Add(fontFile(""))
	f.Add(fontFile("7 0 R"))
	f.Add([]byte("1 0 obj<</Length 99999999999999999999>>stream\nendobj 2 0 obj /Contents 1 0 R"))
	f.Fuzz(func(t *testing.T, pdf []byte) {
		for _, role := range []Role{RoleContent, RoleFont, RoleToUnicode} {
			for _, s := range StreamSpans(pdf, role) {
				if s.Start < 0 || s.Start > s.End || s.End > len(pdf) {
					t.Fatalf("%s span %v outside a %d-byte file", role, s, len(pdf))
				}
			}
		}
		if s, ok := XRefSpan(pdf); ok && (s.Start < 0 || s.Start > s.End || s.End > len(pdf)) {
			t.Fatalf("xref span %v outside a %d-byte file", s, len(pdf))
		}
	})
}
