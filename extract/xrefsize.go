package extract

import (
	"fmt"
	"regexp"
	"strconv"
)

var (
	sizeKey   = regexp.MustCompile(`/Size\s+(\d+)`)
	objHeader = regexp.MustCompile(`(?m)(\d+)\s+\d+\s+obj\b`)
)

// suspiciousSize is a /Size no disclosure needs; below it nothing is scanned.
const suspiciousSize = 1_000_000

// saneXRefSize repairs a cross-reference /Size far beyond the objects the
// file holds (a crafted /Size 2147483647 makes the PDF libraries allocate
// until they die). The number is rewritten in a copy, zero-padded to the
// same width so that every byte offset stays valid.
func saneXRefSize(data []byte) ([]byte, bool) {
	locs := sizeKey.FindAllSubmatchIndex(data, -1)
	var bad [][]int
	for _, l := range locs {
		if n, err := strconv.ParseInt(string(data[l[2]:l[3]]), 10, 64); err != nil || n > suspiciousSize {
			bad = append(bad, l)
		}
	}
	if len(bad) == 0 {
		return data, false
	}
	maxObj := int64(0)
	for _, m := range objHeader.FindAllSubmatch(data, -1) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err == nil && n > maxObj && n < suspiciousSize {
			maxObj = n
		}
	}
	out := append([]byte(nil), data...)
	for _, l := range bad {
		width := l[3] - l[2]
		want := fmt.Sprintf("%0*d", width, maxObj+1)
		if len(want) != width {
			continue
		}
		copy(out[l[2]:l[3]], want)
	}
	return out, true
}
