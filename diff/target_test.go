package diff

import (
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

func TestTargetChanges(t *testing.T) {
	q := func(name, printed, op string, v float64, unit string) budgetpdf.Indicator {
		return budgetpdf.Indicator{Name: name, Target: printed, Op: op, Value: budgetpdf.Float(v), Unit: unit}
	}
	text := func(name, printed string) budgetpdf.Indicator {
		return budgetpdf.Indicator{Name: name, Target: printed}
	}
	tc := func(field string, from, to any, dir string) Change {
		return change(TargetChanged, "", "", field, from, to, dir)
	}
	tests := []struct {
		name     string
		old, new budgetpdf.Indicator
		want     []Change
	}{
		{"≥ raised", q("合格率", "≥95%", "≥", 95, "%"), q("合格率", "≥98%", "≥", 98, "%"),
			[]Change{tc("value", 95.0, 98.0, Stricter)}},
		{"≥ lowered", q("合格率", "≥95%", "≥", 95, "%"), q("合格率", "≥90%", "≥", 90, "%"),
			[]Change{tc("value", 95.0, 90.0, Looser)}},
		{"> lowered", q("参训率", ">86%", ">", 86, "%"), q("参训率", ">80%", ">", 80, "%"),
			[]Change{tc("value", 86.0, 80.0, Looser)}},
		{"≤ lowered", q("发放时限", "≤16天", "≤", 16, "天"), q("发放时限", "≤10天", "≤", 10, "天"),
			[]Change{tc("value", 16.0, 10.0, Stricter)}},
		{"< raised", q("偏差率", "<5%", "<", 5, "%"), q("偏差率", "<8%", "<", 8, "%"),
			[]Change{tc("value", 5.0, 8.0, Looser)}},
		{"= rate raised", q("覆盖率", "95%", "=", 95, "%"), q("覆盖率", "99%", "=", 99, "%"),
			[]Change{tc("value", 95.0, 99.0, Stricter)}},
		{"= satisfaction lowered", q("群众满意度", "95%", "=", 95, "%"), q("群众满意度", "90%", "=", 90, "%"),
			[]Change{tc("value", 95.0, 90.0, Looser)}},
		{"= completion raised", q("完成项目数量", "4个", "=", 4, "个"), q("完成项目数量", "6个", "=", 6, "个"),
			[]Change{tc("value", 4.0, 6.0, Stricter)}},
		{"= cost raised", q("人均培训成本", "400元", "=", 400, "元"), q("人均培训成本", "450元", "=", 450, "元"),
			[]Change{tc("value", 400.0, 450.0, Looser)}},
		{"= days lowered", q("审批天数", "10天", "=", 10, "天"), q("审批天数", "7天", "=", 7, "天"),
			[]Change{tc("value", 10.0, 7.0, Stricter)}},
		{"= count has no sense", q("开展调研次数", "4次", "=", 4, "次"), q("开展调研次数", "6次", "=", 6, "次"),
			[]Change{tc("value", 4.0, 6.0, "")}},
		{"≥ → = same value", q("合格率", "≥95%", "≥", 95, "%"), q("合格率", "95%", "=", 95, "%"),
			[]Change{tc("op", "≥", "=", Stricter)}},
		{"= → ≥ same value", q("合格率", "95%", "=", 95, "%"), q("合格率", "≥95%", "≥", 95, "%"),
			[]Change{tc("op", "=", "≥", Looser)}},
		{"≤ → < same value", q("偏差率", "≤5%", "≤", 5, "%"), q("偏差率", "<5%", "<", 5, "%"),
			[]Change{tc("op", "≤", "<", Stricter)}},
		{"≥ → ≤ not comparable", q("数量", "≥5个", "≥", 5, "个"), q("数量", "≤6个", "≤", 6, "个"),
			[]Change{tc("op", "≥", "≤", ""), tc("value", 5.0, 6.0, "")}},
		{"≥ → = raised on a count", q("数量", "≥5个", "≥", 5, "个"), q("数量", "6个", "=", 6, "个"),
			[]Change{tc("op", "≥", "=", Stricter), tc("value", 5.0, 6.0, Stricter)}},
		{"≥ → = raised on a cost conflicts", q("单位成本", "≥5元", "≥", 5, "元"), q("单位成本", "6元", "=", 6, "元"),
			[]Change{tc("op", "≥", "=", Stricter), tc("value", 5.0, 6.0, "")}},
		{"unit changed", q("控制数", "≤211.2万元", "≤", 211.2, "万元"), q("控制数", "≤211.2元", "≤", 211.2, "元"),
			[]Change{change(UnitChanged, "", "", "unit", "万元", "元", "")}},
		{"printed form only", q("合格率", "≥80百分比", "≥", 80, "%"), q("合格率", "≧80％", "≧", 80, "百分比"), nil},
		{"blank op is =", q("次数", "4", "", 4, "次"), q("次数", "4次", "=", 4, "次"), nil},
		{"unit in one year only", q("次数", "4", "=", 4, ""), q("次数", "4次", "=", 4, "次"), nil},
		{"qualitative → quantitative", text("完成时间", "年内完成"), q("完成时间", "≤30天", "≤", 30, "天"),
			[]Change{tc("target", "年内完成", "≤30天", "")}},
		{"quantitative → qualitative", q("满意度", "≥90%", "≥", 90, "%"), text("满意度", "较高"),
			[]Change{tc("target", "≥90%", "较高", "")}},
		{"qualitative text", text("社会效益", "有效促进"), text("社会效益", "显著促进"),
			[]Change{tc("target", "有效促进", "显著促进", "")}},
		{"qualitative white space", text("社会效益", "有效 促进"), text("社会效益", "有效促进"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := targetChanges(&tt.old, &tt.new, Change{})
			if g, w := dump(t, got), dump(t, tt.want); g != w {
				t.Errorf("got\n%swant\n%s", g, w)
			}
		})
	}
}

func TestNameSense(t *testing.T) {
	tests := []struct {
		name string
		want sense
	}{
		{"资金使用合规率", upward},
		{"群众满意度", upward},
		{"任务完成情况", upward},
		{"单位建设成本", down},
		{"会议费用", down},
		{"完成时间", upward}, // 完成 decides before 时间
		{"审批时长", down},
		{"办理天数", down},
		{"开展调研次数", unknown},
		{"满意度指标", unknown}, // ends in neither 率 nor 度
	}
	for _, tt := range tests {
		if got := nameSense(tt.name); got != tt.want {
			t.Errorf("nameSense(%s) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestOpKey(t *testing.T) {
	tests := map[string]string{"≥": "≥", "≧": "≥", ">=": "≥", "≦": "≤", "<=": "≤", "＞": ">", "＜": "<", "＝": "=", "": "=", "=": "="}
	for in, want := range tests {
		if got := opKey(in); got != want {
			t.Errorf("opKey(%q) = %q, want %q", in, got, want)
		}
	}
}
