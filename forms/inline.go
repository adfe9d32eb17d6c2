package forms

import (
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/target"
)

// Some tables write all indicators of a project inline in one cell:
//
//	1、1-产出指标；11-数量指标；名称；实施周期指标值:X；年度指标值:Y。2、…
//
// An entry opens at an ordinal followed by a numbered level; its fields are
// the levels, the name, then labelled values whose label is a 值 (the
// lexicon decides which value is the year's target).
var (
	inlineValueKey = regexp.MustCompile(`([\p{Han}]{0,10}值)\s*[:：]\s*`)
	// inlineEntry: an ordinal and a numbered level after a separator, or
	// (1、 only: 3.5-4.0 is a value) right after the colon of a value left
	// empty (年度指标值：7、2-效益指标…).
	inlineEntry = regexp.MustCompile(`(?:^|[；;。，,\s]|([:：]))\s*\d+\s*([、.．])\s*\d+\s*[-－—]\s*`)
	inlineLevel = regexp.MustCompile(`^\s*\d+\s*[-－—]\s*([^，,；;：:]+?)\s*[，,；;]`)
	inlineTrim  = "，,；;。 \t\n"
)

// inlineIndicator is one entry of an inline list.
type inlineIndicator struct {
	level1, level2, name, target string
}

// parseInline reads an inline indicator list; nil when the text is none
// (it needs at least one entry with a name and a labelled value).
func parseInline(text string) []inlineIndicator {
	if !strings.ContainsAny(text, ":：") {
		return nil
	}
	text = strings.Join(strings.Fields(text), "")
	starts := inlineStarts(text)
	var out []inlineIndicator
	for i, s := range starts {
		end := len(text)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		// the entry text begins at its numbered level (skip the ordinal)
		body := text[s[0]:end]
		body = strings.TrimLeft(body, inlineTrim)
		body = ordinalPrefix.ReplaceAllString(body, "")
		if e, ok := parseInlineEntry(body); ok {
			out = append(out, e)
		}
	}
	return out
}

// inlineStarts are the offsets where entries open: at the separator
// before the ordinal, or after the colon of an empty value.
func inlineStarts(text string) [][]int {
	var out [][]int
	for _, m := range inlineEntry.FindAllStringSubmatchIndex(text, -1) {
		start := m[0]
		if m[2] >= 0 { // after a colon
			if text[m[4]:m[5]] != "、" {
				continue
			}
			start = m[3]
		}
		out = append(out, []int{start, m[1]})
	}
	return out
}

var ordinalPrefix = regexp.MustCompile(`^\d+\s*[、.．]\s*`)

// parseInlineEntry reads one entry: levels, name, labelled values.
func parseInlineEntry(body string) (inlineIndicator, bool) {
	var e inlineIndicator
	rest := body
	var levels []string
	for len(levels) < 2 {
		m := inlineLevel.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		levels = append(levels, rest[m[2]:m[3]])
		rest = rest[m[1]:]
	}
	keys := inlineValueKey.FindAllStringSubmatchIndex(rest, -1)
	if len(levels) == 0 || len(keys) == 0 {
		return e, false
	}
	e.level1 = levels[0]
	if len(levels) > 1 {
		e.level2 = levels[1]
	}
	e.name = strings.Trim(rest[:keys[0][0]], inlineTrim)
	bestW := -1.0
	for i, k := range keys {
		end := len(rest)
		if i+1 < len(keys) {
			end = keys[i+1][0]
		}
		value := strings.Trim(rest[k[1]:end], inlineTrim)
		w := scoreHeader(rest[k[2]:k[3]])[RoleTarget]
		if w > bestW {
			bestW, e.target = w, value
		}
	}
	return e, e.name != ""
}

// inlineCell: the name cell starts in row r (a cell that spans rows is
// read once).
func (fp *Parser) inlineCell(g *layout.Grid, r int) bool {
	c := fp.cur.gridCol(g, fp.cur.cols.Col(RoleName))
	return g.Anchor(r, c) != nil
}

// addInline appends the entries of an inline list to the current form.
func (fp *Parser) addInline(g *layout.Grid, entries []inlineIndicator) {
	f := fp.cur
	for _, e := range entries {
		ind := budgetpdf.Indicator{Level1: e.level1, Level2: e.level2, Name: e.name, Target: e.target,
			Extra: map[string]string{}, Page: g.Page}
		res := target.Parse(ind.Target, ind.Name)
		ind.Op, ind.Value, ind.Unit = res.Op, res.Value, res.Unit
		f.project.Indicators = append(f.project.Indicators, ind)
	}
	f.pages[g.Page] = true
	f.lastGrid = g
}
