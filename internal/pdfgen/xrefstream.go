package pdfgen

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// RawXRefStream writes the objects added so far like Raw, but indexes them
// with a cross-reference stream (PDF 1.5) instead of a table. size is the
// /Size written in the stream's dictionary; 0 writes the true one, and a
// larger value makes a file whose /Size lies (for the torture corpus).
func (b *Builder) RawXRefStream(root, size int) []byte {
	var out bytes.Buffer
	offsets := b.writeObjects(&out)
	self := len(b.objs) + 1 // the xref stream is the last object
	xref := out.Len()
	offsets = append(offsets, xref)
	count := self + 1
	if size <= 0 {
		size = count
	}
	entries := xrefEntries(offsets)
	fmt.Fprintf(&out, "%d 0 obj\n<</Type/XRef/Size %d/Index[0 %d]/W[1 4 2]/Root %d 0 R/Length %d>>stream\n", self, size, count, root, len(entries))
	out.Write(entries)
	fmt.Fprintf(&out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}

// xrefEntries encodes the free head entry and one in-use entry per offset,
// seven bytes each (/W [1 4 2]).
func xrefEntries(offsets []int) []byte {
	entries := make([]byte, 0, 7*(len(offsets)+1))
	entries = append(entries, 0, 0, 0, 0, 0, 0xff, 0xff) // object 0: free, generation 65535
	for _, off := range offsets {
		entries = append(entries, 1)
		entries = binary.BigEndian.AppendUint32(entries, uint32(off))
		entries = binary.BigEndian.AppendUint16(entries, 0)
	}
	return entries
}
