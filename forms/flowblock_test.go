package forms

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/layout"
)

func TestBudgetBySum(t *testing.T) {
	labels := map[Label]string{LabelTotal: "预算数", LabelFiscal: "财政资金", LabelOther: "其他资金"}
	tests := []struct{ amounts, want []string }{
		{[]string{"237.50", "118.75", "118.75"}, []string{"237.50", "118.75", "118.75"}},
		{[]string{"41.00", "82.00", "41.00"}, []string{"82.00", "41.00", "41.00"}},
		{[]string{"16.88", "5.62", "22.50"}, []string{"22.50", "16.88", "5.62"}},
		{[]string{"15.00", "15.00"}, []string{"15.00", "15.00", ""}},
		{[]string{"338.97", "338.97", "0.00"}, []string{"338.97", "338.97", "0.00"}},
	}
	for _, tt := range tests {
		hb := headerBlock{labels: labels, amounts: tt.amounts}
		b := hb.budget()
		got := []string{b[LabelTotal], b[LabelFiscal], b[LabelOther]}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%v: got %v, want %v", tt.amounts, got, tt.want)
		}
	}
}

// A flow block reads by what each piece is, whatever the order plain text
// printed it in, and --layout says what it was read as.
func TestFlowBlock(t *testing.T) {
	g := layout.GridOfTexts(3, [][]string{
		{"单位：万元"}, {"61053024P000MB4740734"}, {"预算数"}, {"82.00"}, {"项目名称"}, {"水污染防治专项资金"},
		{"其中：财政资金"}, {"41.00"}, {"其他资金"}, {"41.00"}, {"绩效目标"}, {"通过实施水污染防治专项资金，全面加强生态环境宣传。"},
	})
	g.Flow = true
	var fp Parser
	fp.AddGrid(g)
	projects, _, _ := fp.Finish()
	if len(projects) != 1 || projects[0].Name != "水污染防治专项资金" || projects[0].Budget.Total == nil || *projects[0].Budget.Total != 82 ||
		!strings.HasPrefix(projects[0].Goal, "通过实施") {
		t.Fatalf("projects = %+v", projects)
	}
	if d := DescribeTable(g); !strings.Contains(d, `name "水污染防治专项资金"`) || !strings.Contains(d, "budget 82.00/41.00/41.00") {
		t.Errorf("DescribeTable = %s", d)
	}
}
