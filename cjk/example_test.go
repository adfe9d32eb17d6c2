package cjk_test

import (
	"fmt"

	"github.com/budgetpdf/budgetpdf/cjk"
)

func Example() {
	fmt.Println(cjk.Normalize("项⽬⽀出 ≥９０％ ⻔户"))
	fmt.Println(cjk.JoinLines([]string{"覆盖", "90个村，", "annual", "report"}))
	fmt.Println(cjk.CollapseSpace("2022 年  完成  A  B"))
	// Output:
	// 项目支出 ≥90% 门户
	// 覆盖90个村，annual report
	// 2022年完成A B
}
