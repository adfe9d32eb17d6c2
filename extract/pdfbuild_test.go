package extract

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

// pdfBuilder writes small, valid PDFs for tests: objects in order, a
// correct cross-reference table, a catalog and a page tree.
type pdfBuilder struct {
	objs []string // object bodies; object n is objs[n-1]
}

// add appends an object and returns its number.
func (b *pdfBuilder) add(body string) int {
	b.objs = append(b.objs, body)
	return len(b.objs)
}

// stream returns a stream object body; flate compresses it.
func stream(dict string, data []byte, flate bool) string {
	if flate {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(data)
		w.Close()
		data = z.Bytes()
		dict += "/Filter/FlateDecode"
	}
	return fmt.Sprintf("<<%s/Length %d>>stream\n%s\nendstream", dict, len(data), data)
}

// page describes one page for build.
type page struct {
	mediaBox  string // "0 0 595 842" when empty
	rotate    int
	resources string // resource dictionary
	contents  []string
}

// build writes the file with the given pages (catalog and page tree added).
func (b *pdfBuilder) build(pages []page) []byte {
	treeNum := len(b.objs) + 1
	b.add("") // placeholder for the page tree
	var kids []string
	for _, p := range pages {
		var cs []string
		for _, c := range p.contents {
			cs = append(cs, fmt.Sprintf("%d 0 R", b.add(stream("", []byte(c), true))))
		}
		box := p.mediaBox
		if box == "" {
			box = "0 0 595 842"
		}
		contents := "[" + join(cs) + "]"
		if len(cs) == 1 {
			contents = cs[0]
		}
		n := b.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[%s]/Rotate %d/Resources %s/Contents %s>>", treeNum, box, p.rotate, p.resources, contents))
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
	}
	b.objs[treeNum-1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", join(kids), len(kids))
	catalog := b.add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", treeNum))
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(b.objs))
	for i, body := range b.objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, catalog, xref)
	return out.Bytes()
}

func join(parts []string) string {
	var b bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// toUnicodeCMap maps one-byte codes to runes.
func toUnicodeCMap(m map[byte]rune) string {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n")
	fmt.Fprintf(&b, "%d beginbfchar\n", len(m))
	for code, r := range m {
		fmt.Fprintf(&b, "<%02X> <%04X>\n", code, r)
	}
	b.WriteString("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
	return b.String()
}
