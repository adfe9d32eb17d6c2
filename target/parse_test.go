package target

import (
	"fmt"
	"strings"
	"testing"
)

// want builds an expected Result; op "" means qualitative.
func want(op string, value float64, unit string) Result {
	if op == "" {
		return Result{}
	}
	return Result{Op: op, Value: &value, Unit: unit}
}

func (r Result) String() string {
	if r.Value == nil {
		return fmt.Sprintf("{%q nil %q}", r.Op, r.Unit)
	}
	return fmt.Sprintf("{%q %v %q}", r.Op, *r.Value, r.Unit)
}

func equal(a, b Result) bool {
	if a.Op != b.Op || a.Unit != b.Unit || (a.Value == nil) != (b.Value == nil) {
		return false
	}
	return a.Value == nil || *a.Value == *b.Value
}

type parseCase struct {
	printed, name string
	want          Result
}

func runParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		if got := Parse(tc.printed, tc.name); !equal(got, tc.want) {
			t.Errorf("Parse(%q, %q) = %v, want %v", tc.printed, tc.name, got, tc.want)
		}
	}
}

// Every row of the "Target values" table of shared/spec/output.md.
func TestParseSpecTable(t *testing.T) {
	runParseCases(t, []parseCase{
		{"≥80百分比", "", want("≥", 80, "%")},
		{"≥80百分数", "", want("≥", 80, "%")},
		{">=80%", "", want("≥", 80, "%")},
		{"≧80％", "", want("≥", 80, "%")},
		{"4次", "", want("=", 4, "次")},
		{"≤3天", "", want("≤", 3, "天")},
		{"100%", "", want("=", 100, "%")},
		{"＞90%", "", want(">", 90, "%")},
		{"1000人次", "", want("=", 1000, "人次")},
		{"≥15开展调研次数", "开展调研次数", want("≥", 15, "次")},
		{"≥13459.00(平方米)", "", want("≥", 13459, "平方米")},
		{"=100.00(%)", "", want("=", 100, "%")},
		{">6.00(次)", "", want(">", 6, "次")},
		{"补贴对象生活改善度不低于 80%", "", want("≥", 80, "%")},
		{"不少于80%", "", want("≥", 80, "%")},
		{"不超过3天", "", want("≤", 3, "天")},
		{"不高于3天", "", want("≤", 3, "天")},
		{"高于90%", "", want(">", 90, "%")},
		{"超过90%", "", want(">", 90, "%")},
		{"大于90%", "", want(">", 90, "%")},
		{"低于5%", "", want("<", 5, "%")},
		{"小于5%", "", want("<", 5, "%")},
		{"满意率100%", "", want("=", 100, "%")},
		{"达到100%", "", want("=", 100, "%")},
		{"按时完成", "", want("", 0, "")},
		{"有效提升", "", want("", 0, "")},
		{"应保尽保", "", want("", 0, "")},
		{"90%-95%", "", want("", 0, "")},
		{"第1季度完成3次", "", want("", 0, "")},
	})
}

func TestParseComparatorWords(t *testing.T) {
	runParseCases(t, []parseCase{
		{"不低于95%", "", want("≥", 95, "%")},
		{"不少于10次", "", want("≥", 10, "次")},
		{"至少2场", "", want("≥", 2, "场")},
		{"不高于5万元", "", want("≤", 5, "万元")},
		{"不超过30天", "", want("≤", 30, "天")},
		{"不多于3项", "", want("≤", 3, "项")},
		{"最多4次", "", want("≤", 4, "次")},
		{"高于80%", "", want(">", 80, "%")},
		{"大于0个", "", want(">", 0, "个")},
		{"超过500人", "", want(">", 500, "人")},
		{"多于2处", "", want(">", 2, "处")},
		{"低于3%", "", want("<", 3, "%")},
		{"小于1%", "", want("<", 1, "%")},
		{"少于5次", "", want("<", 5, "次")},
		{"达到90%", "", want("=", 90, "%")},
		{"为100%", "", want("=", 100, "%")},
		{"30个", "", want("=", 30, "个")},
		{"≥ 90 %", "", want("≥", 90, "%")},
		{"<=3天", "", want("≤", 3, "天")},
		{"≦5%", "", want("≤", 5, "%")},
		{"≤10万元", "", want("≤", 10, "万元")},
		{"<1%", "", want("<", 1, "%")},
		{"＜1%", "", want("<", 1, "%")},
		{"＞＝80％", "", want("≥", 80, "%")},
		{"=100%", "", want("=", 100, "%")},
		{"大于等于90%", "", want("≥", 90, "%")},
		{"小于或等于2天", "", want("≤", 2, "天")},
		{"群众满意度不低于90%", "群众满意度", want("≥", 90, "%")},
		{"验收合格率达到100%", "", want("=", 100, "%")},
		{"不低于百分之80", "", want("≥", 80, "%")},
	})
}

func TestParseNumbers(t *testing.T) {
	runParseCases(t, []parseCase{
		{"1,250.00万元", "", want("=", 1250, "万元")},
		{"≤1,200,000元", "", want("≤", 1200000, "元")},
		{"15.5万元", "", want("=", 15.5, "万元")},
		{"０.５天", "", want("=", 0.5, "天")},
		{"１５．００％", "", want("=", 15, "%")},
		{"-5%", "", want("=", 5, "%")},
		{"≥-5%", "", want("≥", 5, "%")},
		{"100", "", want("=", 100, "")},
		{"2024年12月31日前", "", want("", 0, "")},
		{"12月底前完成", "", want("", 0, "")},
		{"第3季度", "", want("", 0, "")},
		{"1-2次", "", want("", 0, "")},
		{"3至5天", "", want("", 0, "")},
		{"", "", want("", 0, "")},
		{strings.Repeat("9", 400) + "元", "", want("", 0, "")},
	})
}

func TestParseUnits(t *testing.T) {
	runParseCases(t, []parseCase{
		{"≥80百分之", "", want("≥", 80, "%")},
		{"≥13459.00（平方米）", "", want("≥", 13459, "平方米")},
		{"≥2(个)", "", want("≥", 2, "个")},
		{"≤5个工作日", "", want("≤", 5, "个工作日")},
		{"≥0.5个百分点", "", want("≥", 0.5, "个百分点")},
		{"≥1百分点", "", want("≥", 1, "百分点")},
		{"≤300万元/人次", "", want("≤", 300, "万元/人次")},
		{"2次/年", "", want("=", 2, "次/年")},
		{"120户次", "", want("=", 120, "户次")},
		{"500亩", "", want("=", 500, "亩")},
		{"3.2万亩", "", want("=", 3.2, "万亩")},
		{"12公里", "", want("=", 12, "公里")},
		{"8处", "", want("=", 8, "处")},
		{"6份", "", want("=", 6, "份")},
		{"1.5亿元", "", want("=", 1.5, "亿元")},
		{"20kg", "", want("=", 20, "kg")},
		{"3栋", "", want("=", 3, "栋")},
		{"2艘", "", want("=", 2, "艘")},   // known
		{"4台套", "", want("=", 4, "台套")}, // by shape
		{"90%以上", "", want("≥", 90, "%")},
		{"3个工作日内", "", want("≤", 3, "个工作日")},
		{"5天以内", "", want("≤", 5, "天")},
		{"100人左右", "", want("=", 100, "人")},
		{"≥95%以上", "", want("≥", 95, "%")},
	})
}

// The unit cell repeated the indicator's name or a phrase: the unit comes
// from the name (shared/corpus/README.md).
func TestParseUnitFromName(t *testing.T) {
	runParseCases(t, []parseCase{
		{"≥15开展调研次数", "开展调研次数", want("≥", 15, "次")},
		{"≥90医疗救助任务完成率", "医疗救助任务完成率", want("≥", 90, "%")},
		{"≥90河道清淤对象满意度", "河道清淤对象满意度", want("≥", 90, "%")},
		{"≥66参加公共文化活动人数", "参加公共文化活动人数", want("≥", 66, "人")},
		{"≥3举办培训场次", "举办培训场次", want("≥", 3, "次")},
		{"≥300培训人次", "培训人次", want("≥", 300, "人次")},
		{"≥20帮扶户数", "帮扶户数", want("≥", 20, "户")},
		{"≥90满意度指标", "满意度指标", want("≥", 90, "%")},
		{"≥90服务对象满意度调查", "服务对象满意度调查", want("≥", 90, "%")},
		{"≥5次数统计", "活动次数统计", want("≥", 5, "次")},
		{"≥30人数统计", "参训人数统计", want("≥", 30, "人")},
		{"≥30开展活动", "开展活动", want("≥", 30, "")},
		{"≥95完成率", "任务完成率", want("≥", 95, "%")},
		{"≥90医疗救助任务完成率", "医疗救助完成率", want("≥", 90, "%")},
		{"≥95%", "任务完成率", want("≥", 95, "%")},
		{"≥10个", "培训人数", want("≥", 10, "个")},
		{"≥90 5G基站覆盖率", "5G基站覆盖率", want("≥", 90, "%")},
		{"≥80培训人数（人）", "培训人数（人）", want("≥", 80, "人")},
		{"≥80参训比例(%)", "参训比例(%)", want("≥", 80, "%")},
	})
}

// Values as real documents print them (shared/real/SOURCES.md).
func TestParseRealSources(t *testing.T) {
	runParseCases(t, []parseCase{
		{"≥13459.00(平方米)", "绿化养护面积", want("≥", 13459, "平方米")},
		{"=100.00(%)", "资金拨付率", want("=", 100, "%")},
		{">6.00(次)", "宣传活动次数", want(">", 6, "次")},
		{"补贴对象生活改善度不低于 80%", "补贴对象生活改善度", want("≥", 80, "%")},
	})
}

func TestIsUnit(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"个", true}, {"万元", true}, {"人次", true}, {" % ", true}, {"百分比", true},
		{"次/年", true}, {"（平方米）", true}, {"公里", true},
		{"", false}, {"≥", false}, {"定性", false}, {"100", false}, {"按时完成", false}, {"有效提升", false},
	} {
		if got := IsUnit(tt.in); got != tt.want {
			t.Errorf("IsUnit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
