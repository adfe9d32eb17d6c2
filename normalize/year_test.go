package normalize

import (
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestYearFromBody(t *testing.T) {
	narrative := paras("2023年是实施“十四五”规划的关键之年。", "审议2022年决算，2022年度审计报告，2022年预算执行。")
	tests := []struct {
		name string
		doc  budgetpdf.Document
		want int
	}{
		{"project codes carry the year", budgetpdf.Document{Projects: []budgetpdf.Project{{Code: "13022523P00QK8310006H"}, {Code: "13022523P004BK410003A"}}}, 2023},
		{"the opening sentence names it", budgetpdf.Document{Sections: []budgetpdf.Section{{Text: "2024年是全面贯彻落实党的二十大精神的开局之年。"}}}, 2024},
		{"else the year named most often", budgetpdf.Document{}, 2022},
	}
	for _, tt := range tests {
		if got := yearFromBody(&tt.doc, narrative); got != tt.want {
			t.Errorf("%s: year %d, want %d", tt.name, got, tt.want)
		}
	}
}
