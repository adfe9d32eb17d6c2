package extract

import (
	"unicode/utf16"
	"unicode/utf8"
)

// codespace is one codespace range: codes of n bytes between lo and hi.
type codespace struct {
	n      int
	lo, hi uint32
}

// cmap is a parsed ToUnicode (or embedded encoding) CMap.
type cmap struct {
	spaces []codespace
	uni    map[uint32]string
	cid    map[uint32]uint32 // cidchar / cidrange, for embedded encodings
}

// parseCMap reads the bfchar/bfrange/codespacerange (and cidchar/cidrange)
// sections of a CMap stream. Malformed parts are skipped.
func parseCMap(data []byte) *cmap {
	m := &cmap{uni: map[uint32]string{}}
	lx := &lexer{data: data}
	var ops []operand
	for n := 0; n < 1<<22; n++ {
		v, op, ok := lx.next(0)
		if !ok {
			break
		}
		if op == "" {
			if len(ops) < 1<<16 {
				ops = append(ops, v)
			}
			continue
		}
		switch op {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				lo, hi := ops[i].str, ops[i+1].str
				if len(lo) > 0 && len(lo) <= 4 && len(lo) == len(hi) {
					m.spaces = append(m.spaces, codespace{len(lo), codeOf(lo), codeOf(hi)})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				if len(ops[i].str) <= 4 {
					m.uni[codeOf(ops[i].str)] = utf16Text(ops[i+1])
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				m.addRange(ops[i].str, ops[i+1].str, ops[i+2])
			}
		case "endcidchar":
			m.addCIDs(ops, 2)
		case "endcidrange":
			m.addCIDs(ops, 3)
		}
		ops = ops[:0]
	}
	return m
}

func (m *cmap) addRange(loS, hiS string, dst operand) {
	if len(loS) == 0 || len(loS) > 4 || len(loS) != len(hiS) {
		return
	}
	lo, hi := codeOf(loS), codeOf(hiS)
	if hi < lo || hi-lo > 0xFFFF {
		return
	}
	if dst.kind == kArray {
		for i, d := range dst.arr {
			if lo+uint32(i) > hi {
				break
			}
			m.uni[lo+uint32(i)] = utf16Text(d)
		}
		return
	}
	base := []rune(utf16Text(dst))
	if len(base) == 0 {
		return
	}
	for c := lo; c <= hi; c++ {
		r := make([]rune, len(base))
		copy(r, base)
		r[len(r)-1] += rune(c - lo)
		m.uni[c] = string(r)
	}
}

func (m *cmap) addCIDs(ops []operand, width int) {
	if m.cid == nil {
		m.cid = map[uint32]uint32{}
	}
	for i := 0; i+width-1 < len(ops); i += width {
		lo := codeOf(ops[i].str)
		hi, cid := lo, ops[i+1].num
		if width == 3 {
			hi, cid = codeOf(ops[i+1].str), ops[i+2].num
		}
		for c := lo; c <= hi && c-lo <= 0xFFFF; c++ {
			m.cid[c] = uint32(cid) + (c - lo)
		}
	}
}

// codeOf reads a big-endian code from string bytes.
func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// utf16Text decodes a bfchar/bfrange destination (UTF-16BE bytes).
func utf16Text(v operand) string {
	if v.kind == kName {
		if r, ok := glyphNameRune(v.str); ok {
			return string(r)
		}
		return ""
	}
	s := v.str
	if len(s)%2 == 1 {
		s = "\x00" + s
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	rs := utf16.Decode(u)
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		if r != 0 && utf8.ValidRune(r) {
			out = append(out, r)
		}
	}
	return string(out)
}

// codeLen returns how many bytes the code starting s takes, per the
// codespace ranges (1 when there are none that match).
func (m *cmap) codeLen(s string, def int) int {
	if len(m.spaces) == 0 {
		return def
	}
	for n := 1; n <= 4 && n <= len(s); n++ {
		c := codeOf(s[:n])
		for _, sp := range m.spaces {
			if sp.n == n && c >= sp.lo && c <= sp.hi {
				return n
			}
		}
	}
	return def
}
