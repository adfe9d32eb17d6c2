package torture

import (
	"fmt"
	"strings"

	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
)

// Files whose structure is sound but whose numbers would make a naive
// reader allocate or recurse without end.

// formSelfReference: a Form XObject whose content draws itself, through
// its own resources; the page shows text and then draws the form.
func formSelfReference() []byte {
	const font, form = 1, 2
	b := &pdfgen.Builder{}
	b.Add(helvetica)
	b.Add(pdfgen.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 500 500]/Resources<</Font<</F1 %d 0 R>>/XObject<</X1 %d 0 R>>>>", font, form),
		[]byte("BT /F1 12 Tf 10 10 Td (Form) Tj ET q 0.9 0 0 0.9 5 5 cm /X1 Do Q"), false))
	res := fmt.Sprintf("<</Font<</F1 %d 0 R>>/XObject<</X1 %d 0 R>>>>", font, form)
	return b.Build([]pdfgen.Page{{Resources: res, Contents: []string{showText + " q /X1 Do Q"}}})
}

// pageCountLie: a page tree whose /Count says 2^31-1 pages over one kid.
func pageCountLie() []byte {
	const font, content, root, page = 1, 2, 3, 4
	b := &pdfgen.Builder{}
	b.Add(helvetica)
	b.Add(pdfgen.Stream("", []byte(showText), true))
	b.Add(fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]/Count 2147483647>>", page))
	b.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R>>>>/Contents %d 0 R>>", root, font, content))
	return b.Raw(b.Add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", root)))
}

// manyPages: n pages of one short line each.
func manyPages(n int) []byte {
	b := &pdfgen.Builder{}
	res := fontResources(b)
	pages := make([]pdfgen.Page, n)
	for i := range pages {
		content := b.Add(pdfgen.Stream("", fmt.Appendf(nil, "BT /F1 12 Tf 72 700 Td (Page %d) Tj ET", i+1), false)) // uncompressed: a zlib writer per page is slow
		pages[i] = pdfgen.Page{Resources: res, Streams: []int{content}}
	}
	return b.Build(pages)
}

// cidFont: a page with Helvetica text and text in a Type0 font (Identity-H,
// two-byte codes) whose CID font has widths w and whose ToUnicode map is
// cmap: the place where a reader expands ranges.
func cidFont(w, cmap string) []byte {
	b := &pdfgen.Builder{}
	fd := b.Add("<</Type/FontDescriptor/FontName/Torture/Flags 4/FontBBox[0 -200 1000 800]/ItalicAngle 0/Ascent 800/Descent -200/CapHeight 700/StemV 80>>")
	cid := b.Add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont/Torture/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor %d 0 R/DW 1000/W %s>>", fd, w))
	tu := b.Add(pdfgen.Stream("", []byte(cmap), true))
	t0 := b.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/Torture/Encoding/Identity-H/DescendantFonts[%d 0 R]/ToUnicode %d 0 R>>", cid, tu))
	helv := b.Add(helvetica)
	res := fmt.Sprintf("<</Font<</F1 %d 0 R/F2 %d 0 R>>>>", helv, t0)
	return b.Build([]pdfgen.Page{{Resources: res, Contents: []string{showText + " BT /F2 12 Tf 72 680 Td <0041004200430044> Tj ET"}}})
}

// cmapWith wraps CMap body lines in a two-byte (or wider) codespace.
func cmapWith(codespace string, body ...string) string {
	return "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange " + codespace +
		" endcodespacerange\n" + strings.Join(body, "\n") + "\nendcmap CMapName currentdict /CMap defineresource pop end end"
}

// A sane two-byte ToUnicode map: 0x0041.. → 'A'..
var sane2ByteCMap = cmapWith("<0000> <FFFF>", "1 beginbfrange <0041> <005A> <0041> endbfrange")
