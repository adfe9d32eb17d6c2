package normalize

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
)

// Document assembles the budgetpdf/v1 document from extracted pages.
func Document(pages []extract.Page, src budgetpdf.Source) *budgetpdf.Document {
	doc := newDocument(src)
	grids := make([][]*Grid, len(pages))
	lines := make([][]Line, len(pages))
	heights := make([]float64, len(pages))
	for i, p := range pages {
		grids[i], lines[i] = pageParts(p)
		heights[i] = p.Height
		doc.Warnings = append(doc.Warnings, pageWarnings(p)...)
	}
	lines = dropFurniture(lines, heights)
	var st streamState
	var items []Item
	for i, p := range pages {
		items = append(items, pageFlow(p, grids[i], lines[i], &st)...)
	}
	assemble(doc, items)
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
	}
}

// assemble fills the document from the reading flow: captions, tables and
// forms, narrative sections, and the document header.
func assemble(doc *budgetpdf.Document, items []Item) {
	captions, titles := markCaptions(items)
	var fp formParser
	var body []*Line
	var captionTexts []string
	for _, it := range items {
		switch {
		case it.Grid != nil:
			it.Grid.Title = titles[it.Grid]
			fp.addGrid(it.Grid)
			doc.Tables = append(doc.Tables, budgetpdf.Table{Page: it.Grid.Page, Title: titles[it.Grid], Rows: it.Grid.Rows()})
			body = append(body, nil)
		case tocLine.MatchString(it.Line.Text()):
			body = append(body, nil) // a table of contents entry
		case captions[it.Line]:
			captionTexts = append(captionTexts, it.Line.Text())
			body = append(body, nil)
		default:
			body = append(body, it.Line)
		}
	}
	paras := buildParagraphs(body, pageMargins(nonNil(body)))
	doc.Sections = buildSections(paras)
	projects, dept, money := fp.finish()
	doc.Projects, doc.Department = projects, dept
	doc.Warnings = append(doc.Warnings, fp.warnings...)
	fillHeader(doc, paras, captionTexts, money)
	if doc.Unit.Name == "" {
		doc.Unit.Name = fp.unitName
	}
}

func nonNil(ls []*Line) []*Line {
	out := make([]*Line, 0, len(ls))
	for _, l := range ls {
		if l != nil {
			out = append(out, l)
		}
	}
	return out
}

var yearRe = regexp.MustCompile(`(20\d\d)\s*年`)

// maxTitleParagraphs bounds the title block: a cover names the unit and the
// year in a few lines (and a huge page without headings costs nothing).
const maxTitleParagraphs = 12

// fillHeader sets unit, year and money unit from the title block (text
// before the first heading) and the table captions.
func fillHeader(doc *budgetpdf.Document, paras []paragraph, captions []string, money string) {
	var title []string
	lastSize := 0.0
	for i, p := range paras {
		if _, _, ok := splitHeading(p.Text); ok || i >= maxTitleParagraphs {
			break
		}
		// A title wrapped over lines of one (large) size is one title.
		if n := len(title); n > 0 && math.Abs(p.Size-lastSize) < 0.5 && p.Size > 0 && !yearRe.MatchString(title[n-1]) && !strings.ContainsAny(title[n-1], "：:") {
			title[n-1] += p.Text
		} else {
			title = append(title, p.Text)
		}
		lastSize = p.Size
	}
	for _, c := range captions {
		c = strings.TrimSpace(c)
		if m := unitLineRe.FindStringSubmatch(c); m != nil && doc.Unit.Code == "" {
			doc.Unit = budgetpdf.Unit{Code: m[1], Name: m[2]}
		}
		if m := moneyRe.FindStringSubmatch(c); m != nil && doc.MoneyUnit == "" {
			doc.MoneyUnit = m[2]
		}
		if m := reportUnit.FindStringSubmatch(c); m != nil && doc.Unit.Name == "" {
			doc.Unit.Name = moneyTail.ReplaceAllString(m[2], "")
		}
	}
	for _, t := range title {
		if m := reportUnit.FindStringSubmatch(t); m != nil && doc.Unit.Name == "" {
			doc.Unit.Name = moneyTail.ReplaceAllString(m[2], "")
		}
	}
	if doc.MoneyUnit == "" {
		doc.MoneyUnit = money
	}
	if doc.Unit.Name == "" {
		doc.Unit.Name = unitFromTitle(title)
	}
	for _, t := range append(title, captions...) {
		if m := yearRe.FindStringSubmatch(t); m != nil {
			doc.Year, _ = strconv.Atoi(m[1])
			return
		}
	}
	doc.Year = yearFromBody(doc, paras)
}

// projectCodeYear reads the budget year inside a project code
// (13022523P00QK8310006H: six digits of the area, two of the year, then P).
var projectCodeYear = regexp.MustCompile(`^\d{6}(\d{2})P`)

// yearFromBody guesses the fiscal year of a document without a title: the
// year its project codes carry, else the first year the narrative opens
// with ("2023年是…"), else the year named most often.
func yearFromBody(doc *budgetpdf.Document, paras []paragraph) int {
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
func commonYear(paras []paragraph) int {
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

// unitFromTitle picks the title line that names the publishing unit: the
// one without a year or the words of a report title.
func unitFromTitle(title []string) string {
	for _, t := range title {
		t = strings.TrimSpace(t)
		if t == "" || yearRe.MatchString(t) || strings.Contains(t, "预算") || strings.Contains(t, "绩效") || strings.Contains(t, "目录") {
			continue
		}
		return t
	}
	for _, t := range title {
		if i := yearRe.FindStringIndex(t); i != nil && i[0] > 0 {
			return strings.TrimSpace(t[:i[0]])
		}
	}
	return ""
}
