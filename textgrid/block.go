package textgrid

import (
	"math"
	"regexp"
	"strings"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

// A form's header block in text input has no geometry, and plain
// pdftotext output may even print a label after its value. The block is
// read by the kind of each piece instead: the code looks like a code,
// amounts are numbers (the plan's follow its periods), the name is the free
// text after 项目名称 or the one the caption names, the goal is the last free
// text. The result is a grid of label / value rows for the form parser.

var (
	codeRe     = regexp.MustCompile(`^[0-9A-Za-z-]{8,}$`)
	unitCodeRe = regexp.MustCompile(`^\d{6}\s*\p{Han}\S*$`)
	yearLineRe = regexp.MustCompile(`^[（(]\d{4}年度?[）)]$`)
)

type blockKind int

const (
	kindFree blockKind = iota
	kindLabel
	kindCode
	kindPeriod
	kindAmount
	kindCaption
	kindTableWord // column headers and level names: the indicator table's
)

type blockPiece struct {
	piece
	kind  blockKind
	label forms.Label
}

// isYearLine: the （2024年度） line under a caption; an autospace may
// split it ("（2024 年度）").
func isYearLine(t string) bool {
	return yearLineRe.MatchString(strings.ReplaceAll(strings.TrimSpace(t), " ", ""))
}

func isCode(s string) bool {
	if !codeRe.MatchString(s) || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	_, num := forms.ParseAmount(s)
	return !num || len(s) >= 12
}

func classifyBlock(p piece) blockPiece {
	b := blockPiece{piece: p}
	t := strings.TrimSpace(p.text)
	switch {
	case forms.FormLabel(t) != forms.LabelNone:
		b.kind, b.label = kindLabel, forms.FormLabel(t)
	case forms.IsCaption(t) || unitCodeRe.MatchString(t) || isYearLine(t):
		b.kind = kindCaption
	case isCode(t):
		b.kind = kindCode
	case forms.IsPeriod(t):
		b.kind = kindPeriod
	case forms.Numeric(t):
		b.kind = kindAmount
	case isHeaderWord(t) || isLevelWord(t):
		b.kind = kindTableWord
	}
	return b
}

// blockPieces prepares a header block: vocabulary re-joined, autospaced
// fragments re-joined, wrapped free text re-joined.
func blockPieces(ps []piece) []blockPiece {
	ps = mergeVocab(mergeLineStarts(ps))
	var out []blockPiece
	for _, p := range ps {
		b := classifyBlock(p)
		if n := len(out); n > 0 && joinsBlock(out[n-1], b) {
			prev := &out[n-1]
			prev.text = joinPieces([]piece{prev.piece, p})
			prev.end = p.end
			*prev = blockPiece{piece: prev.piece, kind: classifyBlock(prev.piece).kind, label: classifyBlock(prev.piece).label}
			continue
		}
		out = append(out, b)
	}
	return joinAroundLabels(out)
}

// mergeLineStarts rebuilds a label that -layout wrapped at the start of
// two lines, with other columns' text between ("预算规模及  预算数 …" /
// "资金用途  对医疗救助…").
func mergeLineStarts(ps []piece) []piece {
	out := append([]piece(nil), ps...)
	for i := 0; i < len(out); i++ {
		if i > 0 && out[i-1].line == out[i].line {
			continue // not a line start
		}
		for j := i + 1; j < len(out); j++ {
			if out[j].line == out[i].line {
				continue
			}
			if out[j].line == out[i].line+1 && !isVocab(out[i].text) && forms.FormLabel(out[i].text+out[j].text) != forms.LabelNone {
				out[i].text += out[j].text
				out = append(out[:j], out[j+1:]...)
			}
			break
		}
	}
	return out
}

// joinAroundLabels joins a wrapped free text (a full line) that -layout
// printed around its label's line (the text's first line above the label,
// its last below).
func joinAroundLabels(bs []blockPiece) []blockPiece {
	for i := 1; i+1 < len(bs); i++ {
		a, l, b := bs[i-1], bs[i], bs[i+1]
		alone := (i < 2 || bs[i-2].line != l.line) && a.line == l.line-1 && b.line == l.line+1 && (i+2 >= len(bs) || bs[i+2].line != l.line)
		wrapped := a.end-a.col >= 40 && !strings.HasSuffix(a.text, "。")
		if l.kind == kindLabel && a.kind == kindFree && b.kind == kindFree && alone && wrapped {
			bs[i-1].text = joinPieces([]piece{a.piece, b.piece})
			bs = append(bs[:i+1], bs[i+2:]...)
		}
	}
	return bs
}

// joinsBlock decides whether b continues a in a header block.
func joinsBlock(a, b blockPiece) bool {
	if a.kind == kindLabel || b.kind == kindLabel || a.kind == kindCode || b.kind == kindCode {
		return false
	}
	switch b.gap {
	case gapSoft:
		bothNumbers := (a.kind == kindAmount || a.kind == kindPeriod) && (b.kind == kindAmount || b.kind == kindPeriod)
		return !bothNumbers && a.kind != kindTableWord && b.kind != kindTableWord
	case gapLine:
		if a.kind != kindFree || b.kind != kindFree || strings.HasSuffix(a.text, "。") || strings.HasSuffix(a.text, "；") {
			return false
		}
		return a.end-a.col >= 40 || spansWord(a.text, b.text)
	}
	return false
}

// headerBlock is what a form's header block says.
type headerBlock struct {
	labels  map[forms.Label]string // printed label text per meaning
	order   []forms.Label          // budget labels in printed order
	code    string
	name    string
	dept    string
	amounts []string
	periods []string
	plan    []string
	purpose string
	goal    string
	money   string // 单位：万元 seen in the block
	unit    string // the 221011平源区… line seen in the block
	page    int
	// runValues pairs labels printed as a run with the texts after it
	// (see labelRunValues).
	runValues map[int]int
}

// readHeaderBlock reads a header block; caption is the form's title, used
// to find the project name when the label does not lead to it.
func readHeaderBlock(ps []piece, caption string) headerBlock {
	hb := headerBlock{labels: map[forms.Label]string{}}
	bs := blockPieces(ps)
	if len(ps) > 0 {
		hb.page = ps[0].page
	}
	used := make([]bool, len(bs))
	hb.scanLabels(bs, used)
	hb.scanValues(bs, used)
	hb.pickName(bs, used, caption)
	hb.pickTexts(bs, used)
	return hb
}

func (hb *headerBlock) scanLabels(bs []blockPiece, used []bool) {
	hb.runValues = labelRunValues(bs)
	for i, b := range bs {
		switch b.kind {
		case kindLabel:
			used[i] = true
			if _, seen := hb.labels[b.label]; !seen {
				hb.labels[b.label] = b.text
				if b.label == forms.LabelTotal || b.label == forms.LabelFiscal || b.label == forms.LabelOther {
					hb.order = append(hb.order, b.label)
				}
			}
			if u := forms.MoneyUnitOf(b.text); u != "" && hb.money == "" {
				hb.money = u
			}
			next, paired := hb.runValues[i]
			if !paired {
				next = i + 1
			}
			if b.label == forms.LabelName && paired {
				used[next] = true // taken by pickName
			}
			if next < len(bs) && bs[next].kind == kindFree && !used[next] {
				switch b.label {
				case forms.LabelDepartment:
					hb.dept, used[next] = bs[next].text, true
				case forms.LabelOtherInfo:
					used[next] = true // 主管部门, 实施单位 …: known, not mapped
				}
			}
		case kindCaption:
			used[i] = true
			t := strings.TrimSpace(b.text)
			if m := forms.MoneyLine.FindStringSubmatch(t); m != nil && hb.money == "" {
				hb.money = m[1]
			}
			if unitCodeRe.MatchString(t) && !strings.Contains(t, "单位") {
				hb.unit = t
			}
		case kindCode:
			if hb.code == "" {
				hb.code, used[i] = b.text, true
			}
		case kindTableWord:
			used[i] = true
		}
	}
}

// scanValues takes the plan (the periods and as many amounts after them)
// and the budget amounts (all other amounts).
func (hb *headerBlock) scanValues(bs []blockPiece, used []bool) {
	firstPeriod := -1
	for i, b := range bs {
		if b.kind == kindPeriod {
			hb.periods = append(hb.periods, b.text)
			used[i] = true
			if firstPeriod < 0 {
				firstPeriod = i
			}
		}
	}
	// The plan's values follow its first period: plain pdftotext may
	// print periods and values interleaved (3月底 6月底 1.15 2.69 10月底 …).
	planIdx := map[int]bool{}
	if len(hb.periods) >= 2 {
		for i := firstPeriod + 1; i < len(bs) && len(planIdx) < len(hb.periods); i++ {
			if bs[i].kind == kindAmount {
				planIdx[i] = true
				hb.plan = append(hb.plan, bs[i].text)
			}
		}
	}
	for i, b := range bs {
		if b.kind == kindAmount {
			used[i] = true
			if !planIdx[i] {
				hb.amounts = append(hb.amounts, b.text)
			}
		}
	}
}

func (hb *headerBlock) pickName(bs []blockPiece, used []bool, caption string) {
	if _, ok := hb.labels[forms.LabelName]; !ok {
		return
	}
	take := func(i int) { hb.name, used[i] = bs[i].text, true }
	for i, b := range bs {
		if v, ok := hb.runValues[i]; ok && b.label == forms.LabelName {
			take(v)
			return
		}
	}
	for i, b := range bs {
		if b.kind == kindLabel && b.label == forms.LabelName && i+1 < len(bs) && bs[i+1].kind == kindFree && !used[i+1] && forms.ShortText(bs[i+1].text) {
			take(i + 1)
			return
		}
	}
	cap := forms.HeaderKey(caption)
	for i, b := range bs {
		if b.kind == kindFree && !used[i] && forms.ShortText(b.text) && cap != "" && strings.Contains(cap, forms.HeaderKey(b.text)) {
			take(i)
			return
		}
	}
	if n := forms.CaptionName(caption); n != "" {
		hb.name = n // printed after the block (plain text may put it among the table's rows)
		return
	}
	after := false
	for i, b := range bs {
		after = after || (b.kind == kindLabel && b.label == forms.LabelName)
		if after && b.kind == kindFree && !used[i] && forms.ShortText(b.text) {
			take(i)
			return
		}
	}
}

// pickTexts gives the free texts left: the last is the goal, the first the
// purpose when the form has a purpose label.
func (hb *headerBlock) pickTexts(bs []blockPiece, used []bool) {
	var free []int
	for i, b := range bs {
		if b.kind == kindFree && !used[i] {
			free = append(free, i)
		}
	}
	_, hasGoal := hb.labels[forms.LabelGoal]
	_, hasPurpose := hb.labels[forms.LabelPurpose]
	switch {
	case len(free) == 0:
	case hasPurpose && hasGoal && len(free) >= 2:
		hb.purpose, hb.goal = bs[free[0]].text, bs[free[len(free)-1]].text
	case hasGoal && (!hasPurpose || precededBy(bs, free[0], forms.LabelGoal)):
		hb.goal = bs[free[len(free)-1]].text
	case hasPurpose:
		hb.purpose = bs[free[0]].text
	}
}

// precededBy: the nearest label before bs[i] has meaning l.
func precededBy(bs []blockPiece, i int, l forms.Label) bool {
	for j := i - 1; j >= 0; j-- {
		if bs[j].kind == kindLabel {
			return bs[j].label == l
		}
	}
	return false
}

// budget assigns the amounts to the budget labels: in printed order, or by
// the sum when three amounts do not come total first.
func (hb *headerBlock) budget() map[forms.Label]string {
	out := map[forms.Label]string{}
	a := hb.amounts
	val := func(s string) float64 { v, _ := forms.ParseAmount(s); return v }
	eq := func(x, y float64) bool { return math.Abs(x-y) < 0.011 }
	if len(a) >= 3 {
		switch {
		case eq(val(a[0]), val(a[1])+val(a[2])):
		case eq(val(a[1]), val(a[0])+val(a[2])):
			a = []string{a[1], a[0], a[2]}
		case eq(val(a[2]), val(a[0])+val(a[1])):
			a = []string{a[2], a[0], a[1]}
		}
	}
	want := []forms.Label{forms.LabelTotal, forms.LabelFiscal, forms.LabelOther}
	for i, l := range want {
		if _, ok := hb.labels[l]; ok && i < len(a) {
			out[l] = a[i]
		}
	}
	return out
}

// grid lays the block out as label / value rows the form parser reads.
func (hb *headerBlock) grid() *layout.Grid {
	var rows [][]string
	var first []string
	if t, ok := hb.labels[forms.LabelCode]; ok {
		first = append(first, t, hb.code)
	}
	if t, ok := hb.labels[forms.LabelName]; ok {
		first = append(first, t, hb.name)
	}
	if len(first) > 0 {
		rows = append(rows, first)
	}
	if t, ok := hb.labels[forms.LabelDepartment]; ok {
		rows = append(rows, []string{t, hb.dept})
	}
	if len(hb.order) > 0 {
		vals := hb.budget()
		var row []string
		for _, l := range []forms.Label{forms.LabelTotal, forms.LabelFiscal, forms.LabelOther} {
			if t, ok := hb.labels[l]; ok {
				row = append(row, t, vals[l])
			}
		}
		rows = append(rows, row)
	}
	if t, ok := hb.labels[forms.LabelPurpose]; ok && hb.purpose != "" {
		rows = append(rows, []string{t, hb.purpose})
	}
	if len(hb.periods) >= 2 {
		t := hb.labels[forms.LabelPlan]
		if t == "" {
			t = "资金支出计划"
		}
		rows = append(rows, append([]string{t}, hb.periods...))
		rows = append(rows, append([]string{""}, padTo(hb.plan, len(hb.periods))...))
	}
	if t, ok := hb.labels[forms.LabelGoal]; ok {
		rows = append(rows, []string{t, hb.goal})
	}
	return gridOf(hb.page, rows)
}

func padTo(s []string, n int) []string {
	out := make([]string, n)
	copy(out, s)
	return out
}

// gridOf makes a grid of single cells from rows of texts.
func gridOf(page int, rows [][]string) *layout.Grid {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	g := layout.NewGrid(page, len(rows), cols)
	for r, row := range rows {
		for c, text := range row {
			g.Place(&layout.Cell{Text: text, Row: r, Col: c, RowSpan: 1, ColSpan: 1, Page: page, Lines: 1})
		}
	}
	return g
}
