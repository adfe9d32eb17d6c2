package normalize_test

import (
	"fmt"
	"os"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/normalize"
)

func ExampleDocument() {
	data, err := os.ReadFile("../testdata/pdf/dev-002.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := extract.Open(data, extract.DefaultLimits)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := normalize.Document(d.Pages(), budgetpdf.Source{File: "dev-002.pdf", Pages: d.NumPages})
	p := doc.Projects[0]
	ind := p.Indicators[0]
	fmt.Println(doc.Unit.Code, doc.Unit.Name, doc.Year, doc.MoneyUnit)
	fmt.Println(p.Code, p.Name, *p.Budget.Total)
	fmt.Println(ind.Level1, ind.Level2, ind.Name, ind.Target, ind.Op, *ind.Value, ind.Unit)
	// Output:
	// 210012 丰寿县医疗保障局 2022 万元
	// 14072422P000UY4246218 城乡医疗救助资金 212
	// 产出指标 数量指标 医保基金监管检查涉及医疗救助对象户数 ≥4700户 ≥ 4700 户
}
