package pdfgen

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

// Builder collects objects and writes the file.
type Builder struct {
	objs []string // object bodies; object n is objs[n-1]
}

// Add appends an object and returns its number.
func (b *Builder) Add(body string) int {
	b.objs = append(b.objs, body)
	return len(b.objs)
}

// Set replaces the body of object n (added before, e.g. as a placeholder
// for an object that refers to objects added after it).
func (b *Builder) Set(n int, body string) { b.objs[n-1] = body }

// Get returns the body of object n.
func (b *Builder) Get(n int) string { return b.objs[n-1] }

// Stream returns a stream object body; flate compresses it.
func Stream(dict string, data []byte, flate bool) string {
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

// Page describes one page for Build.
type Page struct {
	MediaBox  string // "0 0 595 842" when empty
	Rotate    int
	Resources string // resource dictionary
	Contents  []string
	// Streams are content stream objects the caller added itself (a broken
	// filter, a bomb), referenced after Contents.
	Streams []int
}

// Build writes the file with the given pages (catalog and page tree added).
func (b *Builder) Build(pages []Page) []byte {
	return b.Raw(b.AddPages(pages))
}

// AddPages adds the pages, their page tree and a catalog, and returns the
// catalog's object number, for Raw or RawXRefStream.
func (b *Builder) AddPages(pages []Page) (catalog int) {
	treeNum := len(b.objs) + 1
	b.Add("") // placeholder for the page tree
	var kids []string
	for _, p := range pages {
		var cs []string
		for _, c := range p.Contents {
			cs = append(cs, fmt.Sprintf("%d 0 R", b.Add(Stream("", []byte(c), true))))
		}
		for _, n := range p.Streams {
			cs = append(cs, fmt.Sprintf("%d 0 R", n))
		}
		box := p.MediaBox
		if box == "" {
			box = "0 0 595 842"
		}
		contents := "[" + join(cs) + "]"
		if len(cs) == 1 {
			contents = cs[0]
		}
		n := b.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[%s]/Rotate %d/Resources %s/Contents %s>>", treeNum, box, p.Rotate, p.Resources, contents))
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
	}
	b.objs[treeNum-1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", join(kids), len(kids))
	return b.Add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", treeNum))
}

// Raw writes the objects added so far as they are, with object root as the
// trailer's /Root: for files whose structure a test controls (a page tree
// that loops, a broken catalog).
func (b *Builder) Raw(root int) []byte {
	var out bytes.Buffer
	offsets := b.writeObjects(&out)
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, root, xref)
	return out.Bytes()
}

// writeObjects writes the header and every object, returning their offsets.
func (b *Builder) writeObjects(out *bytes.Buffer) []int {
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(b.objs))
	for i, body := range b.objs {
		offsets[i] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	return offsets
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

// ToUnicodeCMap maps one-byte codes to runes.
func ToUnicodeCMap(m map[byte]rune) string {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n")
	fmt.Fprintf(&b, "%d beginbfchar\n", len(m))
	for code, r := range m {
		fmt.Fprintf(&b, "<%02X> <%04X>\n", code, r)
	}
	b.WriteString("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
	return b.String()
}
