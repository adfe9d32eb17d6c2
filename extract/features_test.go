package extract

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func gbk(s string) string {
	out, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return out
}

func hexOf(s string) string { return fmt.Sprintf("<%X>", s) }

// textOf reads one page's glyphs in reading order (top to bottom, left to right).
func textOf(t *testing.T, data []byte, num int) (string, Page) {
	t.Helper()
	d, err := Open(data, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Page(num)
	if p.Err != "" {
		t.Fatalf("page %d: %s", num, p.Err)
	}
	gs := append([]Glyph(nil), p.Glyphs...)
	sort.SliceStable(gs, func(i, j int) bool {
		if math.Abs(gs[i].Y-gs[j].Y) > 2 {
			return gs[i].Y < gs[j].Y
		}
		return gs[i].X < gs[j].X
	})
	var b strings.Builder
	for _, g := range gs {
		b.WriteString(g.Text)
	}
	return b.String(), p
}

func TestFontsAndEncodings(t *testing.T) {
	const font3Widths = "/FirstChar 1/LastChar 3/Widths[1000 1000 1000]"
	tests := []struct {
		name  string
		fonts func(b *pdfgen.Builder) string // returns the /Font resource dictionary
		show  string                         // content stream text-showing part, font /F1
		want  string
	}{
		{
			name: "Type0 GBK-EUC-H without ToUnicode (WPS, non-embedded SimSun)",
			fonts: func(b *pdfgen.Builder) string {
				desc := b.Add("<</Type/Font/Subtype/CIDFontType0/BaseFont/SimSun/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 2>>/DW 1000>>")
				return fmt.Sprintf("<</F1 %d 0 R>>", b.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/SimSun/Encoding/GBK-EUC-H/DescendantFonts[%d 0 R]>>", desc)))
			},
			show: hexOf(gbk("项目支出绩效目标：满意度≥90%")) + " Tj",
			want: "项目支出绩效目标：满意度≥90%",
		},
		{
			name: "Type0 UniGB-UCS2-H",
			fonts: func(b *pdfgen.Builder) string {
				desc := b.Add("<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>>>")
				return fmt.Sprintf("<</F1 %d 0 R>>", b.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[%d 0 R]>>", desc)))
			},
			show: "<7EE9654876EE6807> Tj", // 绩效目标 in UCS-2
			want: "绩效目标",
		},
		{
			name: "GBK bytes in a non-embedded Chinese font labelled WinAnsi",
			fonts: func(b *pdfgen.Builder) string {
				fd := b.Add("<</Type/FontDescriptor/FontName/#CB#CE#CC#E5/Flags 32/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 700/StemV 80>>")
				return fmt.Sprintf("<</F1 %d 0 R>>", b.Add(fmt.Sprintf("<</Type/Font/Subtype/TrueType/BaseFont/#CB#CE#CC#E5/Encoding/WinAnsiEncoding/FirstChar 32/LastChar 255/FontDescriptor %d 0 R>>", fd)))
			},
			show: "(" + gbk("产出指标") + ") Tj",
			want: "产出指标",
		},
		{
			name: "Type3 with /Differences and a ToUnicode that gives Kangxi radicals",
			fonts: func(b *pdfgen.Builder) string {
				tu := b.Add(pdfgen.Stream("", []byte(pdfgen.ToUnicodeCMap(map[byte]rune{1: '⽬', 2: '标', 3: '⻔'})), false))
				proc := b.Add(pdfgen.Stream("", []byte("0 0 d0"), false))
				return fmt.Sprintf("<</F1 %d 0 R>>", b.Add(fmt.Sprintf("<</Type/Font/Subtype/Type3/FontBBox[0 0 1 1]/FontMatrix[0.001 0 0 0.001 0 0]/CharProcs<</g1 %d 0 R/g2 %d 0 R/g3 %d 0 R>>/Encoding<</Type/Encoding/Differences[1/g1/g2/g3]>>%s/ToUnicode %d 0 R/Resources<<>>>>", proc, proc, proc, font3Widths, tu)))
			},
			show: "<010203> Tj",
			want: "目标门",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &pdfgen.Builder{}
			fonts := tt.fonts(b)
			data := b.Build([]pdfgen.Page{{Resources: "<</Font" + fonts + ">>", Contents: []string{"BT /F1 12 Tf 72 700 Td " + tt.show + " ET"}}})
			got, p := textOf(t, data, 1)
			if got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			if p.Unmapped != 0 {
				t.Errorf("%d unmapped glyphs", p.Unmapped)
			}
		})
	}
}

// latinFont is a simple standard font (no embedding needed for decoding).
const latinFont = "<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>>>>>"

func TestInterpreterState(t *testing.T) {
	tests := []struct {
		name string
		page func(b *pdfgen.Builder) pdfgen.Page
		want string
	}{
		{
			name: "Form XObject with its own matrix and resources",
			page: func(b *pdfgen.Builder) pdfgen.Page {
				form := b.Add(pdfgen.Stream("/Type/XObject/Subtype/Form/BBox[0 0 500 500]/Matrix[1 0 0 1 50 50]/Resources"+latinFont, []byte("BT /F1 12 Tf 10 600 Td (InForm) Tj ET"), false))
				return pdfgen.Page{Resources: fmt.Sprintf("<</XObject<</X1 %d 0 R>>>>", form), Contents: []string{"q /X1 Do Q"}}
			},
			want: "InForm",
		},
		{
			name: "a /Contents array split in the middle of an operator sequence",
			page: func(b *pdfgen.Builder) pdfgen.Page {
				return pdfgen.Page{Resources: latinFont, Contents: []string{"BT /F1 12 Tf 72 700 Td (First) Tj", "ET BT /F1 12 Tf 72 680 Td (Second) Tj ET"}}
			},
			want: "FirstSecond",
		},
		{
			name: "a /Contents array split between an operator's operands and the operator",
			page: func(b *pdfgen.Builder) pdfgen.Page {
				return pdfgen.Page{Resources: latinFont, Contents: []string{"BT /F1 12 Tf 72 700 Td [(Fir) -10 (st)]", "TJ 0 -20 Td (Second) Tj ET"}}
			},
			want: "FirstSecond",
		},
		{
			name: "no two tokens fuse across elements",
			page: func(b *pdfgen.Builder) pdfgen.Page {
				return pdfgen.Page{Resources: latinFont, Contents: []string{"BT /F1 12 Tf 72 700 Td (A) Tj 1", "0 Td (B) Tj ET"}}
			},
			want: "AB",
		},
		{
			name: "TJ offsets, T* and TL, word spacing",
			page: func(b *pdfgen.Builder) pdfgen.Page {
				return pdfgen.Page{Resources: latinFont, Contents: []string{"BT /F1 12 Tf 14 TL 72 700 Td [(A) -2000 (B)] TJ T* (C) Tj ET"}}
			},
			want: "ABC",
		},
		{
			name: "an inline image does not swallow the text after it",
			page: func(b *pdfgen.Builder) pdfgen.Page {
				return pdfgen.Page{Resources: latinFont, Contents: []string{"q 10 0 0 10 0 0 cm BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xffEI\n EI Q BT /F1 12 Tf 72 700 Td (After) Tj ET"}}
			},
			want: "After",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &pdfgen.Builder{}
			data := b.Build([]pdfgen.Page{tt.page(b)})
			if got, _ := textOf(t, data, 1); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextPositionsAndAdvance(t *testing.T) {
	b := &pdfgen.Builder{}
	data := b.Build([]pdfgen.Page{{Resources: latinFont, Contents: []string{"BT /F1 10 Tf 100 700 Td (AB) Tj ET"}}})
	_, p := textOf(t, data, 1)
	if len(p.Glyphs) != 2 {
		t.Fatalf("glyphs %+v", p.Glyphs)
	}
	a, bb := p.Glyphs[0], p.Glyphs[1]
	// Helvetica A is 667/1000 wide: B starts 6.67 pt after A. y is from the top.
	if math.Abs(a.X-100) > 0.01 || math.Abs(a.Y-142) > 0.01 || math.Abs(bb.X-a.X-6.67) > 0.05 || a.Size != 10 {
		t.Errorf("A at (%.2f, %.2f) size %.1f, B at %.2f", a.X, a.Y, a.Size, bb.X)
	}
}

func TestPagesComeOutUpright(t *testing.T) {
	stroke := "0 0 0 RG 1 w 100 100 m 300 100 l S 100 100 m 100 200 l S"
	tests := []struct {
		name string
		pg   pdfgen.Page
	}{
		{"/Rotate 90", pdfgen.Page{Rotate: 90, Resources: latinFont, Contents: []string{"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Upright) Tj ET " + stroke}}},
		{"content rotated by the CTM", pdfgen.Page{Resources: latinFont, Contents: []string{"q 0 1 -1 0 595 0 cm BT /F1 12 Tf 100 300 Td (Upright) Tj ET " + stroke + " Q"}}},
		{"/Rotate 180", pdfgen.Page{Rotate: 180, Resources: latinFont, Contents: []string{"BT /F1 12 Tf -1 0 0 -1 300 500 Tm (Upright) Tj ET " + stroke}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &pdfgen.Builder{}
			got, p := textOf(t, b.Build([]pdfgen.Page{tt.pg}), 1)
			if got != "Upright" {
				t.Errorf("text %q", got)
			}
			for _, g := range p.Glyphs {
				if g.Dir != 0 {
					t.Fatalf("glyph %q still at %d°", g.Text, g.Dir)
				}
			}
			for i := 1; i < len(p.Glyphs); i++ {
				if p.Glyphs[i].X <= p.Glyphs[i-1].X {
					t.Fatalf("glyphs do not run left to right: %+v", p.Glyphs)
				}
			}
			if len(p.Rules) != 2 {
				t.Errorf("rules %+v", p.Rules)
			}
			for _, r := range p.Rules {
				if r.X0 < 0 || r.Y0 < 0 || r.X1 > p.Width || r.Y1 > p.Height {
					t.Errorf("rule %+v outside the %vx%v page", r, p.Width, p.Height)
				}
			}
		})
	}
}

func TestRulesFromStrokesAndThinFills(t *testing.T) {
	b := &pdfgen.Builder{}
	content := strings.Join([]string{
		"0 0 0 RG 0.5 w 50 800 m 300 800 l S",       // stroked line
		"0 0 0 rg 50 700 250 0.75 re f",             // thin filled rectangle (Chromium, WPS)
		"q 1 0 0 -1 0 842 cm 50 200 0.5 100 re f Q", // under a y-flipping CTM (WPS)
		"1 1 1 RG 50 600 m 300 600 l S",             // white: invisible
		"0 0 0 rg 50 400 200 100 re f",              // a large fill is shading, not a rule
		"0 0 0 RG 50 300 m 300 350 l S",             // slanted: not a rule
		"50 100 200 100 re W n",                     // a clip path is not drawn
	}, "\n")
	_, p := textOf(t, b.Build([]pdfgen.Page{{Resources: "<<>>", Contents: []string{content}}}), 1)
	if len(p.Rules) != 3 {
		t.Fatalf("rules %+v, want 3", p.Rules)
	}
	if len(p.Fills) != 1 {
		t.Errorf("fills %+v, want the one shading box", p.Fills)
	}
	// The flipped rectangle runs from y=200 to 300 in its space: 542..642 from the top... in user space y 642..542.
	v := p.Rules[2]
	if v.Horizontal() || math.Abs(v.Y0-200) > 0.5 || math.Abs(v.Y1-300) > 0.5 {
		t.Errorf("flipped vertical rule %+v, want y 200-300 from the top", v)
	}
}

func TestPageTreeLoopIsCutOff(t *testing.T) {
	// Object 1 is a /Pages node whose kids are a real page and itself.
	b2 := &pdfgen.Builder{}
	b2.Add("<</Type/Pages/Kids[2 0 R 1 0 R]/Count 5>>")
	b2.Add(fmt.Sprintf("<</Type/Page/Parent 1 0 R/MediaBox[0 0 595 842]/Resources%s/Contents 3 0 R>>", latinFont))
	b2.Add(pdfgen.Stream("", []byte("BT /F1 12 Tf 72 700 Td (Loop) Tj ET"), false))
	catalog := b2.Add("<</Type/Catalog/Pages 1 0 R>>")
	_, err := Open(b2.Raw(catalog), DefaultLimits)
	if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrTooManyPages) {
		t.Errorf("a looping page tree: err = %v, want a refusal (not a hang)", err)
	}
}

func TestHugeXRefSizeIsRepaired(t *testing.T) {
	build := func(stream bool) []byte {
		b := &pdfgen.Builder{}
		catalog := b.AddPages([]pdfgen.Page{{Resources: latinFont, Contents: []string{"BT /F1 12 Tf 72 700 Td (Sized) Tj ET"}}})
		if stream {
			// In an xref stream a huge /Size makes the PDF library allocate
			// until the process dies (libraries.md §2.5).
			return b.RawXRefStream(catalog, 1<<31-1)
		}
		return regexp.MustCompile(`/Size \d+`).ReplaceAll(b.Raw(catalog), []byte("/Size 2147483647"))
	}
	for _, stream := range []bool{false, true} {
		data := build(stream)
		if !bytes.Contains(data, []byte("/Size 2147483647")) {
			t.Fatal("test file not built as intended")
		}
		if got, _ := textOf(t, data, 1); got != "Sized" {
			t.Errorf("xref stream %v: text %q", stream, got)
		}
	}
}

func TestZeroedXRefOffsetsAreRepaired(t *testing.T) {
	b := &pdfgen.Builder{}
	data := b.Build([]pdfgen.Page{{Resources: latinFont, Contents: []string{"BT /F1 12 Tf 72 700 Td (Offsets) Tj ET"}}})
	// Every in-use entry of the cross-reference table points at byte 0.
	data = regexp.MustCompile(`\d{10} 00000 n`).ReplaceAll(data, []byte("0000000000 00000 n"))
	got, _ := textOf(t, data, 1)
	if got != "Offsets" {
		t.Errorf("text %q", got)
	}
}

// A fill paints each subpath of the path for itself: Excel-like producers
// write a page's whole grid as one path of many thin m-l-l-l-h rectangles
// filled once with f*, and the bounds of the whole path are the table.
func TestEachFilledSubpathIsItsOwnRule(t *testing.T) {
	box := func(x0, y0, x1, y1 float64) string {
		return fmt.Sprintf("%g %g m %g %g l %g %g l %g %g l h", x0, y0, x1, y0, x1, y1, x0, y1)
	}
	tests := []struct {
		name         string
		path         string
		rules, fills int
	}{
		{"one thin box", box(50, 700, 300, 701) + " f", 1, 0},
		{"one large box is shading", box(50, 400, 300, 600) + " f", 0, 1},
		{"a grid in one even-odd fill", strings.Join([]string{
			box(50, 700, 300, 701), box(50, 650, 300, 651), box(50, 600, 300, 601),
			box(50, 600, 51, 701), box(299, 600, 300, 701),
		}, " ") + " f*", 5, 0},
		{"re subpaths beside m-l subpaths", "50 700 250 1 re " + box(50, 600, 51, 701) + " f", 2, 0},
		{"a thin box beside a large one", box(50, 400, 300, 600) + " " + box(50, 700, 300, 701) + " f", 1, 1},
		{"a curved subpath is no rule", "50 700 m 300 700 l 300 701 l 50 701 200 701 50 700 c h " + box(50, 650, 300, 651) + " f", 1, 0},
		{"a clip path is not drawn", box(50, 700, 300, 701) + " " + box(50, 650, 300, 651) + " W n", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := &pdfgen.Builder{}
			content := "0.76 0.76 0.77 rg " + tc.path
			_, p := textOf(t, b.Build([]pdfgen.Page{{Resources: "<<>>", Contents: []string{content}}}), 1)
			if len(p.Rules) != tc.rules || len(p.Fills) != tc.fills {
				t.Errorf("rules %+v fills %+v, want %d rules and %d fills", p.Rules, p.Fills, tc.rules, tc.fills)
			}
		})
	}
}
