package seg_test

import (
	"fmt"

	"github.com/budgetpdf/budgetpdf/seg"
)

func Example() {
	s := seg.Default()
	fmt.Println(s.Cut("代表活动调研次数"))
	fmt.Println(s.SearchTokens("绩效目标：培训"))
	fmt.Println(s.SpansBoundary("代表活动调", "研次数"))
	fmt.Printf("%.2f\n", s.Similarity("培训基层卫生技术人员人次", "基层卫生技术人员培训人次"))
	// Output:
	// [代表 活动 调研 次数]
	// [绩效 目标 绩效目标 培训]
	// true
	// 1.00
}
