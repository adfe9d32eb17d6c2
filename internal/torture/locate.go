package torture

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
)

// A Span is a half-open byte range [Start, End) of a file.
type Span struct{ Start, End int }

// Len is the span's length.
func (s Span) Len() int { return s.End - s.Start }

// Role names what a stream is used for, as seen from the objects that
// reference it.
type Role string

const (
	RoleContent   Role = "content"   // a page's /Contents
	RoleFont      Role = "font"      // an embedded font program (/FontFile, /FontFile2, /FontFile3)
	RoleToUnicode Role = "tounicode" // a font's /ToUnicode CMap
)

var (
	objHeader = regexp.MustCompile(`(?:^|[\r\n\t >]|endobj)(\d+)\s+(\d+)\s+obj\b`) // WPS writes "endobj2 0 obj"
	lengthKey = regexp.MustCompile(`/Length\s+(\d+)(?:\s+(\d+)\s+R)?`)
	refKeys   = map[Role]*regexp.Regexp{
		RoleContent:   regexp.MustCompile(`/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)`),
		RoleFont:      regexp.MustCompile(`/FontFile[23]?\s*(\d+\s+\d+\s+R)`),
		RoleToUnicode: regexp.MustCompile(`/ToUnicode\s*(\d+\s+\d+\s+R)`),
	}
	ref = regexp.MustCompile(`(\d+)\s+\d+\s+R`)
)

// object is one "N G obj … endobj" of a file read as plain bytes.
type object struct {
	num  int
	body Span // from after "obj" to "endobj" (or the next object)
	data Span // the stream data, when the object is a stream
}

// scanObjects finds the top-level objects of an unencrypted file whose
// objects are not packed in object streams. It trusts no offsets: the file
// may be damaged, and then it finds what it can.
func scanObjects(pdf []byte) map[int]object {
	objs := map[int]object{}
	heads := objHeader.FindAllSubmatchIndex(pdf, -1)
	for i, h := range heads {
		num, err := strconv.Atoi(string(pdf[h[2]:h[3]]))
		if err != nil {
			continue
		}
		end := len(pdf)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		if e := bytes.Index(pdf[h[1]:end], []byte("endobj")); e >= 0 {
			end = h[1] + e
		}
		objs[num] = object{num: num, body: Span{h[1], end}}
	}
	for num, o := range objs {
		o.data = streamData(pdf, o.body, objs)
		objs[num] = o
	}
	return objs
}

// streamData finds the data of a stream object: after the "stream" line,
// /Length bytes long when /Length is believable, else up to "endstream".
func streamData(pdf []byte, body Span, objs map[int]object) Span {
	b := pdf[body.Start:body.End]
	kw := bytes.Index(b, []byte("stream"))
	if kw < 0 || bytes.HasSuffix(b[:kw], []byte("end")) {
		return Span{}
	}
	start := body.Start + kw + len("stream")
	if start < body.End && pdf[start] == '\r' {
		start++
	}
	if start < body.End && pdf[start] == '\n' {
		start++
	}
	end := body.Start + bytes.LastIndex(b, []byte("endstream"))
	if end < start {
		end = body.End
	}
	if n, ok := streamLength(pdf, b[:kw], objs); ok && start+n <= end {
		return Span{start, start + n}
	}
	// No believable /Length: the data ends before the end-of-line marker
	// that precedes endstream.
	if end > start && pdf[end-1] == '\n' {
		end--
	}
	if end > start && pdf[end-1] == '\r' {
		end--
	}
	return Span{start, end}
}

// streamLength reads /Length from a stream's dictionary, following an
// indirect reference to an integer object.
func streamLength(pdf, dict []byte, objs map[int]object) (int, bool) {
	m := lengthKey.FindSubmatch(dict)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil {
		return 0, false
	}
	if m[2] == nil {
		return n, true
	}
	target, ok := objs[n]
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(string(bytes.TrimSpace(pdf[target.body.Start:target.body.End])))
	return v, err == nil && v >= 0
}

// StreamSpans returns the data spans of the streams that play role in pdf,
// in file order.
func StreamSpans(pdf []byte, role Role) []Span {
	objs := scanObjects(pdf)
	key := refKeys[role]
	seen := map[int]bool{}
	for _, o := range objs {
		for _, m := range key.FindAllSubmatch(pdf[o.body.Start:o.body.End], -1) {
			for _, r := range ref.FindAllSubmatch(m[1], -1) {
				if n, err := strconv.Atoi(string(r[1])); err == nil {
					seen[n] = true
				}
			}
		}
	}
	var spans []Span
	for n := range seen {
		if o, ok := objs[n]; ok && o.data.Len() > 0 {
			spans = append(spans, o.data)
		}
	}
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	return spans
}

// XRefSpan returns the last classic cross-reference table: from "xref"
// (not the one in "startxref") to "trailer".
func XRefSpan(pdf []byte) (Span, bool) {
	start := len(pdf)
	for {
		start = bytes.LastIndex(pdf[:start], []byte("xref"))
		if start < 0 {
			return Span{}, false
		}
		if !bytes.HasSuffix(pdf[:start], []byte("start")) {
			break
		}
	}
	end := bytes.Index(pdf[start:], []byte("trailer"))
	if end < 0 {
		return Span{}, false
	}
	return Span{start, start + end}, true
}
