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
	word := string(l.data[start:l.pos])
	switch word {
	case "true", "false":
		return operand{kind: kBool}, "", true
	case "null":
		return operand{}, "", true
	}
	return operand{}, word, true
}

const maxNesting = 64

func (l *lexer) array(depth int) operand {
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
	f, err := strconv.ParseFloat(string(l.data[start:l.pos]), 64)
	if err != nil {
		f = lenientNumber(l.data[start:l.pos])
	}
	return operand{kind: kNum, num: f}
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
