package normalize

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
	"github.com/budgetpdf/budgetpdf/layout"
)

func TestFormLabel(t *testing.T) {
	tests := map[string]forms.Label{
		"项目编码": forms.LabelCode, "项目名称": forms.LabelName, "预算数": forms.LabelTotal, "其中：财政资金": forms.LabelFiscal,
		"其中:财政拨款": forms.LabelFiscal, "其他资金": forms.LabelOther, "年度资金总额": forms.LabelTotal, "预算金额（万元）": forms.LabelTotal,
		"预算规模及资金用途": forms.LabelPurpose, "资金支出计划（%）": forms.LabelPlan, "绩效目标": forms.LabelGoal, "年度总体目标": forms.LabelGoal,
		"部门（单位）名称": forms.LabelDepartment, "主管部门": forms.LabelOtherInfo,
		"1.目标内容1": forms.LabelNone, "城乡医疗救助资金": forms.LabelNone, "212.00": forms.LabelNone,
	}
	for in, want := range tests {
		if got := forms.FormLabel(in); got != want {
			t.Errorf("formLabel(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestIsPeriod(t *testing.T) {
	for in, want := range map[string]bool{"3月底": true, "12月底": true, "第一季度": true, "上半年": true, "1-3月": true,
		"3月": true, "10.00": false, "预算数": false, "2024年12月31日前": false} {
		if got := forms.IsPeriod(in); got != want {
			t.Errorf("isPeriod(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"15.00", 15, true}, {"1,234.50", 1234.5, true}, {"0.00", 0, true}, {" 7.5 ", 7.5, true},
		{"31,214,205.80", 31214205.8, true}, {"", 0, false}, {"—", 0, false}, {"按时完成", 0, false},
	}
	for _, tt := range tests {
		got, ok := forms.ParseAmount(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseAmount(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCaptionsAndUnitLine(t *testing.T) {
	for in, want := range map[string]bool{
		"1.代表调研协调经费绩效目标表": true, "101002乐亭县人民代表大会常务委员会 单位：万元": true, "（2024年度）": true,
		"填报单位：XX县教育局 金额单位：元": true, "2024年部门收支总表": true,
		"一、总体绩效目标": false, "2023年是实施“十四五”规划的关键之年。": false,
	} {
		if got := forms.IsCaption(in); got != want {
			t.Errorf("forms.IsCaption(%q) = %v, want %v", in, got, want)
		}
	}
	m := forms.UnitLine.FindStringSubmatch("101002乐亭县人民代表大会常务委员会 单位：万元")
	if m == nil || m[1] != "101002" || m[2] != "乐亭县人民代表大会常务委员会" || m[4] != "万元" {
		t.Errorf("unit line = %q", m)
	}
}

func TestPageNumber(t *testing.T) {
	for in, want := range map[string]bool{"第1页": true, "- 3 -": true, "-12-": true, "7": true, "3/20": true,
		"第 2 页 共 9 页": true, "Page 4": true, "2024年": false, "一、总体目标": false} {
		if got := layout.PageNumber.MatchString(in); got != want {
			t.Errorf("pageNumber(%q) = %v, want %v", in, got, want)
		}
	}
}
