package forms

import (
	"strings"
	"testing"
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
