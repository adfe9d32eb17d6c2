package forms

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestMapHeader(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		ok    bool
		roles []Role
	}{
		{"Hebei T1", []string{"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"}, true,
			[]Role{RoleLevel1, RoleLevel2, RoleName, RoleDescription, RoleTarget, RoleBasis}},
		{"Hunan T2", []string{"一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评（扣）分标准", "备注"}, true,
			[]Role{RoleLevel1, RoleLevel2, RoleName, RoleSign, RoleTarget, RoleUnit, RoleDescription, RoleExtra, RoleExtra}},
		{"central T3 with merged label column", []string{"绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"}, true,
			[]Role{RoleLabel, RoleLevel1, RoleLevel2, RoleName, RoleSign, RoleTarget, RoleUnit}},
		{"Hubei T4: the 二级指标 column names the indicator", []string{"一级指标", "二级指标", "绩效标准", "当年预期实现值"}, true,
			[]Role{RoleLevel1, RoleName, RoleExtra, RoleTarget}},
		{"spaced and full-width headers", []string{"一级 指标", "二级指标", "三 级 指 标", "指标值"}, true,
			[]Role{RoleLevel1, RoleLevel2, RoleName, RoleTarget}},
		{"a budget table is not an indicator header", []string{"项目", "预算数", "项目", "预算数"}, false, nil},
		{"a header block row is not an indicator header", []string{"项目编码", "1302", "项目名称", "经费"}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := MapHeader(tt.cells)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			for i, r := range tt.roles {
				if m.Roles[i] != r {
					t.Errorf("column %d %q: role %d, want %d", i, tt.cells[i], m.Roles[i], r)
				}
			}
		})
	}
}

func TestComposeTarget(t *testing.T) {
	tests := []struct{ sign, value, unit, want string }{
		{"≥", "5900", "份", "≥5900份"},
		{"=", "5", "场", "5场"},  // = adds nothing
		{"定性", "优良", "", "优良"}, // qualitative
		{"", "≥80百分比", "", "≥80百分比"},
		{"≤", "", "天", ""}, // no value, no target
	}
	for _, tt := range tests {
		if got := composeTarget(tt.sign, tt.value, tt.unit); got != tt.want {
			t.Errorf("composeTarget(%q, %q, %q) = %q, want %q", tt.sign, tt.value, tt.unit, got, tt.want)
		}
	}
}

func TestColumnGuessedWarning(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(2, [][]string{
		{"一级指标", "二级指标", "三级指标", "指标值", "指标值"},
		{"产出指标", "数量指标", "培训次数", "4次", "5次"},
	}))
	fp.Finish()
	n := 0
	for _, w := range fp.Warnings {
		if w.Code == budgetpdf.WarnColumnGuessed {
			n++
			if w.Page != 2 || !strings.Contains(w.Message, "指标值") {
				t.Errorf("warning = %+v", w)
			}
		}
	}
	if n != 1 {
		t.Errorf("column_guessed warnings = %d, want 1 (two 指标值 columns weigh the same): %+v", n, fp.Warnings)
	}
	var clear Parser
	clear.AddGrid(testGrid(2, [][]string{
		{"一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"},
		{"产出指标", "数量指标", "培训次数", "8次", "4次"},
	}))
	clear.Finish()
	for _, w := range clear.Warnings {
		if w.Code == budgetpdf.WarnColumnGuessed {
			t.Errorf("年度指标值 over 实施周期指标值 is no guess: %+v", w)
		}
	}
}

// TestCellLabel: a header-block cell is a label by its wording or, for
// wordings no list holds, by its head word; a task's or an indicator's
// name is none of the form's labels.
func TestCellLabel(t *testing.T) {
	tests := []struct {
		text string
		want Label
	}{
		{"项目名称", LabelName},
		{"转移支付名称", LabelName},
		{"专项资金名称", LabelName},
		{"任务名称", LabelNone},
		{"指标名称", LabelNone},
		{"年度金额：", LabelTotal},
		{"实施期资金总额：", LabelTotal},
		{"其中：中央财政资金", LabelFiscal},
		{"预期目标（年初设定）", LabelGoal},
		{"单位名称", LabelDepartment},
		{"主管部门", LabelOtherInfo},
	}
	for _, tt := range tests {
		if got := cellLabel(tt.text); got != tt.want {
			t.Errorf("cellLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestIsCaption: the lines of a table's caption block, and lines that are
// none.
func TestIsCaption(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"收支总表", true},
		{"一般公共预算支出表（按支出功能分类科目）", true},
		{"2022年部门综合预算政府性基金收支表（不含上年结转）", true},
		{"部门（单位）：烟台市交通运输局", true},
		{"编制部门：西安市卫生健康委员会（汇总）", true},
		{"单位：万元", true},
		{"公开01表", true},
		{"附表2-1", true},
		{"（2024年度）", true},
		{"本单位共有项目如下。", false},
		{"一、部门主要职责", false},
		{"详见附表（按功能分类）说明如下，共计三项内容", false},
	}
	for _, tt := range tests {
		if got := IsCaption(tt.text); got != tt.want {
			t.Errorf("IsCaption(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
