package budget

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/cjk"
)

// A claim is one total the narrative prints: which fact, the figure and
// its unit, the section's page, and the sentence.
type claim struct {
	fact     string // 收入总计, 支出总计, 财政拨款收入总计, 财政拨款支出总计, 三公经费
	value    float64
	unit     string
	final    bool // the sentence says 决算 (the 三公 决算数 column)
	page     int
	sentence string
}

// totalWords are the words that name a total, and the facts each names:
// 收入、支出预算总计 names both. Longer spellings come first.
var totalWords = []struct {
	re    *regexp.Regexp
	facts []string
}{
	{regexp.MustCompile(`收入总计[、和与及]支出总计`), []string{"收入总计", "支出总计"}},
	{regexp.MustCompile(`(收入[、和与及]?支出|收[、和与及]?支)(预算)?总计`), []string{"收入总计", "支出总计"}},
	{regexp.MustCompile(`收入(预算)?总计`), []string{"收入总计"}},
	{regexp.MustCompile(`支出(预算)?总计`), []string{"支出总计"}},
	{regexp.MustCompile(`[“"'‘「]?三公[”"'’」]?经费[”"'’」]?`), []string{"三公经费"}},
}

// figureAfter is what may stand between a total's words and its figure
// (预算数为, 财政拨款预算共, 均为 …), then the figure and its unit. Words of a
// change (增加, 减少, 较上年) are not in it: their figure is no total.
var figureAfter = regexp.MustCompile(`^\s*(((财政拨款|预算|决算|数|支出|安排|总额|均|分别)\s*)*)(为|是|共计|共|合计|达)?\s*[：:]?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|千元|亿元|元)`)

// The words before a total that make it another total (a 财政拨款 one is
// its own fact; 一般公共预算 and 政府性基金 totals are not read) or a
// figure of another year.
var (
	fiscalBefore = regexp.MustCompile(`财政拨款(收支)?$`)
	otherBefore  = regexp.MustCompile(`(一般公共预算|政府性基金(预算)?|国有资本经营(预算)?|结转|结余)(拨款)?$`)
	yearBefore   = regexp.MustCompile(`(\d{4})\s*年(度)?`)
	sentenceEnd  = regexp.MustCompile(`[。；;！？!?\n]`)
)

// claims reads the totals a document's narrative prints: a figure that
// follows a total's words in the same sentence, with nothing but
// connecting words between. A sentence that dates the total to another
// year than the document's (2025年“三公”经费预算数 in a 2026 budget) is
// not read.
func claims(sections []budgetpdf.Section, year int) []claim {
	var out []claim
	for _, s := range sections {
		for _, sent := range sentenceEnd.Split(cjk.Normalize(s.Text), -1) {
			out = append(out, sentenceClaims(sent, s.Page, year)...)
		}
	}
	return out
}

// sentenceClaims reads the claims of one sentence, each span of text once.
func sentenceClaims(sent string, page, year int) []claim {
	var out []claim
	taken := make([]bool, len(sent))
	for _, w := range totalWords {
		for _, loc := range w.re.FindAllStringIndex(sent, -1) {
			if taken[loc[0]] || taken[loc[1]-1] {
				continue
			}
			for k := loc[0]; k < loc[1]; k++ {
				taken[k] = true
			}
			m := figureAfter.FindStringSubmatch(sent[loc[1]:])
			if m == nil || !sameYear(sent[:loc[0]], year) {
				continue
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(m[5], ",", ""), 64)
			if err != nil {
				continue
			}
			for _, fact := range w.facts {
				f, ok := qualify(fact, sent[:loc[0]])
				if ok {
					out = append(out, claim{fact: f, value: v, unit: m[6], final: strings.Contains(m[1], "决算"), page: page, sentence: strings.TrimSpace(sent)})
				}
			}
		}
	}
	return out
}

// qualify names the fact given the words before it: 财政拨款收入总计 is the
// 财政拨款 table's; a total qualified otherwise (一般公共预算支出总计) is not
// read. 三公 takes no qualifier.
func qualify(fact, before string) (string, bool) {
	if fact == "三公经费" {
		return fact, true
	}
	before = strings.TrimRight(before, " ")
	switch {
	case fiscalBefore.MatchString(before):
		return "财政拨款" + fact, true
	case otherBefore.MatchString(before):
		return "", false
	}
	return fact, true
}

// sameYear reports whether the clause before a total dates it to the
// document's year, or to none (上年 is another year).
func sameYear(before string, year int) bool {
	if k := strings.LastIndexAny(before, "，,"); k >= 0 {
		before = before[k:]
	}
	if strings.Contains(before, "上年") || strings.Contains(before, "上一年") {
		return false
	}
	ys := yearBefore.FindAllStringSubmatch(before, -1)
	if len(ys) == 0 || year == 0 {
		return true
	}
	y, _ := strconv.Atoi(ys[len(ys)-1][1])
	return y == year
}
