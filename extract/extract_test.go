package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

func fixture(t testing.TB, name string) []byte {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestOpenFixtures(t *testing.T) {
	tests := []struct {
		file        string
		pages       int
		encrypted   bool
		firstGlyphs string // text of the first glyphs on page 1, in stream order
	}{
		{"dev-002.pdf", 4, false, "丰寿县医疗保障局"},            // reportlab, TrueType + ToUnicode
		{"dev-003.pdf", 6, false, "平源区生态环境局"},            // LibreOffice
		{"dev-031.pdf", 7, false, ""},                    // Kangxi radicals in ToUnicode
		{"dev-034.pdf", 6, true, ""},                     // AES-256, empty user password
		{"real-wanli-2024.pdf", 33, false, "上海市普陀区人民政府"}, // WPS, CID Identity-H
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := Open(fixture(t, tt.file), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if d.NumPages != tt.pages || d.Info.Encrypted != tt.encrypted {
				t.Errorf("pages %d encrypted %v, want %d %v", d.NumPages, d.Info.Encrypted, tt.pages, tt.encrypted)
			}
			unmapped, glyphs := 0, 0
			var text strings.Builder
			for _, p := range d.Pages() {
				if p.Err != "" {
					t.Errorf("page %d: %s", p.Number, p.Err)
				}
				unmapped += p.Unmapped
				glyphs += len(p.Glyphs)
				for _, g := range p.Glyphs {
					if p.Number == 1 {
						text.WriteString(g.Text)
					}
					for _, r := range g.Text {
						if r >= 0x2E80 && r <= 0x2FDF {
							t.Fatalf("page %d: radical %q left unnormalized", p.Number, g.Text)
						}
					}
				}
			}
			if unmapped != 0 || glyphs == 0 {
				t.Errorf("%d glyphs, %d unmapped", glyphs, unmapped)
			}
			if !strings.Contains(text.String(), tt.firstGlyphs) {
				t.Errorf("page 1 text %q lacks %q", text.String(), tt.firstGlyphs)
			}
		})
	}
}

func TestRulesAreFound(t *testing.T) {
	// WPS draws rules as thin filled rectangles under a y-flipping CTM;
	// LibreOffice strokes them. Both must come out as upright segments.
	for _, f := range []string{"dev-003.pdf", "real-wanli-2024.pdf"} {
		d, err := Open(fixture(t, f), DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, p := range d.Pages() {
			for _, s := range p.Rules {
				if s.X0 < -1 || s.Y0 < -1 || s.X1 > p.Width+1 || s.Y1 > p.Height+1 {
					t.Fatalf("%s page %d: rule %+v outside the page", f, p.Number, s)
				}
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no rules", f)
		}
	}
}

func TestOpenRefusals(t *testing.T) {
	good := fixture(t, "dev-002.pdf")
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotPDF},
		{"HTML page", []byte("<!DOCTYPE html><html><body>404</body></html>"), ErrNotPDF},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00"), ErrNotPDF},
		{"truncated at half", good[:len(good)/2], ErrDamaged},
		{"header only", []byte("%PDF-1.7\n"), ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.data, DefaultLimits)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Open(good, Limits{MaxFileBytes: 1000}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("size limit: err = %v", err)
	}
	if _, err := Open(good, Limits{MaxPages: 2}); !errors.Is(err, ErrTooManyPages) {
		t.Errorf("page limit: err = %v", err)
	}
}

func TestRepairedHeaderAndJunk(t *testing.T) {
	good := fixture(t, "dev-002.pdf")
	bom := append([]byte("\xef\xbb\xbf"), good...)
	junk := append(append([]byte(nil), good...), make([]byte, 4096)...)
	for name, data := range map[string][]byte{"leading BOM": bom, "trailing zeros": junk} {
		d, err := Open(data, DefaultLimits)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(d.Page(1).Glyphs) == 0 {
			t.Errorf("%s: no glyphs after repair", name)
		}
	}
}

// fuzzHangLimit is how long FuzzOpen gives one input (at most 1 MB and 20
// pages; well under a second on a good day, a loaded machine is slower).
const fuzzHangLimit = 30 * time.Second

// FuzzOpen: whatever the bytes, Open and Pages return, never panic, and end
// within fuzzHangLimit.
func FuzzOpen(f *testing.F) {
	f.Add(fixture(f, "dev-002.pdf"))
	f.Add(fixture(f, "hubei-t4-cid-no-tounicode.pdf")) // embedded TrueType parsed for its cmap
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Add([]byte("%PDF-"))
	for _, lf := range loopFiles() { // the walks that looped: /Parent, forms, outlines, name trees
		if !lf.slow {
			f.Add(lf.data)
		}
	}
	f.Add(torture.FormFanOut(2)) // forms drawing forms, cheaply: fan-out 8 costs a second an input
	f.Fuzz(func(t *testing.T, data []byte) {
		// Go's fuzzing has no per-input deadline: an input that loops
		// stalls the worker silently. Past fuzzHangLimit the worker dies
		// with every goroutine's stack, so the loop is found and the input
		// saved as a crasher.
		timer := time.AfterFunc(fuzzHangLimit, func() {
			buf := make([]byte, 1<<20)
			panic(fmt.Sprintf("Open and Pages still running after %s on %d bytes:\n%s", fuzzHangLimit, len(data), buf[:runtime.Stack(buf, true)]))
		})
		defer timer.Stop()
		d, err := Open(data, Limits{MaxFileBytes: 1 << 20, MaxPages: 20})
		if err != nil {
			return
		}
		_ = d.Pages()
	})
}

// BenchmarkExtract reads every page of a 33-page WPS disclosure (CID fonts,
// rules as filled rectangles under a flipped CTM), gate included.
func BenchmarkExtract(b *testing.B) {
	data := fixture(b, "real-wanli-2024.pdf")
	pages := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := Open(data, DefaultLimits)
		if err != nil {
			b.Fatal(err)
		}
		pages += len(d.Pages())
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// TestCIDFontWithoutToUnicode: a TrueType CID font (Identity-H) whose
// ToUnicode was removed is read through the embedded font's own cmap.
func TestCIDFontWithoutToUnicode(t *testing.T) {
	d, err := Open(fixture(t, "hubei-t4-cid-no-tounicode.pdf"), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Page(1)
	var text strings.Builder
	for _, g := range p.Glyphs {
		text.WriteString(g.Text)
	}
	if p.Unmapped != 0 || !strings.Contains(text.String(), "荆北市交通运输局") || !strings.Contains(text.String(), "当年预期实现值") {
		t.Errorf("%d unmapped; text %.60q", p.Unmapped, text.String())
	}
}
