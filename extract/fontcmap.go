package extract

import (
	"github.com/ledongthuc/pdf"
	"golang.org/x/image/font/sfnt"
)

// runeRanges are the code points looked up in an embedded font's own cmap
// when a CID font has no ToUnicode: what budget disclosures print.
var runeRanges = [][2]rune{
	{0x20, 0x7E}, {0xA0, 0x24F}, {0x2000, 0x206F}, {0x2100, 0x22FF}, {0x2460, 0x24FF},
	{0x2E80, 0x2FDF}, {0x3000, 0x303F}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF},
}

// embeddedGlyphMap recovers Unicode for a TrueType-based CID font without
// ToUnicode (Word and others): the subset embedded as /FontFile2 usually
// still has its cmap, which maps code points to glyph ids; inverted, it
// maps the glyph ids the content shows back to text.
func embeddedGlyphMap(desc pdf.Value) map[uint32]string {
	ff := desc.Key("FontDescriptor").Key("FontFile2")
	if ff.Kind() != pdf.Stream {
		return nil
	}
	data, err := readStream(ff)
	if err != nil || len(data) == 0 {
		return nil
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil
	}
	var buf sfnt.Buffer
	out := map[uint32]string{}
	for _, rg := range runeRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			gid, err := f.GlyphIndex(&buf, r)
			if err != nil || gid == 0 {
				continue
			}
			if _, taken := out[uint32(gid)]; !taken {
				out[uint32(gid)] = string(r)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// cidToGID reads a CIDFont's /CIDToGIDMap stream (two bytes per CID); nil
// means Identity.
func cidToGID(desc pdf.Value) []uint16 {
	m := desc.Key("CIDToGIDMap")
	if m.Kind() != pdf.Stream {
		return nil
	}
	data, err := readStream(m)
	if err != nil {
		return nil
	}
	out := make([]uint16, len(data)/2)
	for i := range out {
		out[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
	}
	return out
}
