package normalize

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/narrative"
)

// updating reports the package's -update flag (shared with the PDF golden
// test), false when the flag is not defined.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func textDocument(t testing.TB, path string) *budgetpdf.Document {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return Text(data, budgetpdf.Source{File: filepath.Base(path), SHA256: hex.EncodeToString(sum[:])})
}

// TestTextGoldenSample pins the bundled real sample (pdftotext output of a
// Hebei disclosure, no form feeds) as a whole document. Run with -update to
// rewrite the golden file after an intended change; read its diff.
func TestTextGoldenSample(t *testing.T) {
	path := filepath.Join("..", "testdata", "leting-renda-2023-targets.txt")
	got, err := json.MarshalIndent(textDocument(t, path), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "text", "leting-renda-2023-targets.golden.json")
	if updating() {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
		t.Errorf("document differs from %s; run with -update and read the diff", golden)
	}
}

// TestTextSampleFacts states what the sample must give, independently of
// the golden file: its four projects with their budgets, every indicator
// with a parsed target, and the narrative items 1–18 under their headings.
func TestTextSampleFacts(t *testing.T) {
	doc := textDocument(t, filepath.Join("..", "testdata", "leting-renda-2023-targets.txt"))
	want := []struct {
		name  string
		total float64
		n     int
	}{{"代表调研协调经费", 15, 6}, {"人大代表工作及培训经费", 15, 6}, {"人代会经费", 40, 6}, {"视察与监督经费", 7.5, 6}}
	if len(doc.Projects) != len(want) {
		t.Fatalf("%d projects, want %d", len(doc.Projects), len(want))
	}
	for i, w := range want {
		p := doc.Projects[i]
		if p.Name != w.name || p.Budget.Total == nil || *p.Budget.Total != w.total || len(p.Indicators) != w.n {
			t.Errorf("project %d: %q total %v with %d indicators, want %q %v with %d", i, p.Name, p.Budget.Total, len(p.Indicators), w.name, w.total, w.n)
		}
		if len(p.Plan) != 4 || p.Goal == "" || p.Purpose == "" || len(p.Pages) != 0 {
			t.Errorf("project %d: plan %v goal %q purpose %q pages %v", i, p.Plan, p.Goal, p.Purpose, p.Pages)
		}
		for _, ind := range p.Indicators {
			if ind.Op == "" || ind.Value == nil || ind.Level1 == "" || ind.Level2 == "" || ind.Name == "" || ind.Page != 0 {
				t.Errorf("project %d: indicator %+v not fully read", i, ind)
			}
		}
	}
	items := 0
	for _, s := range doc.Sections {
		last := s.Path[len(s.Path)-1]
		if narrative.IsHeadingStart(last) && !narrative.IsOutlineStart(last) && len(s.Path) == 4 && strings.HasPrefix(s.Path[0], "第一部分") {
			items++
		}
	}
	if items != 18 {
		t.Errorf("%d numbered items under their headings, want 18", items)
	}
	if doc.Unit.Code != "101002" || doc.MoneyUnit != "万元" || doc.Source.Pages != 0 {
		t.Errorf("unit %+v money %q pages %d", doc.Unit, doc.MoneyUnit, doc.Source.Pages)
	}
}

func TestIsText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"pdftotext output", "第一部分 部门整体绩效目标\n一、总体绩效目标\n", true},
		{"with BOM and CRLF", "\xef\xbb\xbf项目名称\r\n代表调研协调经费\r\n", true},
		{"form feeds", "1.目标\f2.目标\f", true},
		{"empty", "", false},
		{"blank", " \n\t\n", false},
		{"HTML error page", "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head></html>", false},
		{"HTML without doctype", "  <html><body>预算</body></html>", false},
		{"invalid UTF-8 (GBK bytes)", "\xcf\xee\xc4\xbf\xc3\xfb\xb3\xc6", false},
		{"NUL bytes", "abc\x00def", false},
		{"digits only", "123 456", false},
	}
	for _, tt := range tests {
		if got := IsText([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: IsText = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTextPagesFromFormFeeds: pages split at form feeds, page fields come
// from their count, and page furniture is gone.
func TestTextPagesFromFormFeeds(t *testing.T) {
	in := "某某县财政局 2024 年部门预算\n\n第一部分 概况\n一、主要职责\n负责全县财政工作，统筹推进预算管理制度改革，\n加强财政资金监管。\n\n-1-\n\f" +
		"某某县财政局 2024 年部门预算\n\n二、机构设置\n本局内设办公室、预算股、国库股、综合股等机构，\n下属单位两个。\n\n-2-\n\f"
	doc := Text([]byte(in), budgetpdf.Source{})
	if doc.Source.Pages != 2 {
		t.Errorf("pages %d, want 2", doc.Source.Pages)
	}
	if len(doc.Sections) != 2 || doc.Sections[0].Page != 1 || doc.Sections[1].Page != 2 {
		t.Fatalf("sections %+v", doc.Sections)
	}
	if doc.Sections[1].Text != "本局内设办公室、预算股、国库股、综合股等机构，下属单位两个。" {
		t.Errorf("running header or page number left in text: %q", doc.Sections[1].Text)
	}
	if doc.Year != 2024 || doc.Unit.Name != "某某县财政局" {
		t.Errorf("year %d unit %q", doc.Year, doc.Unit.Name)
	}
}

// TestTextHubeiForm: a form without a level-2 column (Hubei 绩效目标申报表:
// the 二级指标 column names the indicator) is cut into rows by its targets.
func TestTextHubeiForm(t *testing.T) {
	in := strings.Join([]string{"2024年度项目绩效目标申报表", "单位：万元", "项目名称 乡村道路养护", "项目类别 专项业务费",
		"预算金额（万元） 50.00", "绩效目标 完成全县乡村道路日常养护，保障道路安全畅通。", "一级指标 二级指标 绩效标准 当年预期实现值",
		"产出指标", "养护里程", "完成年度养护任务", "≥120公里", "道路完好率", "养护质量达标", "≥95%",
		"效益指标", "群众出行满意度", "满意度调查", "≥90%"}, "\n")
	doc := Text([]byte(in), budgetpdf.Source{})
	if len(doc.Projects) != 1 {
		t.Fatalf("%d projects", len(doc.Projects))
	}
	p := doc.Projects[0]
	var got []string
	for _, ind := range p.Indicators {
		got = append(got, ind.Level1+"/"+ind.Level2+"/"+ind.Name+"/"+ind.Target+"/"+ind.Extra["绩效标准"])
	}
	want := "产出指标//养护里程/≥120公里/完成年度养护任务 产出指标//道路完好率/≥95%/养护质量达标 效益指标//群众出行满意度/≥90%/满意度调查"
	if strings.Join(got, " ") != want || p.Budget.Total == nil || *p.Budget.Total != 50 || p.Goal == "" {
		t.Errorf("got %q total %v goal %q", strings.Join(got, " "), p.Budget.Total, p.Goal)
	}
}
