package textgrid

import (
	"fmt"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// The header blocks of text input, as the producer cuts them into pieces
// and the meaning layer reads them.
func TestReadHeaderBlock(t *testing.T) {
	tests := []struct {
		rule    string
		caption string
		lines   []string
		want    string // code|name|total,fiscal,other|purpose|plan|goal
	}{
		{"the sample: labels and values side by side, wrapped labels",
			"1.代表调研协调经费绩效目标表",
			[]string{"项目编码 13022523P00QK8310006H 项目名称 代表调研协调经费", "预算规模及", "资金用途", "预算数 15.00", "其中：财政", "资金",
				"15.00 其他资金", "确保机关行政运行以及代表闭会期间其他工作指出保障。", "资金支出计", "划（%）", "3月底 6月底 10月底 12月底",
				"2.00 6.00 10.00 15.00", "绩效目标 1.目标内容 1"},
			"13022523P00QK8310006H|代表调研协调经费|15.00,15.00,|确保机关行政运行以及代表闭会期间其他工作指出保障。|2.00,6.00,10.00,15.00|1.目标内容1"},
		{"plain pdftotext: the name before its label, found by the caption; amounts by the sum",
			"3.水污染防治专项资金绩效目标表",
			[]string{"项目编码", "¶预算规模及资金", "用途", "¶单位：万元", "¶61053024P000MB4740734", "¶预算数", "¶82.00", "¶一级指标",
				"¶水污染防治专项资金", "¶其中：财政资金", "¶41.00", "¶其他资金", "¶41.00", "¶开展重点流域水环境综合治理。",
				"¶资金支出计划", "（%）", "绩效目标", "¶项目名称", "¶3 月底", "¶6 月底", "¶10.00", "¶20.00",
				"¶通过实施水污染防治专项资金，全面加强生态环境宣传。"},
			"61053024P000MB4740734|水污染防治专项资金|82.00,41.00,41.00|开展重点流域水环境综合治理。|10.00,20.00|通过实施水污染防治专项资金，全面加强生态环境宣传。"},
		{"plain pdftotext: plan periods and values interleaved, no other funds printed",
			"1.交通安全设施完善工程绩效目标表",
			[]string{"¶单位：万元", "¶34062424P00ZT6324093T", "¶预算规模及资金用途", "¶预算数", "¶项目名称", "¶5.00", "¶其中：财政资金",
				"¶交通安全设施完善工程", "5.00", "¶其他资金", "¶完善公路交通安全设施，消除安全隐患。", "资金支出计划（%）", "¶3 月底",
				"¶6 月底", "¶1.15", "绩效目标", "¶2.69", "¶10 月底", "¶12月底", "¶4.03", "¶5.00",
				"¶通过实施交通安全设施完善工程，确保交通安全工作任务全面完成，资金使用规范高效。"},
			// a code without its label is not taken: many-project tables print
			// other projects' codes among the block's pieces
			"|交通安全设施完善工程|5.00,5.00,|完善公路交通安全设施，消除安全隐患。|1.15,2.69,4.03,5.00|通过实施交通安全设施完善工程，确保交通安全工作任务全面完成，资金使用规范高效。"},
		{"central form: no code, the goal is the last free text",
			"项目支出绩效目标表",
			[]string{"项目名称", "¶统计调查专项经费", "¶主管部门", "¶泰丰市统计局", "¶项目资金（万元）", "¶年度总体目标", "¶实施单位",
				"¶年度资金总额", "¶133.50", "¶其中：财政拨款", "¶100.12", "¶其他资金", "¶33.38", "¶泰丰市统计局机关",
				"¶通过实施统计调查专项经费，推动数据质量工作提质增效。"},
			"|统计调查专项经费|133.50,100.12,33.38|||通过实施统计调查专项经费，推动数据质量工作提质增效。"},
		{"plain pdftotext: the name printed after the block, the caption names it",
			"1.人民调解工作经费绩效目标表",
			[]string{"¶项目编码", "¶单位：万元", "¶43092725P009RH925187S", "预算数", "¶569.78", "¶项目名称", "其中：财政资金",
				"¶预算规模及资金", "用途", "开展矛盾纠纷排查化解，保障人民调解工作。", "绩效目标",
				"¶1.目标内容1"},
			"43092725P009RH925187S|人民调解工作经费|569.78,,|开展矛盾纠纷排查化解，保障人民调解工作。||1.目标内容1"},
		{"plain pdftotext: a run of labels, then their values in the same order",
			"项目支出绩效目标表",
			[]string{"项目名称", "主管部门", "¶项目资金（万元）", "¶农村生活污水治理项目", "云浦市生态环境局", "¶实施单位",
				"¶云浦市生态环境局", "¶年度资金总额", "¶462.52", "¶其中：财政拨款", "¶462.52", "¶其他资金", "年度总体目标",
				"¶通过实施农村生活污水治理项目，聚焦水质监测，保障群众合法权益，", "资金使用规范高效。"},
			"|农村生活污水治理项目|462.52,462.52,|||通过实施农村生活污水治理项目，聚焦水质监测，保障群众合法权益，资金使用规范高效。"},
	}
	for _, tt := range tests {
		// the producer's pieces, read by the meaning layer
		var fp forms.Parser
		fp.AddGrid(blockGrid(blockPieces(piecesOf(tt.lines...)), 1, tt.caption))
		projects, _, _ := fp.Finish()
		if len(projects) != 1 {
			t.Errorf("%s: %d projects, want 1", tt.rule, len(projects))
			continue
		}
		p := projects[0]
		amount := func(v *float64) string {
			if v == nil {
				return ""
			}
			return fmt.Sprintf("%.2f", *v)
		}
		var plan []string
		for _, s := range p.Plan {
			plan = append(plan, amount(s.Value))
		}
		got := strings.Join([]string{p.Code, p.Name, amount(p.Budget.Total) + "," + amount(p.Budget.Fiscal) + "," + amount(p.Budget.Other),
			p.Purpose, strings.Join(plan, ","), p.Goal}, "|")
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.rule, got, tt.want)
		}
	}
}

func TestFindTextForms(t *testing.T) {
	lines := []textLine{
		{text: "三、项目支出绩效目标"}, {text: "1.甲项目绩效目标表"}, {text: "101002某某局 单位：万元"},
		{text: "项目编码 1302"}, {text: "项目名称"}, {text: "一级指标 二级指标 三级指标 指标值"}, // a late 项目名称 stays in its form
		{text: "产出指标"}, {text: "2.乙项目绩效目标表"}, {text: "项目名称 乙项目"}, {text: "数量指标"}, {text: "第二部分 其他说明"},
	}
	var got []string
	for _, r := range findTextForms(lines) {
		got = append(got, fmt.Sprintf("%d-%d-%d", r.capStart, r.start, r.end))
	}
	if want := "1-3-7 7-8-10"; strings.Join(got, " ") != want {
		t.Errorf("forms %q, want %q", strings.Join(got, " "), want)
	}
}
