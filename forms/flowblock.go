package forms

import (
	"math"
	"strings"

	"github.com/budgetpdf/budgetpdf/layout"
)

// A text producer's header block (layout.Grid.Flow: pieces of text in
// reading order, without columns; plain pdftotext may even print a label
// after its value) is read by what each piece is: the code looks like a
// code, amounts are numbers (the plan's follow its periods), the name is
// the free text after 项目名称 or the one the caption names, the goal is the
// last free text. What it says is laid out as label | value rows and read
// like any header block.

// blockPiece is one piece of a flow block with what it is.
type blockPiece struct {
	text  string
	kind  BlockKind
	label Label
}

// readFlowBlock reads a flow grid's pieces; the grid's title is the form's
// caption, which names the project when no label leads to it.
func readFlowBlock(g *layout.Grid) headerBlock {
	hb := headerBlock{labels: map[Label]string{}, page: g.Page}
	var bs []blockPiece
	for _, c := range g.Cells {
		k, l := BlockKindOf(c.Text)
		bs = append(bs, blockPiece{text: c.Text, kind: k, label: l})
	}
	used := make([]bool, len(bs))
	hb.scanLabels(bs, used)
	hb.scanValues(bs, used)
	hb.pickName(bs, used, g.Title)
	hb.pickTexts(bs, used)
	return hb
}

// headerBlock is what a form's header block says.
type headerBlock struct {
	labels  map[Label]string // printed label text per meaning
	order   []Label          // budget labels in printed order
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

func (hb *headerBlock) scanLabels(bs []blockPiece, used []bool) {
	hb.runValues = labelRunValues(bs)
	for i, b := range bs {
		switch b.kind {
		case BlockLabel:
			used[i] = true
			if _, seen := hb.labels[b.label]; !seen {
				hb.labels[b.label] = b.text
				if b.label == LabelTotal || b.label == LabelFiscal || b.label == LabelOther {
					hb.order = append(hb.order, b.label)
				}
			}
			if u := MoneyUnitOf(b.text); u != "" && hb.money == "" {
				hb.money = u
			}
			next, paired := hb.runValues[i]
			if !paired {
				next = i + 1
			}
			if b.label == LabelName && paired {
				used[next] = true // taken by pickName
			}
			if next < len(bs) && bs[next].kind == BlockFree && !used[next] {
				switch b.label {
				case LabelDepartment:
					hb.dept, used[next] = bs[next].text, true
				case LabelOtherInfo:
					used[next] = true // 主管部门, 实施单位 …: known, not mapped
				}
			}
		case BlockCaption:
			used[i] = true
			t := strings.TrimSpace(b.text)
			if m := MoneyLine.FindStringSubmatch(t); m != nil && hb.money == "" {
				hb.money = m[1]
			}
			if UnitCodeLine.MatchString(t) && !strings.Contains(t, "单位") {
				hb.unit = t
			}
		case BlockCode:
			if hb.code == "" {
				hb.code, used[i] = b.text, true
			}
		case BlockTableWord:
			used[i] = true
		}
	}
}

// scanValues takes the plan (the periods and as many amounts after them)
// and the budget amounts (all other amounts).
func (hb *headerBlock) scanValues(bs []blockPiece, used []bool) {
	firstPeriod := -1
	for i, b := range bs {
		if b.kind == BlockPeriod {
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
			if bs[i].kind == BlockAmount {
				planIdx[i] = true
				hb.plan = append(hb.plan, bs[i].text)
			}
		}
	}
	for i, b := range bs {
		if b.kind == BlockAmount {
			used[i] = true
			if !planIdx[i] {
				hb.amounts = append(hb.amounts, b.text)
			}
		}
	}
}

func (hb *headerBlock) pickName(bs []blockPiece, used []bool, caption string) {
	if _, ok := hb.labels[LabelName]; !ok {
		return
	}
	take := func(i int) { hb.name, used[i] = bs[i].text, true }
	for i, b := range bs {
		if v, ok := hb.runValues[i]; ok && b.label == LabelName {
			take(v)
			return
		}
	}
	for i, b := range bs {
		if b.kind == BlockLabel && b.label == LabelName && i+1 < len(bs) && bs[i+1].kind == BlockFree && !used[i+1] && ShortText(bs[i+1].text) {
			take(i + 1)
			return
		}
	}
	cap := HeaderKey(caption)
	for i, b := range bs {
		if b.kind == BlockFree && !used[i] && ShortText(b.text) && cap != "" && len([]rune(HeaderKey(b.text))) >= 4 && strings.Contains(cap, HeaderKey(b.text)) {
			take(i)
			return
		}
	}
	if n := CaptionName(caption); n != "" {
		hb.name = n // printed after the block (plain text may put it among the table's rows)
		return
	}
	after := false
	for i, b := range bs {
		after = after || (b.kind == BlockLabel && b.label == LabelName)
		if after && b.kind == BlockFree && !used[i] && ShortText(b.text) {
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
		if b.kind == BlockFree && !used[i] {
			free = append(free, i)
		}
	}
	_, hasGoal := hb.labels[LabelGoal]
	_, hasPurpose := hb.labels[LabelPurpose]
	switch {
	case len(free) == 0:
	case hasPurpose && hasGoal && len(free) >= 2:
		hb.purpose, hb.goal = bs[free[0]].text, bs[free[len(free)-1]].text
	case hasGoal && (!hasPurpose || precededBy(bs, free[0], LabelGoal)):
		hb.goal = bs[free[len(free)-1]].text
	case hasPurpose:
		hb.purpose = bs[free[0]].text
	}
}

// precededBy: the nearest label before bs[i] has meaning l.
func precededBy(bs []blockPiece, i int, l Label) bool {
	for j := i - 1; j >= 0; j-- {
		if bs[j].kind == BlockLabel {
			return bs[j].label == l
		}
	}
	return false
}

// budget assigns the amounts to the budget labels: in printed order, or by
// the sum when three amounts do not come total first.
func (hb *headerBlock) budget() map[Label]string {
	out := map[Label]string{}
	a := hb.amounts
	val := func(s string) float64 { v, _ := ParseAmount(s); return v }
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
	want := []Label{LabelTotal, LabelFiscal, LabelOther}
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
	if t, ok := hb.labels[LabelCode]; ok {
		first = append(first, t, hb.code)
	}
	if t, ok := hb.labels[LabelName]; ok {
		first = append(first, t, hb.name)
	}
	if len(first) > 0 {
		rows = append(rows, first)
	}
	if t, ok := hb.labels[LabelDepartment]; ok {
		rows = append(rows, []string{t, hb.dept})
	}
	if len(hb.order) > 0 {
		vals := hb.budget()
		var row []string
		for _, l := range []Label{LabelTotal, LabelFiscal, LabelOther} {
			if t, ok := hb.labels[l]; ok {
				row = append(row, t, vals[l])
			}
		}
		rows = append(rows, row)
	}
	if t, ok := hb.labels[LabelPurpose]; ok && hb.purpose != "" {
		rows = append(rows, []string{t, hb.purpose})
	}
	if len(hb.periods) >= 2 {
		t := hb.labels[LabelPlan]
		if t == "" {
			t = "资金支出计划"
		}
		rows = append(rows, append([]string{t}, hb.periods...))
		rows = append(rows, append([]string{""}, padTo(hb.plan, len(hb.periods))...))
	}
	if t, ok := hb.labels[LabelGoal]; ok {
		rows = append(rows, []string{t, hb.goal})
	}
	return layout.GridOfTexts(hb.page, rows)
}

func padTo(s []string, n int) []string {
	out := make([]string, n)
	copy(out, s)
	return out
}

// Plain pdftotext prints a form's label column before its value column
// when the cells of a few rows are read as two blocks: "项目名称 / 主管部门 /
// 项目资金（万元）" and then "农村生活污水治理项目 / 云浦市生态环境局". The
// labels of such a run take the free texts after it in the same order.

// labelRunValues pairs the text labels of every run of two or more
// consecutive labels with the free texts right after the run, in order.
// Labels whose values are amounts (budget labels, 项目资金（万元）) take
// none. The result maps a label's index to its value's.
func labelRunValues(bs []blockPiece) map[int]int {
	out := map[int]int{}
	for i := 0; i < len(bs); {
		j := i
		for j < len(bs) && bs[j].kind == BlockLabel {
			j++
		}
		if j-i < 2 {
			i = max(j, i+1)
			continue
		}
		v := j
		for _, l := range textLabels(bs[i:j], i) {
			if v >= len(bs) || bs[v].kind != BlockFree || !ShortText(bs[v].text) {
				break
			}
			out[l] = v
			v++
		}
		i = j
	}
	return out
}

// textLabels: the indexes (offset by base) of the run's labels that take
// a text value.
func textLabels(run []blockPiece, base int) []int {
	var out []int
	for k, b := range run {
		switch b.label {
		case LabelName, LabelDepartment, LabelOtherInfo:
			if MoneyUnitOf(b.text) == "" {
				out = append(out, base+k)
			}
		}
	}
	return out
}
