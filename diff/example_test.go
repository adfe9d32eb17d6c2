package diff_test

import (
	"os"

	budgetpdf "github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/diff"
)

func ExampleCompare() {
	rate := func(name string, op string, v float64) budgetpdf.Indicator {
		return budgetpdf.Indicator{Level1: "产出指标", Level2: "质量指标", Name: name,
			Op: op, Value: budgetpdf.Float(v), Unit: "%"}
	}
	old := &budgetpdf.Document{Unit: budgetpdf.Unit{Name: "乐亭县人大常委会"}, Year: 2023,
		Projects: []budgetpdf.Project{{Code: "13022523P00QK8310006H", Name: "代表调研协调经费",
			Budget:     budgetpdf.Budget{Total: budgetpdf.Float(15)},
			Indicators: []budgetpdf.Indicator{rate("调研成果采纳率", "≥", 95), rate("资金使用合规率", "=", 100)}}}}
	new := &budgetpdf.Document{Unit: old.Unit, Year: 2024,
		Projects: []budgetpdf.Project{{Code: "13022524P00QK8310006H", Name: "代表调研协调经费",
			Budget:     budgetpdf.Budget{Total: budgetpdf.Float(21)},
			Indicators: []budgetpdf.Indicator{rate("调研成果采纳率", "≥", 90)}}}}

	r := diff.Compare(old, new, diff.Options{})
	diff.WriteText(os.Stdout, r)
	// Output:
	// 乐亭县人大常委会 2023 → 乐亭县人大常委会 2024
	// compared: projects 1 → 1, indicators 2 → 1, department table no → no
	// budget totals (收支总表): not printed in either document
	// typed: budget tables 0 → 0, lines 0 → 0
	// 3 changes: 1 projects changed, 0 unchanged, 0 added, 0 removed
	//
	// Changed (1)
	//   代表调研协调经费 (3)
	//     budget changed total: 15 → 21 (+6, +40.0%)
	//     调研成果采纳率: target changed value: 95 → 90 (-5, -5.3%) [looser]
	//     资金使用合规率: indicator removed
}
