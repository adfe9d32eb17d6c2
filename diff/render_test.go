package diff

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestWriteJSON checks the budgetpdf-diff/v1 shape: exactly the contract's
// keys, numbers as numbers, plans as lists, nulls for added / removed.
func TestWriteJSON(t *testing.T) {
	old, new := t1Pair(t)
	r := Compare(old, new, Options{})
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	checkKeys(t, "top", got, "schema", "old", "new", "compared", "changes", "budget_changes")
	checkKeys(t, "old", got["old"].(map[string]any), "file", "unit", "year", "kind")
	cmp := got["compared"].(map[string]any)
	checkKeys(t, "compared", cmp, "old", "new", "projects", "department", "budget_tables", "notes")
	checkKeys(t, "compared side", cmp["old"].(map[string]any), "year", "kind", "projects", "indicators", "department", "totals", "budget_tables", "budget_lines")
	if got["schema"] != Schema || got["new"].(map[string]any)["year"] != 2025.0 {
		t.Errorf("header: %v %v", got["schema"], got["new"])
	}
	changes := got["changes"].([]any)
	if len(changes) != len(r.Changes) {
		t.Fatalf("%d changes in JSON, %d in report", len(changes), len(r.Changes))
	}
	seen := map[string]bool{}
	for _, c := range changes {
		m := c.(map[string]any)
		checkKeys(t, "change", m, "kind", "project", "indicator", "field", "from", "to", "direction", "similarity")
		kind := m["kind"].(string)
		switch kind {
		case "budget_changed":
			_, ok1 := m["from"].(float64)
			_, ok2 := m["to"].(float64)
			seen["number"] = ok1 && ok2
		case "plan_changed":
			step := m["to"].([]any)[0].(map[string]any)
			checkKeys(t, "plan step", step, "period", "value")
			seen["plan"] = true
		case "project_added", "indicator_removed":
			seen["null"] = m["from"] == nil && m["to"] == nil && m["field"] == ""
		}
	}
	for _, k := range []string{"number", "plan", "null"} {
		if !seen[k] {
			t.Errorf("no %s change seen as the contract says", k)
		}
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	d := load(t, "dev-007.json")
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Compare(d, d, Options{})); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"changes": []`) {
		t.Errorf("empty changes not []:\n%s", buf.String())
	}
}

func checkKeys(t *testing.T, what string, m map[string]any, keys ...string) {
	t.Helper()
	var got []string
	for k := range m {
		got = append(got, k)
	}
	slices.Sort(got)
	keys = slices.Sorted(slices.Values(keys))
	if !slices.Equal(got, keys) {
		t.Errorf("%s keys = %v, want %v", what, got, keys)
	}
}

func TestWriteCSV(t *testing.T) {
	old, new := t1Pair(t)
	r := Compare(old, new, Options{})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(summaryRows(r))+len(r.Changes) || !slices.Equal(recs[0], csvHeader) {
		t.Fatalf("%d rows, header %v", len(recs), recs[0])
	}
	want := map[string][]string{ // kind/indicator/field → from, to, change, change_pct, direction
		"budget_changed//total":      {"49.5", "69.3", "+19.8", "+40.0%", ""},
		"target_changed/河长参训率/value": {"86", "80", "-6", "-7.0%", "looser"},
		"compared//projects":         {"4", "4", "+0", "+0.0%", ""}, // 3 matched, 1 removed / 1 added
		"plan_changed//plan":         {"3月底 9.87, 6月底 21.47, 10月底 30.91, 12月底 49.5", "3月底 12, 6月底 21.47, 10月底 30.91, 12月底 49.5", "", "", ""},
	}
	for _, rec := range recs[1:] {
		if !slices.Equal(rec[:3], []string{"西德县水利局", "2024", "2025"}) {
			t.Errorf("row %v: unit and years wrong", rec)
		}
		rec = rec[3:]
		if w, ok := want[rec[0]+"/"+rec[2]+"/"+rec[3]]; ok {
			if !slices.Equal(rec[4:9], w) {
				t.Errorf("%v: got %v, want %v", rec[:4], rec[4:9], w)
			}
			delete(want, rec[0]+"/"+rec[2]+"/"+rec[3])
		}
	}
	if len(want) > 0 {
		t.Errorf("rows not found: %v", want)
	}
}

// TestWriteText checks the terminal report's order and counts.
func TestWriteText(t *testing.T) {
	old, new := t1Pair(t)
	var buf bytes.Buffer
	if err := WriteText(&buf, Compare(old, new, Options{})); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	wants := []string{
		"西德县水利局 2024 (dev-004.pdf) → 西德县水利局 2025 (dev-004-next.pdf)",
		"19 changes: 3 projects changed, 0 unchanged, 1 added, 1 removed",
		"Changed (3)",
		"  河湖长制工作经费 (7)",
		"    budget changed total: 49.5 → 69.3 (+19.8, +40.0%)",
		"    河长参训率: target changed value: 86 → 80 (-6, -7.0%) [looser]",
		"    水资源监测开展次数: indicator renamed from 开展水资源监测次数 (similarity",
		"    河道清淤完成时间: target changed target: 年内完成 → ≤30天",
		"Added (1)\n  水土保持监测经费",
		"Removed (1)\n  防汛抗旱专项经费",
	}
	last := -1
	for _, w := range wants {
		k := strings.Index(out, w)
		if k < 0 || k < last {
			t.Errorf("missing or out of order: %q\n%s", w, out)
		}
		last = k
	}
}
