package target

import "strings"

// baseUnits are the measure words and units printed after a target's number.
var baseUnits = toSet(
	// counts
	"次", "项", "个", "人", "天", "日", "月", "年", "周", "季度", "小时", "分钟", "秒", "户", "场", "处",
	"份", "件", "台", "套", "所", "家", "辆", "座", "间", "条", "本", "册", "张", "篇", "期", "批",
	"宗", "棵", "株", "头", "只", "名", "位", "类", "种", "部", "块", "组", "支", "床", "村", "镇",
	"乡", "班", "课时", "学时", "节", "门", "盏", "例", "首", "集", "部门", "单位", "轮", "届", "站",
	"点", "册", "副", "双", "对", "箱", "袋", "瓶", "盒", "车", "艘", "架", "栋", "幢", "层", "平",
	"工作日", "人日", "家次", "项次", "批次", "场次", "班次", "期次", "课次",
	// money
	"元", "万元", "亿元", "千元",
	// measures
	"亩", "公顷", "公里", "千米", "米", "厘米", "毫米", "平方米", "平方公里", "平方千米", "立方米", "立方",
	"吨", "千克", "公斤", "斤", "克", "升", "毫升", "千瓦", "千瓦时", "兆瓦", "度电", "百分点",
	"km", "m", "m2", "m²", "m3", "m³", "㎡", "kg", "t", "kW", "kWh", "MW", "GB", "TB", "h",
)

// magnitudePrefixes scale a base unit: 万人, 亿元, 个工作日, 个百分点.
var magnitudePrefixes = []string{"万", "亿", "千", "百万", "个"}

// isUnit reports a known unit, possibly scaled (万亩), counted per person or
// per time (人次, 户次), or a rate of two units (万元/人次, 次/年).
func isUnit(s string) bool {
	num, den, ratio := strings.Cut(s, "/")
	if ratio {
		return isUnitAtom(num) && isUnitAtom(den)
	}
	return isUnitAtom(s)
}

func isUnitAtom(s string) bool {
	if baseUnits[s] {
		return true
	}
	if base, ok := strings.CutSuffix(s, "次"); ok && baseUnits[base] {
		return true // 人次, 户次, 车次, 架次
	}
	for _, p := range magnitudePrefixes {
		if base, ok := strings.CutPrefix(s, p); ok && base != "" && isUnitAtom(base) {
			return true
		}
	}
	return false
}

func toSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}
