package normalize_test

import (
	"fmt"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/normalize"
)

// Text reads what pdftotext made of a target form: cells broken over lines
// (代表活动调 / 研次数), a unit wrapped after its number (≥100百分 / 比).
func ExampleText() {
	text := `1.代表调研协调经费绩效目标表
101002乐亭县人民代表大会常务委员会 单位：万元
项目编码 13022523P00QK8310006H 项目名称 代表调研协调经费
预算数 15.00
其中：财政
资金
15.00 其他资金
绩效目标 1.目标内容 1
一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据
产出指标
数量指标
代表活动调
研次数
代表活动调研次数 4次
代表活动调研次
数
效益指标
经济效益指
标
经济社会发
展情况
经济社会发展情况
≥100百分
比
经济社会发展情
况
`
	if !normalize.IsText([]byte(text)) {
		return
	}
	doc := normalize.Text([]byte(text), budgetpdf.Source{File: "sample.txt"})
	p := doc.Projects[0]
	fmt.Println(doc.Unit.Code, doc.MoneyUnit, p.Code, p.Name, *p.Budget.Total)
	for _, ind := range p.Indicators {
		fmt.Println(ind.Level1, ind.Level2, ind.Name, ind.Target, ind.Op, *ind.Value, ind.Unit)
	}
	// Output:
	// 101002 万元 13022523P00QK8310006H 代表调研协调经费 15
	// 产出指标 数量指标 代表活动调研次数 4次 = 4 次
	// 效益指标 经济效益指标 经济社会发展情况 ≥100百分比 ≥ 100 %
}
