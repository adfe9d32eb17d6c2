package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/diff"
	"github.com/budgetpdf/budgetpdf/internal/shareddir"
	"github.com/budgetpdf/budgetpdf/store"
)

// runDiffCLI runs `budgetpdf diff ARGS` in process.
func runDiffCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"diff"}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

// change is the part of a diff.Change a test states (similarity is only
// checked against the threshold).
type change struct {
	kind                      diff.Kind
	project, indicator, field string
	from, to                  any
	direction                 string
}

func checkReport(t *testing.T, stdout string, want []change) {
	t.Helper()
	var r diff.Report
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("output is not a diff report: %v\n%s", err, stdout)
	}
	var got []change
	for _, c := range r.Changes {
		renamed := c.Kind == diff.ProjectRenamed || c.Kind == diff.IndicatorRenamed
		if renamed != (c.Similarity >= diff.DefaultThreshold) {
			t.Errorf("%s %s: similarity %v", c.Kind, c.Indicator, c.Similarity)
		}
		got = append(got, change{c.Kind, c.Project, c.Indicator, c.Field, c.From, c.To, c.Direction})
	}
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g != w {
		t.Errorf("changes differ\n got: %s\nwant: %s", strings.ReplaceAll(g, "} {", "}\n      {"), strings.ReplaceAll(w, "} {", "}\n      {"))
	}
}

// TestDiffPDFPair is the end-to-end check: two T1 forms printed by
// LibreOffice from testdata/diff/forest-*.html (see gen.py there), with
// known changes, extracted (in the watchdog child, as the command does)
// and compared.
func TestDiffPDFPair(t *testing.T) {
	oldPDF := filepath.Join("..", "..", "testdata", "diff", "forest-2023.pdf")
	newPDF := filepath.Join("..", "..", "testdata", "diff", "forest-2024.pdf")
	for _, p := range []string{oldPDF, newPDF} {
		if _, err := extractFile(t.Context(), p); err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
	}
	code, out, errOut := runDiffCLI(t, "--format", "json", oldPDF, newPDF)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	const fire, pest = "森林防火专项经费", "林业有害生物防治经费"
	checkReport(t, out, []change{
		{diff.BudgetChanged, fire, "", "total", 20.0, 28.0, ""},
		{diff.BudgetChanged, fire, "", "fiscal", 20.0, 28.0, ""},
		{diff.TargetChanged, fire, "开展防火巡查次数", "value", 120.0, 150.0, diff.Stricter},
		{diff.IndicatorRenamed, fire, "基层护林员培训人次", "", "培训基层护林员人次", "基层护林员培训人次", ""},
		{diff.TargetChanged, fire, "防火设施完好率", "value", 95.0, 90.0, diff.Looser},
		{diff.TargetChanged, fire, "火情处置响应时间", "value", 2.0, 3.0, diff.Looser},
		{diff.TargetChanged, fire, "宣传资料发放完成率", "value", 90.0, 95.0, diff.Stricter},
		{diff.TargetChanged, fire, "林区群众满意度", "op", "≥", "=", diff.Stricter},
		{diff.IndicatorRemoved, pest, "防治作业面积", "", nil, nil, ""},
		{diff.IndicatorAdded, pest, "疫情监测点位数量", "", nil, nil, ""},
		{diff.ProjectAdded, "国土绿化试点经费", "", "", nil, nil, ""},
		{diff.ProjectRemoved, "古树名木保护经费", "", "", nil, nil, ""},
	})
}

// twoYears is a small document pair: one target lowered, one indicator
// renamed with drift.
func twoYears(unit string) (old, new *budgetpdf.Document) {
	mk := func(year int, name string, v float64) *budgetpdf.Document {
		return &budgetpdf.Document{Schema: budgetpdf.Schema, Unit: budgetpdf.Unit{Name: unit}, Year: year,
			Source: budgetpdf.Source{File: fmt.Sprintf("%s-%d.pdf", unit, year)},
			Projects: []budgetpdf.Project{{Code: fmt.Sprintf("130225%dP0001", year), Name: "基层卫生人才培养",
				Budget: budgetpdf.Budget{Total: budgetpdf.Float(10)},
				Indicators: []budgetpdf.Indicator{
					{Level1: "产出指标", Level2: "数量指标", Name: name, Target: "500人次", Op: "=", Value: budgetpdf.Float(500), Unit: "人次"},
					{Level1: "产出指标", Level2: "质量指标", Name: "培训考核合格率", Target: fmt.Sprintf("≥%v%%", v), Op: "≥", Value: budgetpdf.Float(v), Unit: "%"},
				}}}}
	}
	return mk(2023, "培训基层卫生技术人员人次", 95), mk(2024, "基层卫生技术人员培训人次", 90)
}

var twoYearsChanges = []change{
	{diff.IndicatorRenamed, "基层卫生人才培养", "基层卫生技术人员培训人次", "", "培训基层卫生技术人员人次", "基层卫生技术人员培训人次", ""},
	{diff.TargetChanged, "基层卫生人才培养", "培训考核合格率", "value", 95.0, 90.0, diff.Looser},
}

func writeJSONFile(t *testing.T, dir, name string, v any) string {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDiffJSONFiles compares saved extract output, in every format.
func TestDiffJSONFiles(t *testing.T) {
	dir := t.TempDir()
	old, new := twoYears("乐亭县卫生健康局")
	a, b := writeJSONFile(t, dir, "a.json", old), writeJSONFile(t, dir, "b.JSON", new)
	code, out, errOut := runDiffCLI(t, "--format", "json", a, b)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	checkReport(t, out, twoYearsChanges)
	formats := map[string]string{
		"text": "2 changes: 1 projects changed",
		"csv":  "乐亭县卫生健康局,2023,2024,target_changed,基层卫生人才培养,培训考核合格率,value,95,90,-5,-5.3%,looser,",
		"html": "<!DOCTYPE html>",
	}
	for format, want := range formats {
		code, out, errOut := runDiffCLI(t, "--format", format, a, b)
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, %s\n%s", format, code, errOut, out)
		}
	}
}

func TestDiffBadInput(t *testing.T) {
	dir := t.TempDir()
	old, _ := twoYears("甲")
	good := writeJSONFile(t, dir, "good.json", old)
	notDoc := writeJSONFile(t, dir, "other.json", map[string]any{"schema": "something/v2"})
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(broken, []byte("{"), 0o644)
	notPDF := filepath.Join(dir, "page.pdf")
	os.WriteFile(notPDF, []byte("<html>not a pdf</html>"), 0o644)
	tests := []struct {
		name string
		args []string
	}{
		{"no files", nil},
		{"one file", []string{good}},
		{"unknown format", []string{"--format", "xml", good, good}},
		{"threshold out of range", []string{"--threshold", "1.5", good, good}},
		{"missing file", []string{good, filepath.Join(dir, "none.json")}},
		{"broken JSON", []string{good, broken}},
		{"another schema", []string{notDoc, good}},
		{"not a PDF", []string{good, notPDF}},
		{"--unit without --db", []string{"--unit", "甲", good, good}},
		{"--db with files", []string{"--db", "x.db", good, good}},
		{"--db without --unit or --all", []string{"--db", "x.db"}},
		{"--unit and --all", []string{"--db", "x.db", "--unit", "甲", "--all"}},
		{"--unit without years", []string{"--db", "x.db", "--unit", "甲", "--from", "2023"}},
		{"--all with one year", []string{"--db", "x.db", "--all", "--from", "2023"}},
		{"--all as html", []string{"--db", "x.db", "--all", "--format", "html"}},
		{"--kind without --db", []string{"--kind", "部门预算", good, good}},
		{"unknown kind", []string{"--db", "x.db", "--all", "--kind", "预算"}},
	}
	for _, tt := range tests {
		code, out, errOut := runDiffCLI(t, tt.args...)
		if code != exitBadInput || out != "" || errOut == "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", tt.name, code, out, errOut)
		}
	}
}

// TestDiffDB reads the documents from a database, for one unit and for
// --all, and leaves the database file untouched.
func TestDiffDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "budget.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*budgetpdf.Document
	for _, unit := range []string{"甲县卫生健康局", "乙县卫生健康局"} {
		old, new := twoYears(unit)
		docs = append(docs, old, new)
	}
	third, _ := twoYears("丙县卫生健康局") // 2023 only
	docs = append(docs, third)
	for _, d := range docs {
		sum := sha256.Sum256([]byte(d.Source.File))
		e := store.Entry{File: d.Source.File, SHA256: fmt.Sprintf("%x", sum), Doc: d}
		if _, err := db.Put(context.Background(), e, false); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	before := fileSum(t, path)

	code, out, errOut := runDiffCLI(t, "--db", path, "--unit", "甲县卫生健康局", "--from", "2023", "--to", "2024", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	checkReport(t, out, twoYearsChanges)

	for _, years := range [][]string{{"--from", "2023", "--to", "2024"}, nil} {
		args := append([]string{"--db", path, "--all", "--format", "json"}, years...)
		code, out, errOut = runDiffCLI(t, args...)
		var rs []diff.Report
		if code != exitOK || json.Unmarshal([]byte(out), &rs) != nil {
			t.Fatalf("--all %v: exit %d, %s\n%s", years, code, errOut, out)
		}
		units := map[string]bool{}
		for _, r := range rs {
			units[r.New.Unit] = len(r.Changes) == len(twoYearsChanges)
		}
		if len(rs) != 2 || !units["甲县卫生健康局"] || !units["乙县卫生健康局"] {
			t.Errorf("--all %v: got %d reports: %+v", years, len(rs), rs)
		}
	}

	code, _, errOut = runDiffCLI(t, "--db", path, "--unit", "丙县卫生健康局", "--from", "2023", "--to", "2024")
	if code != exitFailed || !strings.Contains(errOut, "2024") {
		t.Errorf("missing year: exit %d, %s", code, errOut)
	}
	if fileSum(t, path) != before {
		t.Errorf("diff --db changed the database file")
	}
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(raw)
}

// diffFixture is a document of testdata/diff (see the README there).
func diffFixture(name string) string { return filepath.Join("..", "..", "testdata", "diff", name) }

// TestDiffSaysWhatWasCompared: the two 司法局 2026 files (neither prints a
// target table) and 万里街道 2023 against the real 2024 PDF (which prints
// none) say so in every format.
func TestDiffSaysWhatWasCompared(t *testing.T) {
	justice := []string{diffFixture("justice-2026-dept.json"), diffFixture("justice-2026-unit.json")}
	wanli := []string{diffFixture("wanli-2023.json"), filepath.Join("..", "..", "testdata", "pdf", "real-wanli-2024.pdf")}
	const nothing = "no target tables printed — projects and indicators cannot be compared"
	const no2024 = "2024: no target tables printed — projects cannot be compared (every project of 2023 is listed as removed)"
	tests := []struct {
		name, format string
		files        []string
		wants        []string
	}{
		{"justice", "text", justice, []string{"compared: projects 0 → 0, indicators 0 → 0, department table no → no", "收入总计 96282213.44 → 86959408.34 元", nothing, "0 changes, and nothing compared"}},
		{"justice", "json", justice, []string{`"compared": {`, `"kind": "单位预算"`, `"income": 96282213.44`, nothing}},
		{"justice", "csv", justice, []string{",compared,,,projects,0,0,", nothing}},
		{"justice", "html", justice, []string{"<th>项目 projects</th><td>0</td><td>0</td>", nothing}},
		{"wanli", "text", wanli, []string{"compared: projects 5 → 0, indicators 10 → 0", no2024, "Removed (5): 2024 prints no target tables"}},
		{"wanli", "json", wanli, []string{`"projects": 5`, no2024, `"kind": "project_removed"`}},
		{"wanli", "csv", wanli, []string{",compared,,,projects,5,0,-5,", no2024}},
		{"wanli", "html", wanli, []string{no2024}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.format, func(t *testing.T) {
			code, out, errOut := runDiffCLI(t, append([]string{"--format", tt.format}, tt.files...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, w := range tt.wants {
				if !strings.Contains(out, w) {
					t.Errorf("missing %q in\n%s", w, out)
				}
			}
		})
	}
}

// TestDiffExitCode: --exit-code is diff(1)'s status; without it a
// comparison that ran exits 0.
func TestDiffExitCode(t *testing.T) {
	dir := t.TempDir()
	old, new := twoYears("甲县卫生健康局")
	a, b := writeJSONFile(t, dir, "a.json", old), writeJSONFile(t, dir, "b.json", new)
	justice := []string{diffFixture("justice-2026-dept.json"), diffFixture("justice-2026-unit.json")}
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"equal", []string{"--exit-code", a, a}, 0},
		{"changes", []string{"--exit-code", a, b}, 1},
		{"changes without the flag", []string{a, b}, 0},
		{"only removals, the other side printing no target table", []string{"--exit-code", diffFixture("wanli-2023.json"), filepath.Join("..", "..", "testdata", "pdf", "real-wanli-2024.pdf")}, 1},
		{"nothing compared is trouble, not equal", append([]string{"--exit-code"}, justice...), 2},
		{"nothing compared without the flag", justice, 0},
		{"a missing file", []string{"--exit-code", a, filepath.Join(dir, "none.json")}, 2},
		{"bad usage", []string{"--exit-code", a}, 2},
		{"a database that cannot be opened", []string{"--exit-code", "--db", filepath.Join(dir, "none.db"), "--all"}, 2},
		{"a database that cannot be opened, without the flag", []string{"--db", filepath.Join(dir, "none.db"), "--all"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDiffCLI(t, append([]string{"--format", "json"}, tt.args...)...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstderr: %s\nstdout: %.300s", code, tt.want, errOut, out)
			}
		})
	}
}

// TestDiffDBKinds: one unit and year stored as a 部门预算 and a 单位预算:
// --unit refuses to guess and lists them, --kind picks, --all pairs only
// like with like; a unit whose years are of different kinds is not paired.
func TestDiffDBKinds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "budget.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	const unit, other = "甲县卫生健康局", "乙县财政局"
	var docs []*budgetpdf.Document
	for _, kind := range []string{budgetpdf.KindDeptBudget, budgetpdf.KindUnitBudget} {
		old, new := twoYears(unit)
		for _, d := range []*budgetpdf.Document{old, new} {
			d.Kind = kind
			d.Source.File = fmt.Sprintf("%s-%d-%s.pdf", unit, d.Year, kind)
		}
		if kind == budgetpdf.KindUnitBudget { // the office's own tables: fewer changes
			new.Projects[0].Indicators = old.Projects[0].Indicators
		}
		docs = append(docs, old, new)
	}
	final, budget := twoYears(other) // a 2023 决算 and a 2024 预算
	final.Kind, budget.Kind = budgetpdf.KindDeptFinal, budgetpdf.KindDeptBudget
	docs = append(docs, final, budget)
	for _, d := range docs {
		sum := sha256.Sum256([]byte(d.Source.File))
		if _, err := db.Put(context.Background(), store.Entry{File: d.Source.File, SHA256: fmt.Sprintf("%x", sum), Doc: d}, false); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	code, out, errOut := runDiffCLI(t, "--db", path, "--unit", unit, "--from", "2023", "--to", "2024")
	if code != exitBadInput || out != "" {
		t.Errorf("ambiguous --unit: exit %d, stdout %q", code, out)
	}
	for _, w := range []string{"not guessed", "--kind 部门预算: 2023", "--kind 单位预算: 2024", "单位预算.pdf"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("ambiguous --unit: %q not in\n%s", w, errOut)
		}
	}

	for kind, changes := range map[string]int{budgetpdf.KindDeptBudget: len(twoYearsChanges), budgetpdf.KindUnitBudget: 0} {
		code, out, errOut := runDiffCLI(t, "--db", path, "--unit", unit, "--from", "2023", "--to", "2024", "--kind", kind, "--format", "json")
		var r diff.Report
		if code != exitOK || json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("--kind %s: exit %d, %s", kind, code, errOut)
		}
		if r.Old.Kind != kind || r.New.Kind != kind || len(r.Changes) != changes || !strings.Contains(r.New.File, kind) {
			t.Errorf("--kind %s: compared %s %s → %s %s (%s), %d changes, want %d", kind, r.Old.Kind, r.Old.File, r.New.Kind, r.New.File, r.New.File, len(r.Changes), changes)
		}
	}

	code, _, errOut = runDiffCLI(t, "--db", path, "--unit", other, "--from", "2023", "--to", "2024")
	if code != exitFailed || !strings.Contains(errOut, "different kinds are not compared") || !strings.Contains(errOut, "部门决算") {
		t.Errorf("a 决算 and a 预算: exit %d, %s", code, errOut)
	}
	code, _, errOut = runDiffCLI(t, "--db", path, "--unit", other, "--from", "2023", "--to", "2024", "--kind", "部门预算")
	if code != exitFailed || !strings.Contains(errOut, "no stored 部门预算 of 乙县财政局 for 2023") {
		t.Errorf("--kind missing for a year: exit %d, %s", code, errOut)
	}

	for _, tt := range []struct {
		args []string
		want []string // unit/kind of each report
	}{
		{[]string{"--from", "2023", "--to", "2024"}, []string{unit + "/单位预算", unit + "/部门预算"}},
		{nil, []string{unit + "/单位预算", unit + "/部门预算"}},
		{[]string{"--kind", "部门预算"}, []string{unit + "/部门预算"}},
		{[]string{"--kind", "none"}, nil},
	} {
		code, out, errOut := runDiffCLI(t, append([]string{"--db", path, "--all", "--format", "json"}, tt.args...)...)
		var rs []diff.Report
		if code != exitOK || json.Unmarshal([]byte(out), &rs) != nil {
			t.Fatalf("--all %v: exit %d, %s\n%s", tt.args, code, errOut, out)
		}
		var got []string
		for _, r := range rs {
			if r.Old.Kind != r.New.Kind {
				t.Errorf("--all %v paired a %s with a %s", tt.args, r.Old.Kind, r.New.Kind)
			}
			got = append(got, r.New.Unit+"/"+r.New.Kind)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("--all %v: %v, want %v", tt.args, got, tt.want)
		}
	}
}

// TestDiffRealJustice runs the two real 司法局 2026 PDFs when the shared
// files are here (not in -short runs): neither prints a target table, both
// print the budget tables, so their lines are compared (公共法律服务 is
// 6860000.00 on p12 of the 部门预算 and 1,160,000.00 on p11 of the 单位预算).
func TestDiffRealJustice(t *testing.T) {
	dir := shareddir.Path("real")
	if testing.Short() {
		t.Skip("extracts two real files")
	}
	dept, unit := filepath.Join(dir, "shpt_2026_justice_dept_budget.pdf"), filepath.Join(dir, "shpt_2026_justice_unit_budget.pdf")
	if _, err := os.Stat(dept); err != nil {
		t.Skipf("the shared real files are not here: %v", err)
	}
	code, out, errOut := runDiffCLI(t, "--exit-code", dept, unit)
	for _, w := range []string{"no target tables printed", "收入总计 96282213.44 → 86959408.34 元", "typed: budget tables 9 → 9",
		"expenditure 2026年预算单位支出预算总表 (元; p12–13 → p11–12)", "2040607 公共法律服务: 支出预算/合计: 6860000 → 1160000 (-5700000, -83.1%)"} {
		if !strings.Contains(out, w) {
			t.Errorf("missing %q", w)
		}
	}
	if code != 1 || strings.Contains(errOut, "nothing compared") {
		t.Errorf("exit %d\n%s\n%s", code, out, errOut)
	}
}

// TestDiff_ExitCode: with --exit-code, 1 when the documents differ and 0
// when they do not; without it, 0 either way.
func TestDiff_ExitCode(t *testing.T) {
	a := filepath.Join("..", "..", "store", "testdata", "dev-002.json")
	b := filepath.Join("..", "..", "store", "testdata", "dev-008.json")
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"diff", "--exit-code", a, b}, exitFailed},
		{[]string{"diff", a, b, "--exit-code", "--format", "json"}, exitFailed},
		{[]string{"diff", "--exit-code", a, a}, exitOK},
		{[]string{"diff", a, b}, exitOK},
	}
	for _, tt := range tests {
		if code, out, errOut := runCLI(tt.args...); code != tt.code || out == "" {
			t.Errorf("%q: exit %d (stderr %q), want %d and the report", tt.args, code, errOut, tt.code)
		}
	}
}
