package normalize

import (
	"strings"
	"testing"
)

// Text outside headings and tables is kept, every page's table reaches
// tables, and the unit name never comes from a footnote: whole PDFs
// (GBK-encoded SimSun, as WPS writes it) through extract and Document.

var (
	strayLine = fixturePage{texts: []fixtureText{{x: 72, y: 100, text: "本部门本年度无政府性基金预算收入和支出。"}}}
	// summaryPage prints a 部门收支总表 without rules: a header and one row
	// under its caption, and a note that names a unit.
	summaryPage = fixturePage{texts: []fixtureText{
		{x: 240, y: 60, size: 14, text: "部门收支总表"}, {x: 420, y: 85, text: "单位：万元"},
		{x: 72, y: 110, text: "收入"}, {x: 222, y: 110, text: "预算数"}, {x: 302, y: 110, text: "支出"}, {x: 452, y: 110, text: "预算数"},
		{x: 72, y: 130, text: "收入总计"}, {x: 222, y: 130, text: "100.00"}, {x: 302, y: 130, text: "支出总计"}, {x: 452, y: 130, text: "100.00"},
		{x: 72, y: 300, text: "注：本表反映某某市财政局本年度的总收支情况。"},
	}}
	// ruledSummary is the same table drawn with rules, with the note below.
	ruledSummary = fixturePage{
		texts: []fixtureText{{x: 240, y: 60, size: 14, text: "部门收支总表"}, {x: 420, y: 90, text: "单位：万元"}, {x: 72, y: 200, text: "注：本表反映某某市财政局本年度的总收支情况。"}},
		tables: []fixtureTable{{x: 72, y: 110, widths: []float64{150, 80, 150, 80}, rowH: 20, rows: [][]string{
			{"项目", "预算数", "项目", "预算数"}, {"一般公共预算拨款收入", "100.00", "一般公共服务支出", "100.00"}, {"收入总计", "100.00", "支出总计", "100.00"}}}},
	}
)

func TestStrayLineIsKept(t *testing.T) {
	doc := fixtureDocument(t, strayLine)
	if len(doc.Sections) != 1 || len(doc.Sections[0].Path) != 0 || doc.Sections[0].Text != "本部门本年度无政府性基金预算收入和支出。" || doc.Sections[0].Page != 1 {
		t.Fatalf("sections %+v, want the line in one section with an empty path on page 1", doc.Sections)
	}
	if doc.Sections[0].Path == nil {
		t.Error("the empty path is null, want [] in JSON")
	}
}

func TestSecondPageTableIsKept(t *testing.T) {
	doc := fixtureDocument(t, strayLine, summaryPage)
	if len(doc.Tables) != 1 || doc.Tables[0].Page != 2 || doc.Tables[0].Title != "部门收支总表" {
		t.Fatalf("tables %+v, want page 2's 部门收支总表", doc.Tables)
	}
	if got := doc.Tables[0].Rows; len(got) != 2 || strings.Join(got[1], "|") != "收入总计|100.00|支出总计|100.00" {
		t.Errorf("rows %q", got)
	}
	if doc.Unit.Name != "" {
		t.Errorf("unit name %q: the page names no unit but in its note", doc.Unit.Name)
	}
	if doc.MoneyUnit != "万元" {
		t.Errorf("money unit %q, want 万元", doc.MoneyUnit)
	}
	var text []string
	for _, s := range doc.Sections {
		text = append(text, s.Text)
	}
	if got := strings.Join(text, "\n"); got != "本部门本年度无政府性基金预算收入和支出。\n注：本表反映某某市财政局本年度的总收支情况。" {
		t.Errorf("section text %q, want the stray line and the note", got)
	}
}

func TestUnitNameNeverFromAFootnote(t *testing.T) {
	for name, pages := range map[string][]fixturePage{
		"ruled":   {ruledSummary},
		"unruled": {summaryPage},
	} {
		t.Run(name, func(t *testing.T) {
			doc := fixtureDocument(t, pages...)
			if doc.Unit.Name != "" {
				t.Errorf("unit name %q, want none (only the note names one)", doc.Unit.Name)
			}
			if len(doc.Tables) != 1 {
				t.Errorf("%d tables, want 1", len(doc.Tables))
			}
		})
	}
}

// TestIdentityLayouts: the unit, year and money unit as a reader finds
// them on four layouts of the first page.
func TestIdentityLayouts(t *testing.T) {
	withCaption := func(caption ...fixtureText) fixturePage {
		p := ruledSummary
		p.texts = append(append([]fixtureText{}, caption...), fixtureText{x: 72, y: 200, text: "注：本表反映某某市财政局本年度的总收支情况。"})
		return p
	}
	heading := fixturePage{texts: []fixtureText{{x: 72, y: 100, text: "一、部门主要职责"}, {x: 72, y: 120, text: "负责全市卫生健康工作，2025年完成各项任务。"}}}
	tests := []struct {
		name  string
		pages []fixturePage
		unit  string
		year  int
		money string
	}{
		{"cover page", []fixturePage{
			{texts: []fixtureText{{x: 220, y: 200, size: 22, text: "2026年度"}, {x: 180, y: 240, size: 22, text: "某某市卫生健康委员会"}, {x: 220, y: 280, size: 22, text: "部门预算"}, {x: 230, y: 600, size: 16, text: "二〇二六年三月"}}},
			heading, withCaption(fixtureText{x: 200, y: 60, size: 14, text: "2026年部门收支总表"}, fixtureText{x: 420, y: 90, text: "单位：元"})},
			"某某市卫生健康委员会", 2026, "元"},
		{"部门名称 line", []fixturePage{withCaption(fixtureText{x: 200, y: 60, size: 14, text: "2024年部门收支总表"}, fixtureText{x: 72, y: 90, text: "部门名称：某某县水利局"}, fixtureText{x: 420, y: 90, text: "单位：万元"})},
			"某某县水利局", 2024, "万元"},
		{"填报单位 line", []fixturePage{withCaption(fixtureText{x: 200, y: 60, size: 14, text: "部门收支总表"}, fixtureText{x: 72, y: 90, text: "填报单位：某某区司法局"}, fixtureText{x: 420, y: 90, text: "金额单位：万元"}), heading},
			"某某区司法局", 2025, "万元"},
		{"title only", []fixturePage{{texts: []fixtureText{{x: 120, y: 60, size: 18, text: "某某市商务局 2023 年部门预算情况说明"}, {x: 72, y: 100, text: "一、单位基本情况"}, {x: 72, y: 120, text: "本局是市政府组成部门。"}}}},
			"某某市商务局", 2023, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := fixtureDocument(t, tt.pages...)
			if doc.Unit.Name != tt.unit || doc.Year != tt.year || doc.MoneyUnit != tt.money {
				t.Errorf("got %q %d %q, want %q %d %q", doc.Unit.Name, doc.Year, doc.MoneyUnit, tt.unit, tt.year, tt.money)
			}
			for _, s := range doc.Sections {
				if len(s.Path) == 0 && (strings.Contains(s.Text, tt.unit) || strings.Contains(s.Text, "部门预算")) {
					t.Errorf("the title block reached the sections: %q", s.Text)
				}
			}
		})
	}
}
