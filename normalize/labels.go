package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels of a target form's header block, by meaning.
type label int

const (
	labelNone label = iota
	labelCode
	labelName
	labelTotal
	labelFiscal
	labelOther
	labelPurpose
	labelPlan
	labelGoal
	labelDepartment // 部门（单位）名称: the form is the department-wide table
	labelOtherInfo  // 主管部门, 实施单位, 项目类别 …: known, not mapped
)

// formLabels maps label texts (header keys: no spaces or parentheses) to
// meanings. A label may carry a prefix 其中： and a unit suffix （万元）.
var formLabels = map[string]label{
	"项目编码": labelCode, "项目代码": labelCode, "项目编号": labelCode,
	"项目名称": labelName,
	"预算数":  labelTotal, "年度资金总额": labelTotal, "项目资金总额": labelTotal, "资金总额": labelTotal,
	"预算金额": labelTotal, "年度预算数": labelTotal, "项目总金额": labelTotal, "预算资金": labelTotal, "年度预算": labelTotal,
	"财政资金": labelFiscal, "财政拨款": labelFiscal, "财政性资金": labelFiscal, "财政拨款资金": labelFiscal,
	"其他资金": labelOther, "其他来源资金": labelOther,
	"资金用途": labelPurpose, "预算规模及资金用途": labelPurpose, "项目概况": labelPurpose, "资金使用用途": labelPurpose,
	"资金支出计划": labelPlan, "资金支出计划%": labelPlan, "支出计划": labelPlan, "资金支出": labelPlan,
	"绩效目标": labelGoal, "年度绩效目标": labelGoal, "年度总体目标": labelGoal,
	"年度总体绩效目标": labelGoal, "项目绩效目标": labelGoal, "总体目标": labelGoal, "年度目标": labelGoal,
	"部门单位名称": labelDepartment, "部门名称": labelDepartment, "单位名称": labelDepartment,
	"主管部门": labelOtherInfo, "实施单位": labelOtherInfo, "项目类别": labelOtherInfo, "项目资金": labelOtherInfo,
	"项目资金万元": labelOtherInfo, "项目资金元": labelOtherInfo, "职责": labelOtherInfo, "部门职责": labelOtherInfo,
	"项目属性": labelOtherInfo, "项目期限": labelOtherInfo, "主管部门及代码": labelOtherInfo, "实施期限": labelOtherInfo,
}

var unitSuffix = regexp.MustCompile(`(万元|元|%|％)$`)

// formLabel recognises a header-block label.
func formLabel(text string) label {
	k := strings.TrimRight(headerKey(text), "：:")
	k = strings.TrimPrefix(k, "其中：")
	k = strings.TrimPrefix(k, "其中:")
	k = strings.TrimPrefix(k, "其中")
	if l, ok := formLabels[k]; ok {
		return l
	}
	if l, ok := formLabels[unitSuffix.ReplaceAllString(k, "")]; ok && l != labelName {
		return l
	}
	// A short label whose head word is 目标 is a goal (项目实施期目标,
	// 当年整体绩效目标).
	if n := utf8.RuneCountInString(k); n >= 4 && n <= 10 && strings.HasSuffix(k, "目标") && allHan(k) {
		return labelGoal
	}
	return labelNone
}

// moneyUnitOf returns the money unit a label declares, as in 项目资金（万元）.
func moneyUnitOf(text string) string {
	for _, u := range []string{"（万元）", "(万元)", "（元）", "(元)"} {
		if strings.Contains(text, u) {
			return strings.Trim(u, "（）()")
		}
	}
	return ""
}

var periodRe = regexp.MustCompile(`^(\d{1,2}月(底|末|份)?|[1-9]\d?[-—~至]\d{1,2}月|第?[一二三四1-4]季度(末|底)?|上半年|下半年|全年|年底|年末)$`)

// isPeriod recognises a spending-plan period heading (3月底, 第一季度 …).
func isPeriod(text string) bool { return periodRe.MatchString(headerKey(text)) }

// parseAmount reads a printed amount ("1,234.50"); ok is false for a blank
// or non-numeric cell.
func parseAmount(text string) (float64, bool) {
	s := strings.TrimSpace(strings.NewReplacer(",", "", "，", "", " ", "").Replace(text))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "万元"), "元")
	s = strings.TrimSuffix(s, "%")
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// allHan: every rune of s is a CJK ideograph.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}
