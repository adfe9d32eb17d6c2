package normalize

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/budget"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
	"github.com/budgetpdf/budgetpdf/narrative"
	"github.com/budgetpdf/budgetpdf/pdfgrid"
)

// Document assembles the budgetpdf/v1 document from extracted pages.
func Document(pages []extract.Page, src budgetpdf.Source) *budgetpdf.Document {
	doc := newDocument(src)
	for _, p := range pages {
		doc.Warnings = append(doc.Warnings, pageWarnings(p)...)
	}
	r := pdfgrid.Read(pages)
	assemble(doc, r.Items, r.RunningTitles())
	declareRunningMoney(doc.Tables, runningMoney(pages, r.Running))
	return doc
}

func pageWarnings(p extract.Page) []budgetpdf.Warning {
	var out []budgetpdf.Warning
	if p.Unmapped > 0 {
		out = append(out, budgetpdf.Warning{Page: p.Number, Code: budgetpdf.WarnUnmappedGlyphs,
			Message: fmt.Sprintf("%d glyphs have no Unicode mapping", p.Unmapped)})
	}
	if p.Err != "" {
		out = append(out, budgetpdf.Warning{Page: p.Number, Code: budgetpdf.WarnPageFailed, Message: p.Err})
	}
	if len(p.Glyphs) == 0 && len(p.Images) > 0 {
		out = append(out, budgetpdf.Warning{Page: p.Number, Code: budgetpdf.WarnScannedPage,
			Message: "the page is an image without a text layer (scanned?): its content is not read"})
	}
	return out
}

func newDocument(src budgetpdf.Source) *budgetpdf.Document {
	return &budgetpdf.Document{
		Schema: budgetpdf.Schema, Source: src,
		Sections: []budgetpdf.Section{}, Projects: []budgetpdf.Project{},
		Tables: []budgetpdf.Table{}, Warnings: []budgetpdf.Warning{},
		BudgetTables: []budgetpdf.BudgetTable{}, BudgetChecks: []budgetpdf.BudgetCheck{},
	}
}

// assemble fills the document from the reading flow: captions, tables and
// forms, narrative sections, and the document header. running are the
// running headers cut from the pages (a title printed on every page).
func assemble(doc *budgetpdf.Document, items []layout.Item, running []string) {
	captions, titles := markCaptions(items)
	var fp forms.Parser
	var body []*layout.Line
	ev := identityEvidence{running: running}
	var tm tableMoney
	var bin []budget.Input // the grids for package budget, with their captions
	var pending []string   // caption lines waiting for their grid
	for _, it := range items {
		if it.Grid == nil && len(bin) > 0 && !captions[it.Line] && it.PageNumber() == bin[len(bin)-1].Grid.Page && len(bin[len(bin)-1].After) < 3 {
			last := &bin[len(bin)-1]
			last.After = append(last.After, it.Line.Text())
		}
		switch {
		case it.Grid != nil:
			bin = append(bin, budget.Input{Grid: it.Grid, Caption: pending})
			pending = nil
			if it.Grid.Title == "" {
				it.Grid.Title = titles[it.Grid] // a producer that knows the caption gave it
			}
			fp.AddGrid(it.Grid)
			rows := it.Grid.Rows()
			doc.Tables = append(doc.Tables, budgetpdf.Table{Page: it.Grid.Page, Title: titles[it.Grid],
				MoneyUnit: tm.table(it.Grid.Page, rows), Rows: rows})
			ev.grids = append(ev.grids, it.Grid)
			body = append(body, nil)
		case layout.TOCLine.MatchString(it.Line.Text()):
			body = append(body, nil) // a table of contents entry
		case captions[it.Line]:
			pending = append(pending, it.Line.Text())
			ev.captions = append(ev.captions, it.Line.Text())
			tm.caption(it.Line.Text())
			body = append(body, nil)
		default:
			ev.lines = append(ev.lines, it.Line.Text())
			body = append(body, it.Line)
		}
	}
	paras := narrative.Paragraphs(narrativeLines(body))
	ev.title = markTitleBlock(paras)
	doc.Sections = narrative.Sections(paras)
	projects, dept, money := fp.Finish()
	doc.Projects, doc.Department = projects, dept
	doc.Warnings = append(doc.Warnings, fp.Warnings...)
	ev.formUnit = fp.UnitName
	fillHeader(doc, ev, paras, money)
	narrative := make([]string, 0, len(doc.Sections))
	for _, s := range doc.Sections {
		narrative = append(narrative, s.Text)
	}
	br := budget.Read(bin, narrative...)
	doc.BudgetTables = append(doc.BudgetTables, br.Tables...)
	doc.BudgetChecks = append(doc.BudgetChecks, br.Checks...)
	doc.Warnings = append(doc.Warnings, br.Warnings...)
}

// narrativeLines gives the narrative the body lines as it reads them; nil
// (a table or caption between) stays nil.
func narrativeLines(body []*layout.Line) []*narrative.Line {
	out := make([]*narrative.Line, len(body))
	for i, l := range body {
		if l != nil {
			out[i] = &narrative.Line{Text: l.Text(), Page: l.Page, X0: l.X0, X1: l.X1, Y: l.Y, Top: l.Top(), Size: l.Size}
		}
	}
	return out
}

var yearRe = regexp.MustCompile(`(20\d\d)\s*年`)

// maxTitleParagraphs bounds the title block: a cover names the unit and the
// year in a few lines (and a huge page without headings costs nothing).
const maxTitleParagraphs = 12

// markTitleBlock marks the title block among the paragraphs before the
// first heading (the cover: who, which year, what kind of report) and
// returns its lines, a title wrapped over two paragraphs of one size
// joined. The rest of the text there is narrative: buildSections keeps it.
func markTitleBlock(paras []narrative.Paragraph) []string {
	var title []string
	for i := 0; i < len(paras) && i < maxTitleParagraphs; i++ {
		p := &paras[i]
		if _, _, ok := narrative.SplitHeading(p.Text); ok {
			break
		}
		if isTitleParagraph(p.Text) {
			p.Title = true
			title = append(title, p.Text)
			continue
		}
		if i+1 < len(paras) && i+1 < maxTitleParagraphs && math.Abs(paras[i+1].Size-p.Size) < 0.5 {
			next := &paras[i+1]
			if _, _, ok := narrative.SplitHeading(next.Text); !ok && isTitleParagraph(p.Text+next.Text) {
				p.Title, next.Title = true, true
				title = append(title, p.Text+next.Text)
				i++
			}
		}
	}
	return title
}

// fillHeader sets unit, year and money unit. The Hebei forms' unit line
// (101002XX县… 单位：万元) gives code and name together; the rest is
// identity's evidence rules.
func fillHeader(doc *budgetpdf.Document, ev identityEvidence, paras []narrative.Paragraph, money string) {
	for _, c := range ev.captions {
		if m := forms.UnitLine.FindStringSubmatch(strings.TrimSpace(c)); m != nil && isUnitName(m[2]) {
			doc.Unit = budgetpdf.Unit{Code: m[1], Name: m[2]}
			break
		}
	}
	identity(doc, ev, paras, money)
}

// projectCodeYear reads the budget year inside a project code
// (13022523P00QK8310006H: six digits of the area, two of the year, then P).
var projectCodeYear = regexp.MustCompile(`^\d{6}(\d{2})P`)

// yearFromBody guesses the fiscal year of a document without a title: the
// year its project codes carry, else the first year the narrative opens
// with ("2023年是…"), else the year named most often.
func yearFromBody(doc *budgetpdf.Document, paras []narrative.Paragraph) int {
	count := map[int]int{}
	best := 0
	for _, p := range doc.Projects {
		if m := projectCodeYear.FindStringSubmatch(p.Code); m != nil {
			y, _ := strconv.Atoi(m[1])
			count[2000+y]++
			if count[2000+y] > count[best] {
				best = 2000 + y
			}
		}
	}
	if best != 0 {
		return best
	}
	if len(doc.Sections) > 0 {
		if m := yearRe.FindStringSubmatch(doc.Sections[0].Text); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	return commonYear(paras)
}

// commonYear is the year named most often in the text (the first one on a
// tie), for documents without a title block.
func commonYear(paras []narrative.Paragraph) int {
	count := map[int]int{}
	best, bestN := 0, 0
	for _, p := range paras {
		for _, m := range yearRe.FindAllStringSubmatch(p.Text, -1) {
			y, _ := strconv.Atoi(m[1])
			count[y]++
			if count[y] > bestN {
				best, bestN = y, count[y]
			}
		}
	}
	return best
}
