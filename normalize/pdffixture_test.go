package normalize

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// fixturePage is one page of a generated PDF: text runs at positions (y
// from the top, in points) and ruled tables.
type fixturePage struct {
	texts    []fixtureText
	tables   []fixtureTable
	mediaBox string // "0 0 595 842" when empty
	rotate   int
}

type fixtureText struct {
	x, y, size float64
	text       string
}

// fixtureTable is a ruled grid whose top-left corner is at (x, y) from the
// top of the page; every cell is one line of text.
type fixtureTable struct {
	x, y   float64
	widths []float64
	rowH   float64
	rows   [][]string
}

const fixtureHeight = 842

// gbkHex encodes s in GBK as a hex string operand (the way WPS writes a
// non-embedded SimSun with /GBK-EUC-H).
func gbkHex(t testing.TB, s string) string {
	t.Helper()
	out, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("gbk %q: %v", s, err)
	}
	return fmt.Sprintf("<%X>", out)
}

func (p fixturePage) content(t testing.TB) string {
	var b strings.Builder
	show := func(x, y, size float64, s string) {
		fmt.Fprintf(&b, "BT /F1 %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n", size, x, fixtureHeight-y-size*0.88, gbkHex(t, s))
	}
	for _, tx := range p.texts {
		size := tx.size
		if size == 0 {
			size = 12
		}
		show(tx.x, tx.y, size, tx.text)
	}
	b.WriteString("0 0 0 RG 0.5 w\n")
	for _, tb := range p.tables {
		width := 0.0
		for _, w := range tb.widths {
			width += w
		}
		height := tb.rowH * float64(len(tb.rows))
		for r := 0; r <= len(tb.rows); r++ {
			y := fixtureHeight - tb.y - float64(r)*tb.rowH
			fmt.Fprintf(&b, "%g %g m %g %g l S\n", tb.x, y, tb.x+width, y)
		}
		x := tb.x
		for c := 0; c <= len(tb.widths); c++ {
			fmt.Fprintf(&b, "%g %g m %g %g l S\n", x, fixtureHeight-tb.y, x, fixtureHeight-tb.y-height)
			if c < len(tb.widths) {
				x += tb.widths[c]
			}
		}
		for r, row := range tb.rows {
			x := tb.x
			for c, cell := range row {
				if cell != "" {
					show(x+3, tb.y+float64(r)*tb.rowH+(tb.rowH-10)/2, 10, cell)
				}
				x += tb.widths[c]
			}
		}
	}
	return b.String()
}

// fixturePDF writes the pages with a Type0 SimSun font in GBK-EUC-H.
func fixturePDF(t testing.TB, pages ...fixturePage) []byte {
	t.Helper()
	b := &pdfgen.Builder{}
	desc := b.Add("<</Type/Font/Subtype/CIDFontType0/BaseFont/SimSun/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 2>>/DW 1000>>")
	font := b.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/SimSun/Encoding/GBK-EUC-H/DescendantFonts[%d 0 R]>>", desc))
	res := fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", font)
	var ps []pdfgen.Page
	for _, p := range pages {
		ps = append(ps, pdfgen.Page{Resources: res, Contents: []string{p.content(t)}, MediaBox: p.mediaBox, Rotate: p.rotate})
	}
	return b.Build(ps)
}

// fixtureDocument runs the whole PDF path over generated pages.
func fixtureDocument(t testing.TB, pages ...fixturePage) *budgetpdf.Document {
	t.Helper()
	data := fixturePDF(t, pages...)
	d, err := extract.Open(data, extract.DefaultLimits)
	if err != nil {
		t.Fatalf("open the fixture: %v", err)
	}
	sum := sha256.Sum256(data)
	return Document(d.Pages(), budgetpdf.Source{File: "fixture.pdf", SHA256: hex.EncodeToString(sum[:]), Pages: d.NumPages})
}
