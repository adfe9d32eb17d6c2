package budget

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// key skips the caption-noise regexp when it cannot match; the result must
// be what the regexp alone gives.
func TestKeySkipsNoiseOnlyWhenNoneCanMatch(t *testing.T) {
	cases := []string{
		"项目", "金额", "2025年预算数", "表1 收支总表", "附表3、一般公共预算支出表", "附件2：", "一、基本支出",
		"十二、其他", "01", "3-1.", "预算01-2表", "决算3表", "“三公”经费", "「收入」", "'a'", "合计：",
		"一般公共预算财政拨款支出表", "表", "附", "二〇二五年", "（2025年度）支出",
	}
	for _, r := range lexicon() {
		cases = append(cases, r.word)
	}
	for _, s := range cases {
		k := forms.HeaderKey(s)
		want := strings.TrimRight(captionNoise.ReplaceAllString(k, ""), "：:")
		if got := key(s); got != want {
			t.Errorf("key(%q) = %q, want %q", s, got, want)
		}
	}
}
