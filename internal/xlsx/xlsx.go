package xlsx

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Writer writes one workbook to an io.Writer.
type Writer struct {
	w      io.Writer
	sheets []*Sheet
	byName map[string]*Sheet
	closed bool
}

// Sheet is one worksheet being written.
type Sheet struct {
	name string
	tmp  *os.File
	buf  *bufio.Writer
	rows int
	err  error
}

// NewWriter starts a workbook written to w on Close.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, byName: map[string]*Sheet{}}
}

// Lookup returns the sheet called name, or nil when there is none yet.
func (x *Writer) Lookup(name string) *Sheet { return x.byName[name] }

// Sheets lists the sheets in their order in the workbook.
func (x *Writer) Sheets() []*Sheet { return x.sheets }

// Abort releases the temporary files without writing anything.
func (x *Writer) Abort() {
	if !x.closed {
		x.closed = true
		x.release()
	}
}

// Sheet returns the sheet called name, adding it after the others when new.
func (x *Writer) Sheet(name string) (*Sheet, error) {
	if s, ok := x.byName[name]; ok {
		return s, nil
	}
	if err := checkName(name); err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	tmp, err := os.CreateTemp("", "budgetpdf-xlsx-*")
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	os.Remove(tmp.Name()) // unlinked: gone when closed, whatever happens
	s := &Sheet{name: name, tmp: tmp, buf: bufio.NewWriterSize(tmp, 64<<10)}
	x.sheets = append(x.sheets, s)
	x.byName[name] = s
	return s, nil
}

// checkName applies Excel's rules for sheet names.
func checkName(name string) error {
	switch {
	case name == "":
		return errors.New("sheet name is blank")
	case len(utf16.Encode([]rune(name))) > 31:
		return errors.New("sheet name is longer than 31 characters")
	case strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'"):
		return errors.New("sheet name starts or ends with an apostrophe")
	case strings.ContainsAny(name, ":\\/?*[]"):
		return errors.New("sheet name contains one of : \\ / ? * [ ]")
	}
	return nil
}

// AddRow appends a row; a nil value leaves its cell empty. Strings and
// []byte are text, integers and floats numbers, booleans booleans; any
// other value is written as fmt.Sprint gives it.
func (s *Sheet) AddRow(vals []any) error {
	if s.err != nil {
		return s.err
	}
	s.rows++
	b := s.buf
	b.WriteString(`<row r="`)
	b.WriteString(strconv.Itoa(s.rows))
	b.WriteString(`">`)
	for i, v := range vals {
		if v != nil {
			writeCell(b, colName(i+1)+strconv.Itoa(s.rows), v)
		}
	}
	_, err := b.WriteString(`</row>`)
	s.err = err
	return err
}

func writeCell(b *bufio.Writer, ref string, v any) {
	switch v := v.(type) {
	case string:
		writeText(b, ref, v)
	case []byte:
		writeText(b, ref, string(v))
	case bool:
		n := "0"
		if v {
			n = "1"
		}
		fmt.Fprintf(b, `<c r="%s" t="b"><v>%s</v></c>`, ref, n)
	case int:
		writeNumber(b, ref, strconv.FormatInt(int64(v), 10))
	case int64:
		writeNumber(b, ref, strconv.FormatInt(v, 10))
	case int32:
		writeNumber(b, ref, strconv.FormatInt(int64(v), 10))
	case uint64:
		writeNumber(b, ref, strconv.FormatUint(v, 10))
	case float64:
		writeFloat(b, ref, v, 64)
	case float32:
		writeFloat(b, ref, float64(v), 32)
	default:
		writeText(b, ref, fmt.Sprint(v))
	}
}

func writeFloat(b *bufio.Writer, ref string, v float64, bits int) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		writeText(b, ref, fmt.Sprint(v))
		return
	}
	writeNumber(b, ref, formatFloat(v, bits))
}

// maxDigits is the precision Excel keeps: 15 significant digits.
const maxDigits = 15

// formatFloat is v in decimal, its shortest form cut (not rounded) to 15
// significant digits, as excelize writes it.
func formatFloat(v float64, bits int) string {
	str := strconv.FormatFloat(v, 'f', -1, bits)
	if math.Abs(v) == math.MaxFloat64 {
		return str
	}
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for i := range str {
		if str[i] < '0' || str[i] > '9' || significant == 0 && str[i] == '0' {
			continue
		}
		if significant++; significant <= maxDigits {
			continue
		}
		if decimal >= 0 && i > decimal {
			return strings.TrimSuffix(str[:i], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		cut := []byte(str[:decimal])
		for ; i < len(cut); i++ {
			cut[i] = '0'
		}
		return string(cut)
	}
	return str
}

func writeNumber(b *bufio.Writer, ref, n string) {
	b.WriteString(`<c r="`)
	b.WriteString(ref)
	b.WriteString(`"><v>`)
	b.WriteString(n)
	b.WriteString(`</v></c>`)
}

// maxCellChars is Excel's limit on a cell's text, in UTF-16 units.
const maxCellChars = 32767

func writeText(b *bufio.Writer, ref, s string) {
	s = truncateUTF16(s, maxCellChars)
	b.WriteString(`<c r="`)
	b.WriteString(ref)
	b.WriteString(`" t="inlineStr"><is><t`)
	if s != "" && (strings.ContainsRune("\t\n\r ", rune(s[0])) || strings.ContainsRune("\t\n\r ", rune(s[len(s)-1]))) {
		b.WriteString(` xml:space="preserve"`)
	}
	b.WriteString(`>`)
	var esc strings.Builder
	xml.EscapeText(&esc, []byte(s))
	b.WriteString(escapeBstr(strings.ReplaceAll(esc.String(), "&#xA;", "\n")))
	b.WriteString(`</t></is></c>`)
}

// truncateUTF16 cuts s to at most n UTF-16 units, at a character boundary.
func truncateUTF16(s string, n int) string {
	if len(s) <= n { // a UTF-8 string has at least as many bytes as UTF-16 units
		return s
	}
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

// escapeBstr escapes the text _xHHHH_ (which a reader would decode as the
// character U+HHHH) as _x005F_xHHHH_.
func escapeBstr(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		if isBstr(s[i:]) {
			out.WriteString("_x005F")
		}
		out.WriteByte(s[i])
	}
	return out.String()
}

func isBstr(s string) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(c)) {
			return false
		}
	}
	return true
}

// colName is the letters of a 1-based column (1 A, 27 AA).
func colName(n int) string {
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b)
}

// Close writes the workbook (at least one sheet: "Sheet1" when none was
// added) and releases the temporary files.
func (x *Writer) Close() error {
	if x.closed {
		return nil
	}
	x.closed = true
	defer x.release()
	if len(x.sheets) == 0 {
		if _, err := x.Sheet("Sheet1"); err != nil {
			return err
		}
	}
	for _, s := range x.sheets {
		if s.err != nil {
			return fmt.Errorf("sheet %q: %w", s.name, s.err)
		}
		if err := s.buf.Flush(); err != nil {
			return fmt.Errorf("sheet %q: %w", s.name, err)
		}
	}
	z := zip.NewWriter(x.w)
	if err := x.writeParts(z); err != nil {
		return err
	}
	return z.Close()
}

func (x *Writer) release() {
	for _, s := range x.sheets {
		s.tmp.Close()
	}
}

const (
	nsMain  = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg   = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

func (x *Writer) writeParts(z *zip.Writer) error {
	var types, sheets, rels strings.Builder
	types.WriteString(xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
	rels.WriteString(xmlDecl + `<Relationships xmlns="` + nsPkg + `">`)
	for i, s := range x.sheets {
		n := strconv.Itoa(i + 1)
		types.WriteString(`<Override PartName="/xl/worksheets/sheet` + n + `.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
		var name strings.Builder
		xml.EscapeText(&name, []byte(s.name))
		sheets.WriteString(`<sheet name="` + strings.ReplaceAll(name.String(), `"`, "&quot;") + `" sheetId="` + n + `" r:id="rId` + n + `"/>`)
		rels.WriteString(`<Relationship Id="rId` + n + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + n + `.xml"/>`)
	}
	types.WriteString(`</Types>`)
	rels.WriteString(`<Relationship Id="rId` + strconv.Itoa(len(x.sheets)+1) + `" Type="` + nsRel + `/styles" Target="styles.xml"/></Relationships>`)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", types.String()},
		{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", xmlDecl + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` + sheets.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", rels.String()},
		{"xl/styles.xml", xmlDecl + styles},
	}
	for _, p := range parts {
		if err := writePart(z, p.name, strings.NewReader(p.body)); err != nil {
			return err
		}
	}
	for i, s := range x.sheets {
		if _, err := s.tmp.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("sheet %q: %w", s.name, err)
		}
		body := io.MultiReader(strings.NewReader(xmlDecl+`<worksheet xmlns="`+nsMain+`"><sheetData>`), s.tmp,
			strings.NewReader(`</sheetData></worksheet>`))
		if err := writePart(z, "xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml", body); err != nil {
			return err
		}
	}
	return nil
}

func writePart(z *zip.Writer, name string, body io.Reader) error {
	w, err := z.Create(name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if _, err := io.Copy(w, body); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// styles is the smallest style sheet Excel accepts: one font, the two
// mandatory fills, one border, the Normal style.
const styles = `<styleSheet xmlns="` + nsMain + `">` +
	`<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`
