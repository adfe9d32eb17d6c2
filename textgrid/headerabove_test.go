package textgrid

import (
	"os"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// TestHeaderWordAbove: -layout prints a header cell that wraps over more
// lines than the others with its first line above the header row
// (分值权重 / （90分） beside 一级指标 … 指标值, 西安司法 2026 p50). The word
// is a column of the table: the targets stay apart from the weights.
func TestHeaderWordAbove(t *testing.T) {
	data, err := os.ReadFile("testdata/xian-sifa-2026-p50-layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	var header []string
	var targets, weights []string
	for _, it := range Read(data).Items {
		g := it.Grid
		if g == nil || g.NumRows() < 2 {
			continue
		}
		rows := g.Rows()
		cm, ok := forms.MapHeader(rows[0])
		if !ok {
			continue
		}
		header = rows[0]
		tc, wc := cm.Col(forms.RoleTarget), -1
		for c, h := range rows[0] {
			if strings.Contains(h, "分值权重") {
				wc = c
			}
		}
		for _, r := range rows[1:] {
			if tc >= 0 {
				targets = append(targets, r[tc])
			}
			if wc >= 0 {
				weights = append(weights, r[wc])
			}
		}
	}
	if !strings.Contains(strings.Join(header, "|"), "分值权重（90分）") {
		t.Errorf("header %q lacks 分值权重（90分）", header)
	}
	want := []string{"≤500", "400", "≥1000", "≥90", "≤60", "≥40000", "≥90%"}
	if strings.Join(targets, " ") != strings.Join(want, " ") {
		t.Errorf("header %q: targets %q, want %q", header, targets, want)
	}
	if got := strings.Join(weights, " "); got != "5 5 10 20 10 30 10" {
		t.Errorf("weights %q", weights)
	}
}
