package diff

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// budgetPair is two years of one 一般公共预算支出表: 行政运行 up from 100 to
// 130 元 (项目支出 0 → 30), 其他司法支出 dropped, 社区矫正 new.
func budgetPair() (Report, Report) {
	old := docWith(2025, spending("元", line("2040601", "行政运行", 5, 100, 100, 0), line("2040699", "其他司法支出", 5, 20, blank, 20)))
	new := docWith(2026, spending("元", line("2040601", "行政运行", 6, 130, 100, 30), line("2040610", "社区矫正", 6, 5, blank, 5)))
	r := Compare(old, new, Options{})
	decoded := r
	decoded.groups, decoded.tables = nil, nil
	return r, decoded
}

// TestBudgetLinesInEveryFormat: the same budget-line changes show in text,
// JSON, CSV and HTML, aligned or decoded.
func TestBudgetLinesInEveryFormat(t *testing.T) {
	r, decoded := budgetPair()
	wants := map[string][]string{
		"text": {"typed: budget tables 1 → 1, lines 2 → 2", "Budget lines: 4 changes",
			"general_expenditure 一般公共预算支出表 (元; p5 → p6): 1 lines changed, 1 added, 1 removed, 0 unchanged",
			"    2040601 行政运行: 合计: 100 → 130 (+30, +30.0%)", "    2040601 行政运行: 项目支出: 0 → 30 (+30)",
			"    2040610 社区矫正: added (合计 5 元)", "    2040699 其他司法支出: removed (合计 20 元)"},
		"decoded text": {"  general_expenditure 2040601 行政运行: 合计: 100 → 130 (+30, +30.0%)"},
		"html": {"<td>2040601</td><td>行政运行</td><td>合计</td><td class=\"old hot\"><span>100</span></td><td class=\"new hot\">130</td><td class=\"notes\">&#43;30, &#43;30.0%</td>",
			"<tr class=\"added\"><td>2040610</td><td>社区矫正</td><td>合计</td><td class=\"old\"><span></span></td><td class=\"new\">5</td>",
			"<tr class=\"removed\"><td>2040699</td>", "<th>预算行 budget lines</th><td>2</td><td>2</td>"},
		"decoded html": {"<td>line_removed</td><td>general_expenditure</td><td>2040699 其他司法支出</td><td>removed (合计 20 元)</td>"},
	}
	render := map[string]func() string{
		"text":         func() string { var b bytes.Buffer; WriteText(&b, r); return b.String() },
		"decoded text": func() string { var b bytes.Buffer; WriteText(&b, decoded); return b.String() },
		"html":         func() string { var b bytes.Buffer; WriteHTML(&b, r, nil, nil); return b.String() },
		"decoded html": func() string { var b bytes.Buffer; WriteHTML(&b, decoded, nil, nil); return b.String() },
	}
	for name, ws := range wants {
		out := render[name]()
		for _, w := range ws {
			if !strings.Contains(out, w) {
				t.Errorf("%s lacks %q:\n%s", name, w, out)
			}
		}
	}

	var js bytes.Buffer
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		BudgetChanges []map[string]any `json:"budget_changes"`
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil || len(got.BudgetChanges) != 4 {
		t.Fatalf("JSON: %v, %d budget changes", err, len(got.BudgetChanges))
	}
	checkKeys(t, "budget change", got.BudgetChanges[0], "kind", "table", "title", "side", "code", "name", "column", "role",
		"from", "to", "money_unit", "old_page", "new_page")
	if c := got.BudgetChanges[0]; c["from"] != 100.0 || c["to"] != 130.0 || c["old_page"] != 5.0 {
		t.Errorf("JSON change %v", c)
	}

	var cs bytes.Buffer
	if err := WriteCSV(&cs, r); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	last := strings.Join(recs[len(recs)-1], ",")
	if want := "甲县司法局,2025,2026,line_removed,,,合计,20,,,,,,general_expenditure,2040699,其他司法支出,元,5,,"; last != want {
		t.Errorf("last CSV row\n%s\nwant\n%s", last, want)
	}
	if n := len(recs) - 1 - len(summaryRows(r)); n != 4 {
		t.Errorf("%d CSV change rows, want 4", n)
	}
}
