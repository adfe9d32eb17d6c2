package extract

import (
	"strconv"
)

// operand is one value on the content-stream operand stack.
type operand struct {
	kind opKind
	num  float64
	str  string    // string bytes, name (without '/'), or keyword
	arr  []operand // array elements
}

type opKind uint8

const (
	kNull opKind = iota
	kNum
	kString
	kName
	kArray
	kDict
	kBool
)

// lexer tokenizes a PDF content stream. Unlike a general object parser it
// never loops without consuming input, treats an unterminated string as ending
// at the end of the data, and skips inline image data (BI … ID … EI).
type lexer struct {
	data []byte
	pos  int
	// arena, when not nil, holds the elements of the top-level arrays read
	// since the caller last emptied it (reset): the interpreter does so
	// after each operator, which has used its operands by then, instead of
	// a slice allocated per TJ array (4 % of what an extraction allocated).
	arena *[]operand
}

// reset lets the arena's storage be reused: the arrays read so far must no
// longer be used.
func (l *lexer) reset() {
	if l.arena != nil {
		clear(*l.arena)
		*l.arena = (*l.arena)[:0]
	}
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelimiter(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipWhite() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next operand, or an operator keyword with isOp set.
// ok is false at the end of the data.
func (l *lexer) next(depth int) (v operand, op string, ok bool) {
	l.skipWhite()
	if l.pos >= len(l.data) {
		return operand{}, "", false
	}
	c := l.data[l.pos]
	switch {
	case c == '(':
		l.pos++
		return operand{kind: kString, str: l.literalString()}, "", true
	case c == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.pos += 2
		l.skipDict(depth)
		return operand{kind: kDict}, "", true
	case c == '<':
		l.pos++
		return operand{kind: kString, str: l.hexString()}, "", true
	case c == '/':
		l.pos++
		return operand{kind: kName, str: l.name()}, "", true
	case c == '[':
		l.pos++
		return l.array(depth), "", true
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++ // stray delimiter: ignore
		return l.next(depth)
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		return l.number(), "", true
	}
	start := l.pos
	for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelimiter(l.data[l.pos]) {
		l.pos++
	}
	raw := l.data[start:l.pos]
	word, known := operators[string(raw)] // no allocation for the usual ones
	if !known {
		word = string(raw)
	}
	switch word {
	case "true", "false":
		return operand{kind: kBool}, "", true
	case "null":
		return operand{}, "", true
	}
	return operand{}, word, true
}

// operators are the content-stream keywords, so that next returns a
// constant string for them instead of allocating one per operator.
var operators = func() map[string]string {
	m := map[string]string{}
	for _, op := range []string{"b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs",
		"d", "d0", "d1", "Do", "DP", "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID",
		"j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc",
		"SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v",
		"w", "W", "W*", "y", "'", "\"", "true", "false", "null"} {
		m[op] = op
	}
	return m
}()

const maxNesting = 64

func (l *lexer) array(depth int) operand {
	if l.arena != nil && depth == 0 {
		return l.arenaArray()
	}
	arr := operand{kind: kArray}
	for {
		l.skipWhite()
		if l.pos >= len(l.data) {
			return arr
		}
		if l.data[l.pos] == ']' {
			l.pos++
			return arr
		}
		if depth >= maxNesting {
			l.pos++
			continue
		}
		v, op, ok := l.next(depth + 1)
		if !ok {
			return arr
		}
		if op != "" {
			continue // operators are not allowed in arrays; drop them
		}
		if len(arr.arr) < 1<<16 {
			arr.arr = append(arr.arr, v)
		}
	}
}

// arenaArray is array at the top level, its elements appended to the arena
// (nested arrays, read at depth 1, allocate their own).
func (l *lexer) arenaArray() operand {
	a := l.arena
	start := len(*a)
	done := func() operand {
		return operand{kind: kArray, arr: (*a)[start:len(*a):len(*a)]}
	}
	for {
		l.skipWhite()
		if l.pos >= len(l.data) {
			return done()
		}
		if l.data[l.pos] == ']' {
			l.pos++
			return done()
		}
		if maxNesting <= 0 {
			l.pos++
			continue
		}
		v, op, ok := l.next(1)
		if !ok {
			return done()
		}
		if op != "" {
			continue // operators are not allowed in arrays; drop them
		}
		if len(*a)-start < 1<<16 {
			*a = append(*a, v)
		}
	}
}

// skipDict skips an inline dictionary (marked-content properties).
func (l *lexer) skipDict(depth int) {
	for {
		l.skipWhite()
		if l.pos >= len(l.data) {
			return
		}
		if l.data[l.pos] == '>' {
			l.pos++
			if l.pos < len(l.data) && l.data[l.pos] == '>' {
				l.pos++
			}
			return
		}
		if depth >= maxNesting {
			l.pos++
			continue
		}
		if _, _, ok := l.next(depth + 1); !ok {
			return
		}
	}
}

func (l *lexer) number() operand {
	start := l.pos
	l.pos++
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' {
			l.pos++
			continue
		}
		break
	}
	if f, ok := plainNumber(l.data[start:l.pos]); ok {
		return operand{kind: kNum, num: f}
	}
	f, err := strconv.ParseFloat(string(l.data[start:l.pos]), 64)
	if err != nil {
		f = lenientNumber(l.data[start:l.pos])
	}
	return operand{kind: kNum, num: f}
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// plainNumber reads the numbers content streams are made of — an optional
// sign, digits, at most one dot — without strconv (ParseFloat was 6 % of
// the pipeline). The result is ParseFloat's: the digits make an integer
// below 2^53 and the dot a power of ten up to 1e22, both exact in a
// float64, and IEEE division rounds their quotient correctly. Anything
// else (more digits, exponents, junk) is left to ParseFloat.
func plainNumber(b []byte) (float64, bool) {
	i, neg := 0, false
	if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
		neg = b[0] == '-'
		i = 1
	}
	var m uint64
	digits, frac, dot := 0, 0, false
	for ; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			if m > (1<<53-1-9)/10 {
				return 0, false
			}
			m = m*10 + uint64(c-'0')
			digits++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			return 0, false
		}
	}
	if digits == 0 || frac >= len(pow10) {
		return 0, false
	}
	f := float64(m)
	if frac > 0 {
		f /= pow10[frac]
	}
	if neg {
		f = -f
	}
	return f, true
}

// lenientNumber reads what a PDF reader accepts as a number: a sign, digits
// and one dot, ignoring junk such as a second sign ("--5") or dot.
func lenientNumber(b []byte) float64 {
	neg, seenDot := false, false
	var out []byte
	for _, c := range b {
		switch {
		case c == '-' && len(out) == 0:
			neg = !neg
		case c == '.' && !seenDot:
			seenDot = true
			out = append(out, c)
		case c >= '0' && c <= '9':
			out = append(out, c)
		}
	}
	f, _ := strconv.ParseFloat(string(out), 64)
	if neg {
		f = -f
	}
	return f
}

func (l *lexer) name() string {
	start := l.pos
	for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelimiter(l.data[l.pos]) {
		l.pos++
	}
	raw := l.data[start:l.pos]
	for _, c := range raw {
		if c == '#' {
			return decodeNameEscapes(raw)
		}
	}
	return string(raw)
}

func decodeNameEscapes(raw []byte) string {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			if h, l := unhexByte(raw[i+1]), unhexByte(raw[i+2]); h >= 0 && l >= 0 {
				out = append(out, byte(h<<4|l))
				i += 2
				continue
			}
		}
		out = append(out, raw[i])
	}
	return string(out)
}

func unhexByte(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *lexer) hexString() string {
	var out []byte
	hi := -1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		d := unhexByte(c)
		if d < 0 {
			continue
		}
		if hi < 0 {
			hi = d
		} else {
			out = append(out, byte(hi<<4|d))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

func (l *lexer) literalString() string {
	var out []byte
	depth := 1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\\':
			if l.pos >= len(l.data) {
				return string(out)
			}
			e := l.data[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						v = v*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// skipInlineImage moves past the binary data of an inline image, which
// starts after the ID operator and ends at an EI operator delimited by white
// space.
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.data) && isWhite(l.data[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.data); i++ {
		if l.data[i] == 'E' && l.data[i+1] == 'I' && (i == 0 || isWhite(l.data[i-1])) &&
			(i+2 == len(l.data) || isWhite(l.data[i+2]) || isDelimiter(l.data[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.data)
}
