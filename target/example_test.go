package target_test

import (
	"fmt"

	"github.com/budgetpdf/budgetpdf/target"
)

func ExampleParse() {
	for _, c := range [][2]string{
		{"≥80百分比", "培训合格率"},
		{"≥15开展调研次数", "开展调研次数"},
		{"补贴对象生活改善度不低于 80%", "补贴对象生活改善度"},
		{"90%-95%", "完成率"},
	} {
		r := target.Parse(c[0], c[1])
		if r.Value == nil {
			fmt.Printf("%s → qualitative\n", c[0])
			continue
		}
		fmt.Printf("%s → %s %v %q\n", c[0], r.Op, *r.Value, r.Unit)
	}
	// Output:
	// ≥80百分比 → ≥ 80 "%"
	// ≥15开展调研次数 → ≥ 15 "次"
	// 补贴对象生活改善度不低于 80% → ≥ 80 "%"
	// 90%-95% → qualitative
}
