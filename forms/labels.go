package forms

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels of a target form's header block, by meaning.
type Label int

const (
	LabelNone Label = iota
	LabelCode
	LabelName
	LabelTotal
	LabelFiscal
	LabelOther
	LabelPurpose
	LabelPlan
	LabelGoal
	LabelDepartment // 部门（单位）名称: the form is the department-wide table
	LabelOtherInfo  // 主管部门, 实施单位, 项目类别 …: known, not mapped
)

// FormLabels maps label texts (header keys: no spaces or parentheses) to
// meanings. A label may carry a prefix 其中： and a unit suffix （万元）.
var FormLabels = map[string]Label{
	"项目编码": LabelCode, "项目代码": LabelCode, "项目编号": LabelCode,
	"项目名称": LabelName,
	"预算数":  LabelTotal, "年度资金总额": LabelTotal, "项目资金总额": LabelTotal, "资金总额": LabelTotal,
	"预算金额": LabelTotal, "年度预算数": LabelTotal, "项目总金额": LabelTotal, "预算资金": LabelTotal, "年度预算": LabelTotal, "当年预算": LabelTotal,
	"财政资金": LabelFiscal, "财政拨款": LabelFiscal, "财政性资金": LabelFiscal, "财政拨款资金": LabelFiscal,
	"其他资金": LabelOther, "其他来源资金": LabelOther,
	"资金用途": LabelPurpose, "预算规模及资金用途": LabelPurpose, "项目概况": LabelPurpose, "资金使用用途": LabelPurpose,
	"资金支出计划": LabelPlan, "资金支出计划%": LabelPlan, "支出计划": LabelPlan, "资金支出": LabelPlan,
	"绩效目标": LabelGoal, "年度绩效目标": LabelGoal, "年度总体目标": LabelGoal,
	"年度总体绩效目标": LabelGoal, "项目绩效目标": LabelGoal, "总体目标": LabelGoal, "年度目标": LabelGoal,
	"部门单位名称": LabelDepartment, "部门名称": LabelDepartment, "单位名称": LabelDepartment,
	"主管部门": LabelOtherInfo, "实施单位": LabelOtherInfo, "项目类别": LabelOtherInfo, "项目资金": LabelOtherInfo,
	"项目资金万元": LabelOtherInfo, "项目资金元": LabelOtherInfo, "职责": LabelOtherInfo, "部门职责": LabelOtherInfo,
	"项目属性": LabelOtherInfo, "项目期限": LabelOtherInfo, "主管部门及代码": LabelOtherInfo, "实施期限": LabelOtherInfo,
}

// labelHeads are the head words of header-block labels, for wordings the
// exact list lacks; the longer word first.
var labelHeads = []struct {
	word  string
	label Label
}{
	{"目标", LabelGoal}, {"资金总额", LabelTotal}, {"总额", LabelTotal},
	{"财政拨款", LabelFiscal}, {"财政资金", LabelFiscal}, {"其他资金", LabelOther},
	// the funds a form is about are named like a project (转移支付名称,
	// 专项资金名称); a task's name (任务名称) is a department table's row
	{"支付名称", LabelName}, {"资金名称", LabelName}, {"金额", LabelTotal},
}

var unitSuffix = regexp.MustCompile(`(万元|元|%|％)$`)

// FormLabel recognises a header-block label.
func FormLabel(text string) Label {
	k := labelKey(HeaderKey(text))
	if l, ok := FormLabels[k]; ok {
		return l
	}
	if l, ok := FormLabels[unitSuffix.ReplaceAllString(k, "")]; ok && l != LabelName {
		return l
	}
	// A short label whose head word is 目标 is a goal (项目实施期目标,
	// 当年整体绩效目标).
	if n := utf8.RuneCountInString(k); n >= 4 && n <= 10 && strings.HasSuffix(k, "目标") && allHan(k) {
		return LabelGoal
	}
	return LabelNone
}

// labelKey is a header key as a label reads: no trailing colon, no 其中
// (其中：财政拨款 is the 财政拨款 label).
func labelKey(k string) string {
	k = strings.TrimRight(k, "：:")
	if rest, ok := strings.CutPrefix(k, "其中"); ok {
		k = strings.TrimLeft(rest, "：:")
	}
	return k
}

// cellLabel recognises the label of a header-block cell: a known wording,
// else a short label by its head word (实施期资金总额 is a total). The text
// producer, which splits run-together lines, uses FormLabel alone: a head
// word there would glue a name to the label after it.
func cellLabel(text string) Label {
	if l := FormLabel(text); l != LabelNone {
		return l
	}
	for _, reading := range headerReadings(text) { // 预期目标（年初设定） is a 目标
		k := labelKey(reading)
		if n := utf8.RuneCountInString(k); n >= 3 && n <= 10 && allHan(k) {
			for _, h := range labelHeads {
				if strings.HasSuffix(k, h.word) && n > utf8.RuneCountInString(h.word) {
					return h.label
				}
			}
		}
	}
	return LabelNone
}

// MoneyUnitOf returns the money unit a label declares, as in 项目资金（万元）.
func MoneyUnitOf(text string) string {
	for _, u := range []string{"（万元）", "(万元)", "（元）", "(元)"} {
		if strings.Contains(text, u) {
			return strings.Trim(u, "（）()")
		}
	}
	return ""
}

var periodRe = regexp.MustCompile(`^(\d{1,2}月(底|末|份)?|[1-9]\d?[-—~至]\d{1,2}月|第?[一二三四1-4]季度(末|底)?|上半年|下半年|全年|年底|年末)$`)

// IsPeriod recognises a spending-plan period heading (3月底, 第一季度 …).
func IsPeriod(text string) bool { return periodRe.MatchString(HeaderKey(text)) }

// ParseAmount reads a printed amount ("1,234.50"); ok is false for a blank
// or non-Numeric cell.
func ParseAmount(text string) (float64, bool) {
	// Three ReplaceAll, not a strings.NewReplacer per call: building that
	// replacer was 2 % of an extraction's CPU; none of the three overlaps
	// another, so the result is the same.
	s := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(text, ",", ""), "，", ""), " ", "")
	s = strings.TrimSpace(s)
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
