// Package textinput reads a text file given as a disclosure (the text
// pdftotext made of a PDF) before the normalizer sees it: it finds the
// encoding and decodes to UTF-8 (UTF-8 with or without a byte order mark,
// UTF-16 with one, GB18030 and its subset GBK, which Chinese Windows tools
// write), and it decides from what the normalizer made of the text whether
// it is a budget disclosure at all, so that a README.txt in an import
// folder is refused with a reason instead of being stored as a document.
//
// It calls package normalize through its exported functions only.
package textinput

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/budgetpdf/budgetpdf"
)

// Encodings Decode reports.
const (
	UTF8    = "UTF-8"
	UTF16LE = "UTF-16LE"
	UTF16BE = "UTF-16BE"
	GB18030 = "GB18030"
)

// ErrNotText is data that is text in none of the encodings read.
var ErrNotText = errors.New("not a PDF, and not text in UTF-8, UTF-16 or GB18030/GBK")

// Decode returns data as UTF-8 without a byte order mark, and the
// encoding it was in. UTF-16 needs its byte order mark (pdftotext and
// Windows Notepad write one); without a mark, valid UTF-8 is UTF-8, and
// anything else is tried as GB18030 (which GBK is part of): it must decode
// without an invalid sequence and read as mostly Chinese, or ErrNotText.
func Decode(data []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return nil, "", fmt.Errorf("%w: a UTF-8 byte order mark, then invalid UTF-8", ErrNotText)
		}
		return data, UTF8, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return fromUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data[2:], true)
	case utf8.Valid(data):
		return data, UTF8, nil
	}
	if out, ok := fromGB18030(data); ok {
		return out, GB18030, nil
	}
	return nil, "", ErrNotText
}

func fromUTF16(data []byte, bigEndian bool) ([]byte, string, error) {
	name := UTF16LE
	if bigEndian {
		name = UTF16BE
	}
	if len(data)%2 != 0 {
		data = data[:len(data)-1] // a cut last byte: the rest is still read
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		lo, hi := data[2*i], data[2*i+1]
		if bigEndian {
			lo, hi = hi, lo
		}
		units[i] = uint16(lo) | uint16(hi)<<8
	}
	runes := utf16.Decode(units)
	bad := 0
	for _, r := range runes {
		if r == utf8.RuneError {
			bad++
		}
	}
	if bad > len(runes)/100 {
		return nil, "", fmt.Errorf("%w: a %s byte order mark, then %d invalid characters", ErrNotText, name, bad)
	}
	return []byte(string(runes)), name, nil
}

// fromGB18030 decodes data as GB18030 if it is: no invalid sequence, no
// control characters but line breaks and tabs, and more Chinese than
// other non-ASCII characters (arbitrary bytes decode to rare characters
// of every script).
func fromGB18030(data []byte) ([]byte, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	han, other := 0, 0
	for _, r := range string(out) {
		switch {
		case r == utf8.RuneError:
			return nil, false
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			return nil, false
		case r < 0x80:
		case (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || (r >= 0x20000 && r <= 0x3FFFF) ||
			(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF): // Han, CJK punctuation, full-width forms
			han++
		default:
			other++
		}
	}
	return out, han > 0 && han >= 4*other
}

// NotDisclosure says why doc, made from a text file, is not a budget
// disclosure, or "" when it is one. A disclosure has at least one of: a
// target table (a project's or the department's), a table of figures, or
// a numbered heading (一、… 第一部分 …) over its text. A note, a README
// or a web page's text has none: one run of text, no heading, no table.
func NotDisclosure(doc *budgetpdf.Document) string {
	if len(doc.Projects) > 0 || doc.Department != nil || len(doc.Tables) > 0 {
		return ""
	}
	for _, s := range doc.Sections {
		if len(s.Path) > 0 {
			return ""
		}
	}
	return "not a budget disclosure: the text has no target table, no table of figures and no numbered heading (text input is for what pdftotext made of a disclosure's PDF)"
}
