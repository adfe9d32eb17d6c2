package diff

import (
	"strconv"
	"strings"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// fuzzDoc builds a one-project document from lines "level2|name|op|value".
func fuzzDoc(s string) *budgetpdf.Document {
	p := budgetpdf.Project{Name: "项目"}
	for _, line := range strings.Split(s, "\n") {
		f := strings.SplitN(line, "|", 4)
		for len(f) < 4 {
			f = append(f, "")
		}
		ind := budgetpdf.Indicator{Level1: "产出指标", Level2: f[0], Name: f[1], Op: f[2], Target: f[2] + f[3]}
		if v, err := strconv.ParseFloat(f[3], 64); err == nil {
			ind.Value = &v
		}
		p.Indicators = append(p.Indicators, ind)
	}
	return &budgetpdf.Document{Projects: []budgetpdf.Project{p}}
}

// FuzzCompare checks, on arbitrary tables, that Compare never panics, that
// a table compared with itself has no change, and that every indicator is
// accounted for exactly once (matched, added or removed).
func FuzzCompare(f *testing.F) {
	f.Add("数量指标|开展调研次数|=|4\n质量指标|合格率|≥|95", "数量指标|调研开展次数|=|6\n时效指标|合格率|≥|90")
	f.Add("|培训基层卫生技术人员人次|≥|1000", "|基层卫生技术人员培训人次||")
	f.Add("a|x|≤|NaN\na|x|≤|1", "a|x|<|Inf")
	f.Fuzz(func(t *testing.T, a, b string) {
		old, new := fuzzDoc(a), fuzzDoc(b)
		if r := Compare(old, old, Options{}); len(r.Changes) != 0 {
			t.Fatalf("self-compare found %v", r.Changes)
		}
		r := Compare(old, new, Options{})
		var olds, news int
		for _, row := range r.groups[0].rows {
			if row.old != nil {
				olds++
			}
			if row.new != nil {
				news++
			}
		}
		if olds != len(old.Projects[0].Indicators) || news != len(new.Projects[0].Indicators) {
			t.Fatalf("rows hold %d old / %d new indicators, want %d / %d", olds, news,
				len(old.Projects[0].Indicators), len(new.Projects[0].Indicators))
		}
	})
}
