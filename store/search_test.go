package store

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestSearch_TwoCharacterTerms(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d, raw := loadFixture(t, "full.json")
		if _, err := db.Put(context.Background(), Entry{File: "full.pdf", SHA256: "s", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			terms []string
			kinds []string // kinds of the hits, any order
		}{
			{[]string{"调研"}, []string{"section", "section", "project"}},
			{[]string{"培训"}, []string{"section", "indicator"}},
			{[]string{"满意度"}, []string{"indicator"}},
			{[]string{"调研", "经费"}, []string{"project"}},
			{[]string{"预算"}, nil},
		}
		for _, tt := range tests {
			t.Run(strings.Join(tt.terms, "+"), func(t *testing.T) {
				hits, err := db.Search(context.Background(), tt.terms, 0)
				if err != nil {
					t.Fatal(err)
				}
				if got := kindsOf(hits); strings.Join(got, ",") != strings.Join(sorted(tt.kinds), ",") {
					t.Errorf("hits = %v, want %v", got, sorted(tt.kinds))
				}
				for _, h := range hits {
					if h.File != "full.pdf" || h.Year != d.Year || !strings.Contains(h.Snippet, "【"+tt.terms[0]+"】") {
						t.Errorf("hit %+v: wrong document or snippet", h)
					}
				}
			})
		}
	})
}

func TestSearch_QuerySyntaxIsQuoted(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		for _, q := range []string{`"`, `调研 OR`, `NEAR(`, `*`, `a:b`, `-x`, `^`} {
			if _, err := db.Search(context.Background(), []string{q}, 0); err != nil && !strings.Contains(err.Error(), "no searchable term") {
				t.Errorf("Search(%q): %v", q, err)
			}
		}
	})
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		text    string
		needles []string
		width   int
		want    string
	}{
		{"负责全市统计调研工作", []string{"调研"}, 2, "…统计【调研】工作"},
		{"调研", []string{"调研"}, 5, "【调研】"},
		{"一二三四五六", []string{"无"}, 2, "一二三四…"},
		{"甲乙\n丙丁", []string{"丙", "乙"}, 1, "甲【乙】 …"},
		{"abc", []string{""}, 5, "abc"},
	}
	for _, tt := range tests {
		if got := snippet(tt.text, tt.needles, tt.width); got != tt.want {
			t.Errorf("snippet(%q, %q, %d) = %q, want %q", tt.text, tt.needles, tt.width, got, tt.want)
		}
	}
}

func kindsOf(hits []Hit) []string {
	var k []string
	for _, h := range hits {
		k = append(k, h.Kind)
	}
	return sorted(k)
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// TestSearch_PhraseByDefault: a term is a phrase, its characters adjacent
// and in order (a line break inside a wrapped cell does not count); the
// same words apart do not match, unless given as separate terms; --any
// (Any) takes a hit with either term.
func TestSearch_PhraseByDefault(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d := &budgetpdf.Document{Schema: budgetpdf.Schema, Unit: budgetpdf.Unit{Name: "某街道"}, Year: 2024,
			Sections: []budgetpdf.Section{
				{Path: []string{"一、职责"}, Text: "组织开展社区公共服务工作"},
				{Path: []string{"二、项目"}, Text: "社区治理经费，用于公共卫生和便民服务"},
				{Path: []string{"三、说明"}, Text: "完善社区公共\n服务设施"},
				{Path: []string{"四、其他"}, Text: "开展职业技能培训"},
			}}
		raw, _ := json.Marshal(d)
		if _, err := db.Put(context.Background(), Entry{File: "a.pdf", SHA256: "s", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			terms []string
			any   bool
			want  []string // the sections' headings hit, in any order
		}{
			{[]string{"社区公共服务"}, false, []string{"一、职责", "三、说明"}},
			{[]string{"社区", "服务"}, false, []string{"一、职责", "二、项目", "三、说明"}},
			{[]string{"社区公共服务", "培训"}, false, nil},
			{[]string{"社区公共服务", "培训"}, true, []string{"一、职责", "三、说明", "四、其他"}},
			{[]string{"服务社区"}, false, nil},
		}
		for _, tt := range tests {
			hits, err := db.SearchWith(context.Background(), tt.terms, SearchOptions{Any: tt.any})
			if err != nil {
				t.Fatalf("%v: %v", tt.terms, err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, strings.SplitN(h.Text, "\n", 2)[0])
			}
			if strings.Join(sorted(got), ",") != strings.Join(sorted(tt.want), ",") {
				t.Errorf("%v any=%v: hits %v, want %v", tt.terms, tt.any, got, tt.want)
			}
		}
	})
}
