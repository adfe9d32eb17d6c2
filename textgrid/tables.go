package textgrid

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/narrative"
)

// textRegion is a target form in text input: caption lines [capStart,
// start), the form's lines [start, end).
type textRegion struct{ capStart, start, end int }

// formStart: the meaning of the label that opens a line, when it is one
// that opens a form's header block (项目名称, 项目编码, 部门（单位）名称).
func formStart(l textLine) (forms.Label, bool) {
	first := strings.Fields(l.text)
	if len(first) == 0 {
		return forms.LabelNone, false
	}
	switch lb := forms.FormLabel(first[0]); lb {
	case forms.LabelName, forms.LabelCode, forms.LabelDepartment:
		return lb, true
	}
	return forms.LabelNone, false
}

// formStartAt is formStart for line i, or for it joined with the next
// line when a narrow label cell wrapped ("项目编" / "码").
func formStartAt(lines []textLine, i int) (forms.Label, bool) {
	if lb, ok := formStart(lines[i]); ok {
		return lb, true
	}
	t := lines[i].text
	if i+1 >= len(lines) || utf8.RuneCountInString(t) > 5 || strings.ContainsRune(t, ' ') || lines[i+1].page != lines[i].page {
		return forms.LabelNone, false
	}
	next := strings.Fields(lines[i+1].text)
	if len(next) == 0 || utf8.RuneCountInString(next[0]) > 3 {
		return forms.LabelNone, false
	}
	switch lb := forms.FormLabel(t + next[0]); lb {
	case forms.LabelName, forms.LabelCode, forms.LabelDepartment:
		return lb, true
	}
	return forms.LabelNone, false
}

// isCaptionLine: a line printed above a form. An autospace may split a
// year line ("（2024 年度）").
// fragmentsAbove is where a form that opens at line i starts: up to two
// lines above it when they hold header fragments only and stand right
// under a caption or at the top of a page (the upper lines of header cells
// that wrap above the header row, 本年绩 / 效指标 / 值); lines of fragments
// under a table's last rows are that row's wrapped tail, not this header.
func fragmentsAbove(lines []textLine, i int) int {
	start := i
	for start > 0 && i-start < 2 && headerFragmentLine(lines[start-1].text) {
		start--
	}
	if start == i || start == 0 || lines[start-1].page != lines[start].page || isCaptionLine(lines[start-1].text) {
		return start
	}
	return i
}

// headerFragmentLine: a line of short fragments only (其中：  本年绩, 绩效指
// 绩效度), no caption, heading or number: the upper lines of header cells
// that -layout wrapped above the header row.
func headerFragmentLine(t string) bool {
	fields := strings.Fields(t)
	if len(fields) < 2 || isCaptionLine(t) || narrative.IsOutlineStart(t) {
		return false
	}
	for _, f := range fields {
		if n := utf8.RuneCountInString(f); n > 4 || forms.Numeric(f) {
			return false
		}
	}
	return true
}

func isCaptionLine(t string) bool {
	return forms.IsCaption(t) || forms.UnitCodeLine.MatchString(t) || forms.IsYearLine(t)
}

// findTextForms finds the forms: each runs from its opening label to the
// next form's captions, a part or chapter heading, or the end. An opening
// label opens a new form only when the current one already had it or has
// passed its indicator header (plain text may print 项目名称 late).
func findTextForms(lines []textLine) []textRegion {
	var out []textRegion
	var seen map[forms.Label]bool
	headerWords := 0
	open := false
	for i := 0; i < len(lines); i++ {
		t := lines[i].text
		if open && narrative.IsOutlineStart(t) && !forms.IsCaption(t) {
			out[len(out)-1].end = i
			open = false
		}
		lb, ok := formStartAt(lines, i)
		if ok && (!open || seen[lb] || headerWords >= 3) {
			r := textRegion{capStart: i, start: fragmentsAbove(lines, i), end: len(lines)}
			r.capStart = r.start
			for j := r.start - 1; j >= 0 && r.start-j <= 4 && isCaptionLine(lines[j].text); j-- {
				if n := len(out); n > 0 && j <= out[n-1].start {
					break
				}
				r.capStart = j
			}
			if n := len(out); n > 0 && out[n-1].end > r.capStart {
				out[n-1].end = r.capStart
			}
			out = append(out, r)
			seen, headerWords, open = map[forms.Label]bool{}, 0, true
		}
		if ok {
			seen[lb] = true
		}
		for _, f := range strings.Fields(t) {
			if isHeaderWord(f) {
				headerWords++
			}
		}
	}
	return out
}

// formItems turns one form into caption lines and grids.
func formItems(in textInput, r textRegion) []layout.Item {
	var ps []piece
	for li := r.start; li < r.end; li++ {
		lp := linePieces(in.lines[li], li)
		if li == r.start && len(lp) > 0 {
			lp[0].gap = gapHard
		}
		ps = append(ps, lp...)
	}
	var captions []string
	for li := r.capStart; li < r.start; li++ {
		captions = append(captions, in.lines[li].text)
	}
	title := ""
	for _, c := range captions {
		if !forms.UnitCodeLine.MatchString(c) && !forms.MoneyLine.MatchString(c) && !forms.IsYearLine(c) && title == "" {
			title = c
		}
	}
	ps = mergeVocab(ps)
	runStart, runEnd := headerRun(ps)
	var run []piece
	if runStart < 0 {
		runStart, runEnd, run = scatteredHeader(ps)
	} else {
		run = ps[runStart:runEnd]
	}
	var block, body []piece
	if runStart < 0 {
		block = ps
	} else {
		block, body = ps[:runStart], ps[runEnd:]
		for len(block) > 0 && block[len(block)-1].line == ps[runStart].line {
			block = block[:len(block)-1] // the header row's own line: a label column's fragment
		}
	}
	if in.layout && runStart >= 0 {
		run, block, body = headerAbove(run, block, body)
	}
	bs := blockPieces(block)
	page := in.lines[r.start].page
	money, unit := blockCaption(bs)
	items := captionItems(in, r, money, unit, page)
	items = append(items, layout.Item{Grid: blockGrid(bs, page, title)})
	if runStart >= 0 {
		if in.layout {
			run = byPosition(run) // a label wrapped above the header line comes first in reading order
		}
		header := headerTexts(run, block)
		if !in.layout {
			header = append(header, lateHeaders(header, body)...)
		}
		if cm, ok := forms.MapHeader(header); ok {
			var hdr []piece
			if in.layout && len(header) == len(run) {
				hdr = layoutHeader(run, len(header))
			}
			for _, g := range indicatorTable(in, header, cm, body, hdr) {
				items = append(items, layout.Item{Grid: g})
			}
		}
	}
	return items
}

// headerRun finds the indicator table's header row: the first run of at
// least three column headers that maps to a table.
func headerRun(ps []piece) (int, int) {
	for i := 0; i < len(ps); i++ {
		if !isHeaderWord(ps[i].text) {
			continue
		}
		j := i
		for j < len(ps) && isHeaderWord(ps[j].text) {
			j++
		}
		if j-i >= 3 {
			texts := make([]string, 0, j-i)
			for _, p := range ps[i:j] {
				texts = append(texts, p.text)
			}
			if _, ok := forms.MapHeader(texts); ok {
				return i, j
			}
			if _, ok := forms.MapHeader(append([]string{"一级指标"}, texts...)); ok {
				return i, j
			}
		}
		i = j
	}
	return -1, -1
}

// scatteredHeader finds a header row that plain text printed between the
// first row's cells (一级指标 二级指标 产出指标 数量指标 三级指标 name
// 指标性质 …): the column headers from the first one that is not a level-1
// or label column, up to the first repeated header, when they map. The
// body starts at that first header; its header words are dropped later.
func scatteredHeader(ps []piece) (start, end int, run []piece) {
	for i, p := range ps {
		ro, ok := forms.HeaderSynonyms[forms.HeaderKey(p.text)]
		if !ok || ro == forms.RoleLevel1 || ro == forms.RoleLabel || forms.HeaderKey(p.text) == "绩效指标" {
			continue
		}
		seen := map[string]bool{}
		var texts []string
		for _, q := range ps[i:] {
			k := forms.HeaderKey(q.text)
			if _, h := forms.HeaderSynonyms[k]; !h {
				continue
			}
			if seen[k] {
				break
			}
			seen[k] = true
			run = append(run, q)
			texts = append(texts, q.text)
		}
		_, ok1 := forms.MapHeader(texts)
		_, ok2 := forms.MapHeader(append([]string{"一级指标"}, texts...))
		if len(texts) >= 3 && (ok1 || ok2) {
			return i, i, run
		}
		return -1, -1, nil
	}
	return -1, -1, nil
}

// headerTexts is the header row: the run, with the leftmost columns that
// plain text printed apart (一级指标, a merged 绩效指标 label) put back in
// front.
func headerTexts(run, block []piece) []string {
	var texts []string
	for _, p := range run {
		texts = append(texts, strings.TrimSpace(p.text))
	}
	has := func(ro forms.Role) bool {
		for _, t := range texts {
			if forms.HeaderSynonyms[forms.HeaderKey(t)] == ro {
				return true
			}
		}
		return false
	}
	var front []string
	for _, p := range block {
		k := forms.HeaderKey(p.text)
		switch {
		case forms.HeaderSynonyms[k] == forms.RoleLevel1 && !has(forms.RoleLevel1) && !containsRole(front, forms.RoleLevel1):
			front = append(front, strings.TrimSpace(p.text))
		case forms.HeaderSynonyms[k] == forms.RoleLevel2 && !has(forms.RoleLevel2) && !containsRole(front, forms.RoleLevel2):
			front = append(front, strings.TrimSpace(p.text)) // plain text: the goal printed between 二级指标 and 三级指标
		case k == "绩效指标" && !containsKey(texts, k) && !containsKey(front, k):
			front = append([]string{strings.TrimSpace(p.text)}, front...)
		}
	}
	if len(front) > 0 && !has(forms.RoleLevel1) && !containsRole(front, forms.RoleLevel1) {
		at := len(front)
		if n := len(front) - 1; containsRole(front[n:], forms.RoleLevel2) {
			at = n // the level-1 column comes before the level-2 one
		}
		front = append(front[:at], append([]string{"一级指标"}, front[at:]...)...)
	}
	return append(front, texts...)
}

func containsKey(ts []string, k string) bool {
	for _, t := range ts {
		if forms.HeaderKey(t) == k {
			return true
		}
	}
	return false
}

func containsRole(ts []string, ro forms.Role) bool {
	for _, t := range ts {
		if forms.HeaderSynonyms[forms.HeaderKey(t)] == ro {
			return true
		}
	}
	return false
}

// indicatorTable stitches the rows of an indicator table.
// hdr is the -layout header row's pieces (see layoutHeader), else nil.
func indicatorTable(in textInput, header []string, cm forms.ColumnMap, body []piece, hdr []piece) []*layout.Grid {
	var kept []piece
	for _, p := range body {
		if !isHeaderWord(p.text) {
			kept = append(kept, p)
		}
	}
	roles := contentRoles(cm)
	kinds := make([]forms.Role, len(roles))
	for i, c := range roles {
		kinds[i] = cm.Roles[c]
	}
	flat := in.doubled || !blankLinesTell(kept)
	var rows []*textRow
	if in.layout {
		if hdr != nil {
			rows = layoutRows(body, kinds, cm, hdr) // header words mark the pages' header rows
		} else {
			rows = layoutRows(kept, kinds, cm, nil)
		}
	} else {
		rows = splitRows(kept, cm.Col(forms.RoleLevel2) >= 0)
		for _, r := range rows {
			r.groups = stitchGroups(r.content, kinds, flat)
			r.page = rowPage(r)
		}
		// Level names missing from most rows (merged cells printed once,
		// or a form without a level-2 column): go by the rows' anchors.
		// In flat text (blank lines say nothing) only a form without a
		// level-2 column goes by anchors: lines are too fine to count.
		if !flat || cm.Col(forms.RoleLevel2) < 0 {
			if alt := anchorRows(kept, kinds, flat); len(alt)*4 > len(rows)*5 {
				rows = alt
			}
		}
		moveStrayUnits(rows, kinds)
		for _, r := range rows {
			r.cells = make([]string, len(r.groups))
			for i, g := range r.groups {
				r.cells[i] = joinPieces(g)
			}
		}
	}
	fillLevels(rows)
	return indicatorGrids(header, cm, rows)
}

// blankLinesTell: in this table some line breaks come with a blank line
// and some without, so a blank line says something (a new cell).
func blankLinesTell(ps []piece) bool {
	lines, blanks := 0, 0
	for _, p := range ps {
		switch p.gap {
		case gapLine:
			lines++
		case gapBlank:
			blanks++
		}
	}
	return blanks*100 >= (lines+blanks)*15
}

// rowPage is the page of the row's first piece.
func rowPage(r *textRow) int {
	if len(r.content) > 0 {
		return r.content[0].page
	}
	return 0
}

// moveStrayUnits: plain pdftotext output may print the unit cells of a
// page's rows after its last row. A row whose unit cell came out as
// several units keeps the last; the others go, in order, to the nearest
// rows above it on the same page that have a number but no unit.
func moveStrayUnits(rows []*textRow, kinds []forms.Role) {
	unit, tgt := -1, -1
	for i, k := range kinds {
		switch k {
		case forms.RoleUnit:
			unit = i
		case forms.RoleTarget:
			tgt = i
		}
	}
	if unit < 0 || tgt < 0 {
		return
	}
	for i, r := range rows {
		t := r.groups[tgt]
		cut := len(t)
		for cut > 1 && isUnitText(t[cut-1].text) && t[cut-1].gap >= gapLine {
			cut-- // units stitched onto the value from lines of their own
		}
		g := append(append([]piece{}, t[cut:]...), r.groups[unit]...)
		if len(g) < 2 || !allUnits(g) {
			continue
		}
		strays := g[:len(g)-1]
		var open []*textRow
		for _, q := range rows[:i] {
			if q.page == g[0].page && len(q.groups[unit]) == 0 && forms.Numeric(joinPieces(q.groups[tgt])) {
				open = append(open, q)
			}
		}
		if len(open) < len(strays) {
			continue
		}
		open = open[len(open)-len(strays):]
		for k, q := range open {
			q.groups[unit] = []piece{strays[k]}
		}
		r.groups[tgt], r.groups[unit] = t[:cut], g[len(g)-1:]
	}
}

func allUnits(ps []piece) bool {
	for _, p := range ps {
		if !isUnitText(p.text) {
			return false
		}
	}
	return true
}

// captionItems gives the caption lines of a form as lines of the flow:
// those printed above it, and a unit line rebuilt from the pieces the
// block had (221011平源区… and 单位：万元 printed apart).
func captionItems(in textInput, r textRegion, money, unit string, page int) []layout.Item {
	var items []layout.Item
	hasUnitLine := false
	for li := r.capStart; li < r.start; li++ {
		l := in.lines[li]
		t := l.text
		if forms.UnitCodeLine.MatchString(t) && !strings.Contains(t, "单位") && money != "" {
			t += " 单位：" + money
			hasUnitLine = true
		}
		if forms.UnitLine.MatchString(t) || forms.MoneyLine.MatchString(t) {
			hasUnitLine = true
		}
		items = append(items, layout.Item{Line: synthLine(t, 0, page, l.row, 0)})
	}
	if !hasUnitLine && money != "" {
		t := strings.TrimSpace(unit + " 单位：" + money)
		items = append(items, layout.Item{Line: synthLine(t, 0, page, in.lines[r.start].row, 0)})
	}
	return items
}

// lateHeaders: plain pdftotext may print the right-hand column headers
// (指标值, 指标值确定依据) after the rows of the page, when the header row
// it found has no target column. They are the first run of header words
// in the body that repeats none of the header, taken when the header
// with them still maps and gains a target.
func lateHeaders(header []string, body []piece) []string {
	if cm, ok := forms.MapHeader(header); ok && cm.Col(forms.RoleTarget) >= 0 {
		return nil
	}
	for i := 0; i < len(body); i++ {
		if !isHeaderWord(body[i].text) || containsKey(header, forms.HeaderKey(body[i].text)) {
			continue
		}
		var late []string
		for j := i; j < len(body) && isHeaderWord(body[j].text) && !containsKey(header, forms.HeaderKey(body[j].text)); j++ {
			late = append(late, strings.TrimSpace(body[j].text))
		}
		if cm, ok := forms.MapHeader(append(append([]string{}, header...), late...)); ok && cm.Col(forms.RoleTarget) >= 0 {
			return late
		}
		return nil
	}
	return nil
}

// headerAbove takes into the header run a header word printed on the line
// above it, in a column no word of the run covers: -layout prints a header
// cell that wraps over more lines than the others (分值权重 over （90分）)
// with its first line above the row (西安 05). The word leaves the block;
// its bracketed tail on the line below the row leaves the body and joins
// it.
func headerAbove(run, block, body []piece) ([]piece, []piece, []piece) {
	if len(run) == 0 {
		return run, block, body
	}
	line := run[0].line
	run = append([]piece(nil), run...) // run is a window on the pieces: append to a copy
	run, block, body = wrappedAround(run, block, body)
	var rest []piece
	var moved []int
	for _, p := range block {
		if p.line == line-1 && !overlapsAny(p, run) {
			if _, w := forms.HeaderRole(p.text); w >= 0.5 {
				moved = append(moved, len(run))
				run = append(run, p)
				continue
			}
		}
		rest = append(rest, p)
	}
	var kept []piece
	for _, p := range body {
		if k := tailOf(p, line+1, run, moved); k >= 0 {
			run[k].text = strings.TrimSpace(run[k].text) + strings.TrimSpace(p.text)
			continue
		}
		kept = append(kept, p)
	}
	return run, rest, kept
}

// wrappedAround takes into the header run a header cell that -layout
// printed over several lines around the header row, in a column no word of
// the run covers: 二级 / 指标 and 年度 / 指标值 over and under the row (西安
// 07's 自评表), 本年绩 / 效指标 / 值 over, on and under it (北京 预算表12). A
// piece on one of the two lines above starts the cell; the pieces right
// under it, one a line down to two lines below the row, continue it while
// the text grows into a header word that weighs more than its first piece
// alone. They leave the block and the body. It runs before a word above is
// taken alone: 二级 over 指标 is 二级指标.
func wrappedAround(run, block, body []piece) ([]piece, []piece, []piece) {
	line := run[0].line
	around := append(append([]piece(nil), block...), body...) // block's lines are above the row, body's on and under it
	used := map[int]bool{}
	for i, p := range block {
		if used[i] || p.line < line-2 || p.line >= line || overlapsAny(p, run) || strings.ContainsAny(p.text, "。；") {
			continue // a sentence's end is no header cell's upper line (院感防控要求。 over 二级)
		}
		if cell, parts, ok := stackUnder(p, line, around, used); ok {
			used[i] = true
			for _, k := range parts {
				used[k] = true
			}
			run = append(run, cell)
		}
	}
	var restBlock, restBody []piece
	for k, p := range around {
		switch {
		case used[k]:
		case k < len(block):
			restBlock = append(restBlock, p)
		default:
			restBody = append(restBody, p)
		}
	}
	return run, restBlock, restBody
}

// stackUnder builds a header cell down from its first piece p: the piece
// of each line below that meets p's columns (one, or the stack ends) down
// to two lines under the row. It gives the cell, the indexes in around of
// the pieces it took, and whether the joined text is a header word that
// weighs more than p alone.
func stackUnder(p piece, line int, around []piece, used map[int]bool) (piece, []int, bool) {
	cell := p
	_, alone := forms.HeaderRole(p.text)
	best, bestParts, bestW := piece{}, []int(nil), 0.0
	var parts []int
	for l := p.line + 1; l <= line+2; l++ {
		k := pieceUnder(p, l, around, used)
		if k < 0 {
			continue
		}
		cell = joinedCell(cell, around[k])
		parts = append(parts, k)
		if l < line {
			continue // a line above the row: the cell is not complete yet
		}
		if _, w := forms.HeaderRole(cell.text); w >= 0.5 && w > alone && w > bestW {
			best, bestParts, bestW = cell, append([]int(nil), parts...), w
		}
	}
	if bestW == 0 {
		return piece{}, nil, false
	}
	best.line = line
	return best, bestParts, true
}

// joinedCell is a followed by b, one cell over two lines.
func joinedCell(a, b piece) piece {
	a.text = strings.TrimSpace(a.text) + strings.TrimSpace(b.text)
	a.end, a.rend = max(a.end, b.end), max(a.rend, b.rend)
	return a
}

// pieceUnder is the index of the piece of ps on the given line whose
// columns meet p's, not yet used; -1 when there is none or more than one.
func pieceUnder(p piece, line int, ps []piece, used map[int]bool) int {
	found := -1
	for k, q := range ps {
		if q.line != line || used[k] || !(q.rcol < p.rend && p.rcol < q.rend) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = k
	}
	return found
}

// tailOf is the index of the moved header piece whose bracketed tail p is
// (（90分） on the line below the header row, under it), or -1.
func tailOf(p piece, line int, run []piece, moved []int) int {
	t := strings.TrimSpace(p.text)
	if p.line != line || !bracketed.MatchString(t) {
		return -1
	}
	for _, k := range moved {
		if p.rcol < run[k].rend+2 && run[k].rcol < p.rend {
			return k
		}
	}
	return -1
}

var bracketed = regexp.MustCompile(`^[（(][^（()）]{1,12}[）)]$`)

// overlapsAny: p's columns meet those of a piece of ps.
func overlapsAny(p piece, ps []piece) bool {
	for _, q := range ps {
		if p.rcol < q.rend && q.rcol < p.rend {
			return true
		}
	}
	return false
}
