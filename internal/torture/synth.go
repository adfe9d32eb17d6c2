package torture

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
)

// The generated PDFs draw text in Helvetica, which every reader can map to
// Unicode without an embedded font.
const (
	helvetica = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"
	showText  = "BT /F1 12 Tf 72 700 Td (Project budget 2024 total 15.00) Tj ET"
)

// fontResources adds Helvetica as /F1 and returns the resource dictionary.
func fontResources(b *pdfgen.Builder) string {
	return fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", b.Add(helvetica))
}

// onePage builds a file whose single page shows text through /F1 and then
// runs content.
func onePage(contents ...string) []byte {
	b := &pdfgen.Builder{}
	return b.Build([]pdfgen.Page{{Resources: fontResources(b), Contents: contents}})
}

// brokenFlate: page 1's only content stream claims /FlateDecode but its
// data stops halfway and continues with garbage; page 2 is sound.
func brokenFlate() []byte {
	b := &pdfgen.Builder{}
	res := fontResources(b)
	good := []byte(pdfgen.Stream("", []byte(strings.Repeat(showText+"\n", 20)), true))
	data := good[bytes.Index(good, []byte("stream\n"))+7 : bytes.LastIndex(good, []byte("\nendstream"))]
	broken := append(bytes.Clone(data[:len(data)/2]), randomBytes(64, 7)...)
	s := b.Add(fmt.Sprintf("<</Filter/FlateDecode/Length %d>>stream\n%s\nendstream", len(broken), broken))
	return b.Build([]pdfgen.Page{{Resources: res, Streams: []int{s}}, {Resources: res, Contents: []string{showText}}})
}

// inlineImage: text, then an inline image whose 64 data bytes are binary
// (parentheses, brackets, '%', NULs…) but hold no whitespace-delimited EI,
// then more text.
func inlineImage() []byte {
	img := randomBytes(64, 11)
	for i := 1; i < len(img); i++ {
		if img[i-1] == 'E' && img[i] == 'I' {
			img[i] = 'J'
		}
	}
	copy(img[8:], "() ((%<<[")
	content := "BT /F1 12 Tf 72 720 Td (Before) Tj ET q 8 0 0 8 100 100 cm BI /W 8 /H 8 /BPC 8 /CS /G ID " +
		string(img) + "\nEI Q " + showText
	return onePage(content)
}

// nested returns depth opening brackets and, when closed, as many closing.
func nested(open, close string, depth int, closed bool) string {
	s := strings.Repeat(open, depth)
	if closed {
		s += strings.Repeat(close, depth)
	}
	return s
}

// nestedInObject puts a deep array in the page's resource dictionary, which
// every reader parses when it loads the page.
func nestedInObject(depth int) []byte {
	b := &pdfgen.Builder{}
	font := b.Add(helvetica)
	res := fmt.Sprintf("<</Font<</F1 %d 0 R>>/Junk %s>>", font, nested("[", "]", depth, true))
	return b.Build([]pdfgen.Page{{Resources: res, Contents: []string{showText}}})
}

// pageTreeLoop: the root page-tree node lists itself (direct) or a child
// node that lists the root (indirect) among its kids, next to one real page.
// Objects are added in a fixed order so that forward references are known.
func pageTreeLoop(indirect bool) []byte {
	const font, content, root, page, child = 1, 2, 3, 4, 5
	loop := root
	if indirect {
		loop = child
	}
	b := &pdfgen.Builder{}
	b.Add(helvetica)
	b.Add(pdfgen.Stream("", []byte(showText), true))
	b.Add(fmt.Sprintf("<</Type/Pages/Kids[%d 0 R %d 0 R]/Count 2>>", loop, page))
	b.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 %d 0 R>>>>/Contents %d 0 R>>", root, font, content))
	if indirect {
		b.Add(fmt.Sprintf("<</Type/Pages/Parent %d 0 R/Kids[%d 0 R]/Count 1>>", root, root))
	}
	return b.Raw(b.Add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", root)))
}

var trailerSize = regexp.MustCompile(`/Size \d+`)

// hugeSize: a sound file whose trailer (or xref stream) claims 2^31-1
// objects.
func hugeSize(xrefStream bool) []byte {
	b := &pdfgen.Builder{}
	res := fontResources(b)
	catalog := b.AddPages([]pdfgen.Page{{Resources: res, Contents: []string{showText}}})
	if xrefStream {
		return b.RawXRefStream(catalog, 1<<31-1)
	}
	return trailerSize.ReplaceAll(b.Raw(catalog), []byte("/Size 2147483647"))
}

// imageOnly: one page that draws a grey image and no text, like a scan.
func imageOnly() []byte {
	b := &pdfgen.Builder{}
	pixels := make([]byte, 64*64)
	for i := range pixels {
		pixels[i] = byte(i)
	}
	img := b.Add(pdfgen.Stream("/Type/XObject/Subtype/Image/Width 64/Height 64/ColorSpace/DeviceGray/BitsPerComponent 8", pixels, true))
	return b.Build([]pdfgen.Page{{Resources: fmt.Sprintf("<</XObject<</Im1 %d 0 R>>>>", img), Contents: []string{"q 400 0 0 400 100 200 cm /Im1 Do Q"}}})
}

// bombFile: one page of text, plus a Flate stream (already compressed,
// bomb) used as a second content stream or as the font's ToUnicode map.
func bombFile(bomb string, toUnicode bool) []byte {
	b := &pdfgen.Builder{}
	stream := b.Add(pdfgen.Stream("/Filter/FlateDecode", []byte(bomb), false))
	if toUnicode {
		font := b.Add(strings.TrimSuffix(helvetica, ">>") + fmt.Sprintf("/ToUnicode %d 0 R>>", stream))
		return b.Build([]pdfgen.Page{{Resources: fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", font), Contents: []string{showText}}})
	}
	return b.Build([]pdfgen.Page{{Resources: fontResources(b), Contents: []string{showText}, Streams: []int{stream}}})
}

// imageOnlyHuge: like imageOnly, but the image claims 100000×100000 pixels
// (30 GB decoded) over a few bytes of data; nothing needs to decode it.
func imageOnlyHuge() []byte {
	b := &pdfgen.Builder{}
	img := b.Add(pdfgen.Stream("/Type/XObject/Subtype/Image/Width 100000/Height 100000/ColorSpace/DeviceRGB/BitsPerComponent 8", make([]byte, 1024), true))
	return b.Build([]pdfgen.Page{{Resources: fmt.Sprintf("<</XObject<</Im1 %d 0 R>>>>", img), Contents: []string{"q 400 0 0 400 100 200 cm /Im1 Do Q"}}})
}

// manyGlyphs: one page with n short strings in a grid, far more text than
// any real page: the reader and the table finder must stay near-linear.
func manyGlyphs(n int) []byte {
	var c strings.Builder
	c.WriteString("BT /F1 4 Tf 4.5 TL 10 830 Td\n")
	for i := range n {
		if i%60 == 59 {
			c.WriteString("(9.99) Tj T*\n")
		} else {
			c.WriteString("(9.99) Tj 9 0 Td ")
		}
	}
	c.WriteString("ET")
	return onePage(c.String())
}
