package normalize

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/narrative"
)

// Document identity: the publishing unit, the fiscal year and the money
// unit, found the way a reader finds them. The words these rules use are
// data, kept here in one place.
var (
	// orgHeads are the head words an organisation's name ends in (局,
	// 委员会, 办公室, 法院 …). A unit name is a span ending in one of them,
	// optionally followed by a short bracketed qualifier (（本级）, (汇总)).
	orgHeads = []string{
		"局", "委员会", "委", "办公室", "办公厅", "厅", "院", "中心", "办事处", "街道", "政府",
		"支队", "大队", "总队", "队", "所", "站", "馆", "处", "部", "署", "会", "社", "校",
		"大学", "学院", "中学", "小学", "党校", "医院", "集团", "公司", "台", "宫", "园", "场",
		"监狱", "团", "镇", "乡", // a township publishes its own budget
	}
	// unitLabels introduce the publishing unit's name (单位名称：…); the
	// 主管部门 of a form names the supervising department, weaker evidence.
	unitLabels  = []string{"部门（单位）名称", "部门(单位)名称", "部门（单位）", "部门(单位)", "单位名称", "部门名称", "填报单位", "编制单位", "预算单位", "预算主管部门", "部门", "单位"}
	superLabels = []string{"主管部门"}
	// titleWords are what a cover or title line says besides the unit and
	// the year: the kind of report and its scope.
	titleWords = []string{
		"部门", "单位", "本级", "汇总", "综合", "整体", "项目", "支出", "收支", "预算", "决算", "绩效", "目标",
		"公开", "说明", "情况", "报表", "表格", "申报表", "表", "年度", "市级", "区级", "县级", "省级",
		"含转移支付", "目录", "目", "录",
	}
	// placeHeads end a place name, which a title may open with (上海市普陀区
	// 2024年区级部门预算) without naming the unit.
	placeHeads = []string{"省", "市", "区", "县", "州", "盟", "旗", "镇", "乡"}
	// footnoteStart marks a note under a table or page: never identity.
	footnoteStart = regexp.MustCompile(`^\s*[（(]?(注|说明|备注|附注|资料来源)\s*\d*[）)]?\s*[：:、．.]`)
)

var (
	orgNameRe   = regexp.MustCompile(`(` + alternation(orgHeads) + `)([（(][^（）()]{1,8}[）)])?$`)
	kindTailRe  = regexp.MustCompile(`(市级|区级|县级|省级|本级)?(部门|单位)?(综合|整体)?(预算|决算)|项目支出|绩效目标|部门整体`)
	yearTokenRe = regexp.MustCompile(`20\d\d\s*年\s*度?`)
	titleWordRe = regexp.MustCompile(alternation(titleWords))
	placeRe     = regexp.MustCompile(`^(\p{Han}{1,6}?(` + alternation(placeHeads) + `))+`)
	// kindYearRe is a year stated as the year of the report (2024年部门预算,
	// 2022年度部门决算, 2026年项目支出绩效目标表).
	kindYearRe = regexp.MustCompile(`(20\d\d)\s*年\s*度?\s*(市级|区级|县级|省级)?\s*(部门|单位|预算单位|项目|财政)?\s*(综合|整体)?\s*(预算|决算|收支|支出|收入|绩效|财务)`)
	dateRe     = regexp.MustCompile(`20\d\d\s*年\s*\d{1,2}\s*月`)
	moneyParen = regexp.MustCompile(`[（(](万元|元)[）)]`)
	labelRe    = regexp.MustCompile(`(` + alternation(append(append([]string{}, unitLabels...), superLabels...)) + `)\s*[：:]\s*(\S+)`)
)

// alternation is a regexp alternation of literal words, longest first.
func alternation(words []string) string {
	ws := append([]string(nil), words...)
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// squeeze removes white space (titles print 2026 年 or 目 录).
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// isUnitName reports whether s reads as an organisation's name: a short
// span without digits, Latin letters or sentence punctuation that ends in
// an organisation head word (Latin letters pass: XX区, CBD). 合计, a
// footnote, a CSS fragment or a budget line never pass.
func isUnitName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 40 || footnoteStart.MatchString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x80 && !unicode.IsLetter(r) && r != '(' && r != ')' || unicode.IsDigit(r) || strings.ContainsRune("，。；：、！？“”‘’…—《》,;:!?", r) {
			return false
		}
	}
	m := orgNameRe.FindStringIndex(s)
	return m != nil && m[1] == len(s) && m[0] > 0
}

// nameIn finds a unit name in a piece of a title line: the piece itself, or
// the piece cut before a report-kind phrase (烟台市交通运输局|部门预算).
func nameIn(piece string) string {
	piece = strings.Trim(piece, "·-—－_ ")
	if isUnitName(piece) {
		return piece
	}
	ms := kindTailRe.FindAllStringIndex(piece, -1)
	for k := len(ms) - 1; k >= 0; k-- {
		if c := strings.Trim(piece[:ms[k][0]], "·-—－_ "); isUnitName(c) {
			return c
		}
	}
	return ""
}

// titleName finds the unit named by an unlabelled title line: the spans
// before and after its year (2026年烟台市交通运输局, 西安市科学技术局 2022 年部门
// 综合预算, 国家信访局).
func titleName(text string) string {
	t := squeeze(text)
	if footnoteStart.MatchString(t) || strings.ContainsAny(t, "：:") {
		return ""
	}
	for _, piece := range yearTokenRe.Split(t, -1) {
		if n := nameIn(piece); n != "" {
			return n
		}
	}
	return ""
}

// labelledName reads `单位名称：X` style declarations in a line; strong is
// false for a supervising department's label (主管部门：X).
func labelledName(text string) (name string, strong bool) {
	if footnoteStart.MatchString(text) {
		return "", false
	}
	for _, m := range labelRe.FindAllStringSubmatch(text, -1) {
		v := moneyTail.ReplaceAllString(m[2], "")
		if n := nameIn(v); n != "" {
			return n, !contains(superLabels, m[1])
		}
	}
	return "", false
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// isTitleParagraph reports whether a narrative.Paragraph before the first heading
// belongs to the title block: it says nothing but who, which year and what
// kind of report (泰丰市统计局 / 2024年项目支出绩效目标 / 预算单位：上海市财政局).
// Any other text there (a sentence, a note, a stray line) is narrative.
func isTitleParagraph(text string) bool {
	t := squeeze(text)
	if t == "" || utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, "。；;，,") || footnoteStart.MatchString(t) {
		return false
	}
	if n, _ := labelledName(t); n != "" {
		t = strings.Replace(t, n, "", 1)
		t = labelRe.ReplaceAllString(t, "")
		t = labelStripRe.ReplaceAllString(t, "")
	} else if n := titleName(t); n != "" {
		t = strings.Replace(t, n, "", 1)
	}
	t = placeRe.ReplaceAllString(t, "")
	t = yearTokenRe.ReplaceAllString(t, "")
	t = titleWordRe.ReplaceAllString(t, "")
	t = strings.Trim(t, "（）()·-—－_：:")
	return t == ""
}

var labelStripRe = regexp.MustCompile(`(` + alternation(append(append([]string{}, unitLabels...), superLabels...)) + `)\s*[：:]`)

// identityEvidence is what the document prints that says who and when.
type identityEvidence struct {
	title    []string // title-block paragraphs, in reading order
	running  []string // running headers of the first page (a title repeated on every page)
	captions []string // caption lines above tables
	grids    []*layout.Grid
	lines    []string // every narrative line, for money declarations
	formUnit string   // the name a department form's 部门（单位）名称 row gives
	formCode []string // project codes, for their year digits
}

// identity settles unit name, year, kind (kind.go) and money unit.
func identity(doc *budgetpdf.Document, ev identityEvidence, paras []narrative.Paragraph, formMoney string) {
	if doc.Unit.Name == "" {
		doc.Unit.Name = unitNameOf(ev)
	}
	doc.Year = yearOf(doc, ev, paras)
	doc.Kind = kindOf(append(append([]string{}, ev.title...), ev.running...), doc.Unit.Name)
	if doc.MoneyUnit == "" {
		doc.MoneyUnit = moneyUnitOfDoc(ev, formMoney)
	}
}

// unitNameOf ranks the evidence: the cover (title block, then a title
// repeated as running header), then labels over tables (单位名称：X, the
// name given most often), then a label cell inside a table (部门名称 | X),
// then a supervising department's label (主管部门).
func unitNameOf(ev identityEvidence) string {
	for _, t := range append(append([]string{}, ev.title...), ev.running...) {
		if n, strong := labelledName(t); n != "" && strong {
			return n
		}
		if n := titleName(t); n != "" {
			return n
		}
	}
	var strong, weak votes
	for _, c := range ev.captions {
		if n, s := labelledName(c); n != "" {
			if s {
				strong.add(n)
			} else {
				weak.add(n)
			}
		}
	}
	var cellStrong, cellWeak votes
	for _, g := range ev.grids {
		for _, row := range g.Rows() {
			n, s := rowName(row)
			switch {
			case n == "":
			case len(row) > 0 && g.NumRows() == 1 && s:
				strong.add(n) // a caption line cut into cells (单位名称 | ：X | 单位：万元)
			case s:
				cellStrong.add(n)
			default:
				cellWeak.add(n)
			}
		}
	}
	for _, v := range []votes{strong, cellStrong} {
		if n := v.best(); n != "" {
			return n
		}
	}
	if isUnitName(ev.formUnit) {
		return ev.formUnit
	}
	for _, v := range []votes{weak, cellWeak} {
		if n := v.best(); n != "" {
			return n
		}
	}
	return ""
}

// rowName reads a unit name from a table row: a label cell followed by its
// value (部门名称 | X, 单位名称 | ：X), or a label and value in one cell.
func rowName(row []string) (string, bool) {
	for i, c := range row {
		c = squeeze(c)
		if c == "" {
			continue
		}
		if n, s := labelledName(c); n != "" {
			return n, s
		}
		lab := strings.TrimRight(c, "：:")
		strong, weak := contains(unitLabels, lab), contains(superLabels, lab)
		if !strong && !weak {
			continue
		}
		for _, v := range row[i+1:] {
			if v = strings.TrimLeft(squeeze(v), "：:"); v != "" {
				if n := nameIn(moneyTail.ReplaceAllString(v, "")); n != "" {
					return n, strong
				}
				break
			}
		}
	}
	return "", false
}

// votes counts candidates, remembering which came first.
type votes struct {
	n     map[string]int
	order []string
}

func (v *votes) add(s string) {
	if v.n == nil {
		v.n = map[string]int{}
	}
	if v.n[s] == 0 {
		v.order = append(v.order, s)
	}
	v.n[s]++
}

// best is the candidate seen most often, the first one on a tie.
func (v votes) best() string {
	best := ""
	for _, s := range v.order {
		if best == "" || v.n[s] > v.n[best] {
			best = s
		}
	}
	return best
}

// yearOf is the fiscal year: the year the title gives the report
// (2026年部门预算, 2022年度部门决算), else any year of the title block that is
// not a date, else the year the table titles name most often, else the
// project codes' year, the narrative's opening year, and last the year the
// whole document (tables included) names most often.
func yearOf(doc *budgetpdf.Document, ev identityEvidence, paras []narrative.Paragraph) int {
	head := append(append([]string{}, ev.title...), ev.running...)
	for _, t := range head {
		if m := kindYearRe.FindStringSubmatch(t); m != nil {
			return atoi(m[1])
		}
	}
	for _, t := range head {
		if dateRe.MatchString(t) {
			continue
		}
		if m := yearRe.FindStringSubmatch(t); m != nil {
			return atoi(m[1])
		}
	}
	var capYears votes
	for _, c := range ev.captions {
		if m := yearRe.FindStringSubmatch(c); m != nil && !dateRe.MatchString(c) {
			capYears.add(m[1])
		}
	}
	if y := capYears.best(); y != "" {
		return atoi(y)
	}
	if y := yearFromBody(doc, paras); y != 0 {
		return y
	}
	var all votes
	for _, g := range ev.grids {
		for _, row := range g.Rows() {
			for _, c := range row {
				for _, m := range yearRe.FindAllStringSubmatch(c, -1) {
					all.add(m[1])
				}
			}
		}
	}
	return atoi(all.best())
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// moneyUnitOfDoc is the unit most tables declare: every 单位：万元 / 金额单位：元
// above or at the top of a table (or in a running header over every
// page's table) counts once, and the unit declared most
// often wins (the first declared on a tie). Without any, the unit the
// header cells give (预算金额（万元）), then the one a target form gives.
func moneyUnitOfDoc(ev identityEvidence, formMoney string) string {
	var decl, paren votes
	for _, t := range append(append(append([]string{}, ev.captions...), ev.lines...), ev.running...) {
		if m := forms.MoneyLine.FindStringSubmatch(t); m != nil {
			decl.add(m[1])
		}
	}
	for _, g := range ev.grids {
		rows := g.Rows()
		for r := 0; r < len(rows) && r < 3; r++ {
			for _, c := range rows[r] {
				if m := forms.MoneyLine.FindStringSubmatch(c); m != nil {
					decl.add(m[1])
				} else if m := moneyParen.FindStringSubmatch(c); m != nil {
					paren.add(m[1])
				}
			}
		}
	}
	if u := decl.best(); u != "" {
		return u
	}
	if u := paren.best(); u != "" {
		return u
	}
	return formMoney
}
