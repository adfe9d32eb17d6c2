package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

var (
	objStart   = regexp.MustCompile(`(?m)(?:^|[\r\n\s])(\d{1,7})\s+(\d{1,5})\s+obj\b`)
	trailerRef = regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`)
	catalogKey = regexp.MustCompile(`/Type\s*/Catalog\b`)
)

// rebuildXRef appends a fresh cross-reference table to a file whose own is
// unusable (offsets zeroed or shifted, table cut away), found by scanning
// for every "N G obj" header, the last definition of a number winning as in
// an incremental update. The root is the trailer's /Root, else the object
// that declares /Type /Catalog. It is the last resort after pdfcpu's repair.
func rebuildXRef(data []byte) ([]byte, bool) {
	type entry struct{ off, gen int }
	objs := map[int]entry{}
	maxNum := 0
	var starts []int
	for _, m := range objStart.FindAllSubmatchIndex(data, -1) {
		num, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		objs[num] = entry{m[2], gen}
		starts = append(starts, m[2])
		maxNum = max(maxNum, num)
	}
	if len(objs) == 0 {
		return nil, false
	}
	root := ""
	if ms := trailerRef.FindAllSubmatch(data, -1); len(ms) > 0 {
		m := ms[len(ms)-1]
		if n, _ := strconv.Atoi(string(m[1])); objs[n].off > 0 || n == 0 {
			root = fmt.Sprintf("%s %s R", m[1], m[2])
		}
	}
	if root == "" {
		root = catalogByScan(data, starts)
	}
	if root == "" {
		return nil, false
	}
	var out bytes.Buffer
	out.Write(data)
	out.WriteString("\n")
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", maxNum+1)
	for n := 1; n <= maxNum; n++ {
		if e, ok := objs[n]; ok {
			fmt.Fprintf(&out, "%010d %05d n \n", e.off, e.gen)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&out, "trailer\n<</Size %d/Root %s>>\nstartxref\n%d\n%%%%EOF\n", maxNum+1, root, xref)
	return out.Bytes(), true
}

// catalogByScan finds the object that declares /Type /Catalog and returns
// a reference to it.
func catalogByScan(data []byte, starts []int) string {
	loc := catalogKey.FindIndex(data)
	if loc == nil {
		return ""
	}
	best := -1
	for _, s := range starts {
		if s < loc[0] && s > best {
			best = s
		}
	}
	if best < 0 {
		return ""
	}
	m := regexp.MustCompile(`^(\d+)\s+(\d+)\s+obj`).FindSubmatch(data[best:])
	if m == nil {
		return ""
	}
	return fmt.Sprintf("%s %s R", m[1], m[2])
}
