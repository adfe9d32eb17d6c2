package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// font decodes the strings shown with one PDF font: character codes to
// Unicode text and advance widths (in text space, i.e. already /1000 or
// scaled by a Type3 FontMatrix).
type font struct {
	name     string
	codeLen  int // 1 or 2 bytes; 0 = per codespace ranges of toUni
	toUni    *cmap
	simple   [256]string // fallback decoding of one-byte codes
	simpleOK [256]bool
	gbk      bool // codes are GBK bytes (1 byte < 0x81, else 2)
	ucs2     bool // codes are UCS-2 (UniGB-UCS2-H)
	cidMap   *cmap
	// gidUni maps glyph ids to text from the embedded font's own cmap, for
	// an Identity CID font without ToUnicode; cidGID maps CIDs to glyph ids
	// (nil: identity).
	gidUni map[uint32]string
	cidGID []uint16

	firstChar int
	widths    []float64
	cidW      map[uint32]float64
	dw        float64
	scale     float64 // glyph space → text space (1/1000, or FontMatrix[0] for Type3)
	sizeScale float64 // multiplies the font size to get the visible em (Type3)
}

// glyphCode is one decoded code of a shown string.
type glyphCode struct {
	text   string
	width  float64 // advance in text space units, before size and spacing
	space  bool    // single-byte code 32: word spacing applies
	mapped bool
}

// descFont is what a Type0 font takes from its descendant CIDFont. Some
// producers write a Type0 font object per page over one shared descendant
// (04_yantai_zhujian_2026.pdf: 218 fonts for 116 pages); resolving and
// reading the descendant and its /W array anew for each was 40 % of that
// file's extraction. The maps are read-only once made.
type descFont struct {
	desc   pdf.Value
	dw     float64
	hasDW  bool
	cidW   map[uint32]float64
	glyphs bool // gidUni and cidGID were read
	gidUni map[uint32]string
	cidGID []uint16
}

// descendantRef is the reference "[12 0 R]" of a one-element
// DescendantFonts array, or "" when it is anything else.
func descendantRef(arr pdf.Value) string {
	if arr.Kind() != pdf.Array || arr.Len() != 1 {
		return ""
	}
	s := arr.String()
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, " R]") || strings.Count(s, " R") != 1 {
		return ""
	}
	return s
}

func loadFont(fv pdf.Value, descs map[string]*descFont) (f *font) {
	f = &font{name: fv.Key("BaseFont").Name(), codeLen: 1, scale: 0.001, sizeScale: 1, dw: 1000}
	if tu := fv.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if data, err := readStream(tu); len(data) > 0 || err == nil {
			f.toUni = parseCMap(data)
		}
	}
	switch fv.Key("Subtype").Name() {
	case "Type0":
		f.loadType0(fv, descs)
	case "Type3":
		f.loadSimple(fv)
		if fm := fv.Key("FontMatrix"); fm.Len() == 6 {
			f.scale = fm.Index(0).Float64()
			f.sizeScale = fm.Index(3).Float64() * 1000
			if f.sizeScale <= 0 || f.sizeScale > 100 {
				f.sizeScale = 1
			}
		}
	default:
		f.loadSimple(fv)
	}
	return f
}

func (f *font) loadSimple(fv pdf.Value) {
	f.firstChar = int(fv.Key("FirstChar").Int64())
	w := fv.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
	if f.toUni == nil && isGBKFont(fv) {
		f.gbk = true
		return
	}
	f.fillSimpleFallback(fv)
}

// fillSimpleFallback decodes one-byte codes through the font's /Encoding
// (standard encodings and /Differences glyph names) with the PDF library.
func (f *font) fillSimpleFallback(fv pdf.Value) {
	defer func() { _ = recover() }()
	pf := pdf.Font{V: fv}
	enc := pf.Encoder()
	if enc == nil {
		return
	}
	for c := 0; c < 256; c++ {
		s := enc.Decode(string([]byte{byte(c)}))
		if s == "" || !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
			continue
		}
		f.simple[c] = s
		f.simpleOK[c] = true
	}
	if d := fv.Key("Encoding").Key("Differences"); d.Kind() == pdf.Array {
		code := 0
		for i := 0; i < d.Len(); i++ {
			e := d.Index(i)
			if e.Kind() == pdf.Integer {
				code = int(e.Int64())
				continue
			}
			if code >= 0 && code < 256 {
				if r, ok := glyphNameRune(e.Name()); ok {
					f.simple[code], f.simpleOK[code] = string(r), true
				}
			}
			code++
		}
	}
}

func (f *font) loadType0(fv pdf.Value, descs map[string]*descFont) {
	f.codeLen = 2
	enc := fv.Key("Encoding")
	switch name := enc.Name(); {
	case enc.Kind() == pdf.Stream:
		if data, err := readStream(enc); err == nil {
			f.cidMap = parseCMap(data)
		}
	case strings.HasPrefix(name, "GBK") || strings.HasPrefix(name, "GBpc-EUC") || strings.HasPrefix(name, "GBK2K") || strings.HasPrefix(name, "GB-EUC"):
		f.gbk = true
	case strings.HasPrefix(name, "UniGB-UCS2") || strings.HasPrefix(name, "UniGB-UTF16") || strings.HasPrefix(name, "UniCNS-UCS2") || strings.HasPrefix(name, "UniCNS-UTF16"):
		f.ucs2 = true
	}
	arr := fv.Key("DescendantFonts")
	key := descendantRef(arr)
	d := descs[key]
	if d == nil || key == "" {
		d = &descFont{desc: arr.Index(0)}
		if dw := d.desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			d.dw, d.hasDW = dw.Float64(), true
		}
		d.cidW = parseCIDWidths(d.desc.Key("W"))
		if key != "" && descs != nil {
			descs[key] = d
		}
	}
	if f.toUni == nil && !f.gbk && !f.ucs2 && f.cidMap == nil {
		f.gidUni, f.cidGID = d.embedded()
	}
	if d.hasDW {
		f.dw = d.dw
	}
	f.cidW = d.cidW
}

// embedded reads, once per descendant, the glyph-id → text map of its
// embedded font and its CID → glyph-id map.
func (d *descFont) embedded() (map[uint32]string, []uint16) {
	if !d.glyphs {
		d.gidUni, d.cidGID, d.glyphs = embeddedGlyphMap(d.desc), cidToGID(d.desc), true
	}
	return d.gidUni, d.cidGID
}

// parseCIDWidths reads a CIDFont /W array: "c [w1 w2 …]" and "c1 c2 w".
func parseCIDWidths(w pdf.Value) map[uint32]float64 {
	out := map[uint32]float64{}
	n := w.Len()
	for i := 0; i < n; {
		first := w.Index(i)
		if i+1 >= n {
			break
		}
		second := w.Index(i + 1)
		if second.Kind() == pdf.Array {
			c := uint32(first.Int64())
			for k := 0; k < second.Len() && k < 1<<16; k++ {
				out[c+uint32(k)] = second.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi, wv := uint32(first.Int64()), uint32(second.Int64()), w.Index(i+2).Float64()
		for c := lo; c <= hi && c-lo < 1<<16; c++ {
			out[c] = wv
		}
		i += 3
	}
	return out
}

// isGBKFont recognizes the WPS case: a non-embedded Chinese font with a
// single-byte encoding whose bytes are really GBK.
func isGBKFont(fv pdf.Value) bool {
	fd := fv.Key("FontDescriptor")
	for _, k := range []string{"FontFile", "FontFile2", "FontFile3"} {
		if !fd.Key(k).IsNull() {
			return false
		}
	}
	base := fv.Key("BaseFont").Name()
	for i := 0; i < len(base); i++ {
		if base[i] >= 0x80 {
			return true
		}
	}
	b := strings.ToLower(base)
	for _, n := range []string{"simsun", "simhei", "fangsong", "kaiti", "gb2312", "stsong", "stkaiti", "stfangsong", "stheiti", "microsoftyahei", "nsimsun", "lisu", "youyuan", "simkai", "simfang"} {
		if strings.Contains(b, n) {
			return true
		}
	}
	return false
}

// decode splits a shown string into codes and decodes each.
func (f *font) decode(s string, emit func(glyphCode)) {
	for len(s) > 0 {
		n := f.nextCodeLen(s)
		raw := s[:n]
		s = s[n:]
		code := codeOf(raw)
		g := glyphCode{space: n == 1 && code == 32}
		g.text, g.mapped = f.unicode(raw, code)
		g.width = f.width(raw, code, g.text)
		emit(g)
	}
}

func (f *font) nextCodeLen(s string) int {
	n := f.codeLen
	switch {
	case f.gbk:
		n = 1
		if s[0] >= 0x81 && len(s) > 1 {
			n = 2
		}
	case f.cidMap != nil && len(f.cidMap.spaces) > 0:
		n = f.cidMap.codeLen(s, f.codeLen)
	case f.codeLen == 2 && f.toUni != nil && len(f.toUni.spaces) > 0:
		n = f.toUni.codeLen(s, 2)
	}
	if n > len(s) {
		n = len(s)
	}
	return n
}

func (f *font) unicode(raw string, code uint32) (string, bool) {
	if f.toUni != nil {
		if t, ok := f.toUni.uni[code]; ok && t != "" {
			return t, true
		}
	}
	if f.gidUni != nil {
		gid := code
		if int(code) < len(f.cidGID) {
			gid = uint32(f.cidGID[code])
		}
		if t, ok := f.gidUni[gid]; ok {
			return t, true
		}
	}
	switch {
	case f.gbk:
		if out, err := simplifiedchinese.GBK.NewDecoder().String(raw); err == nil && out != "" && !strings.ContainsRune(out, utf8.RuneError) {
			return out, true
		}
	case f.ucs2:
		if t := utf16Text(operand{kind: kString, str: raw}); t != "" {
			return t, true
		}
	case len(raw) == 1:
		if f.simpleOK[code&0xFF] {
			return f.simple[code&0xFF], true
		}
	}
	if f.codeLen == 2 && asciiFigures(raw) {
		// ASCII written through a two-byte font (西安商务 p36 prints
		// 20692576.52 as the codes 0x3230 0x3639 …, none of them the
		// font's): the bytes are the text
		return raw, true
	}
	return "\uFFFD", false
}

func (f *font) width(raw string, code uint32, text string) float64 {
	n := len(raw)
	if f.cidW != nil || f.codeLen == 2 {
		cid := code
		if f.cidMap != nil {
			if c, ok := f.cidMap.cid[code]; ok {
				cid = c
			}
		}
		if w, ok := f.cidW[cid]; ok && (!f.gbk && !f.ucs2 || n == 2) {
			return w * f.scale
		}
		if n == 1 {
			return 500 * f.scale
		}
		return f.dw * f.scale
	}
	if len(f.widths) == 0 {
		return standardWidth(f.name, code, text) * f.scale
	}
	// A simple font's code is one byte; GBK text in a WinAnsi font shows
	// two-byte characters whose bytes each have a width.
	var w float64
	for i := 0; i < n; i++ {
		if k := int(raw[i]) - f.firstChar; k >= 0 && k < len(f.widths) {
			w += f.widths[k]
		} else {
			w += standardWidth(f.name, uint32(raw[i]), "")
		}
	}
	return w * f.scale
}

// glyphNameRune maps the glyph names that carry their code point
// (uniXXXX, uXXXX, and one-letter names).
func glyphNameRune(name string) (rune, bool) {
	switch {
	case strings.HasPrefix(name, "uni") && len(name) == 7:
		if v, err := strconv.ParseUint(name[3:], 16, 32); err == nil {
			return rune(v), true
		}
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
			return rune(v), true
		}
	case len(name) == 1:
		return rune(name[0]), true
	}
	return 0, false
}

// asciiFigures: every byte of raw is a digit or a number's punctuation.
func asciiFigures(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '%' || c == '-') {
			return false
		}
	}
	return raw != ""
}
