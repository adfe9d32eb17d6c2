package budget

import (
	"fmt"
	"strings"
	"testing"
)

// TestOutline: the 支出 by 部门经济分类 column of the 西安 收支总表 (05
// p30): 一、 over 1、 over (1), 2、 back under 一、; the 收入 column's
// 其中 under (1); a line without numbering is level 1.
func TestOutline(t *testing.T) {
	lines := []string{"一、部门预算", "1、人员经费和公用经费支出", "(1)工资福利支出", "(4)资本性支出", "2、专项业务经费支出",
		"（1）工资福利支出", "其中：专项资金列入部门预算的项目", "3、上缴上级支出", "上年结转", "1、财政拨款资金结转"}
	want := []string{"1 ", "2 一、部门预算", "3 1、人员经费和公用经费支出", "3 1、人员经费和公用经费支出", "2 一、部门预算",
		"3 2、专项业务经费支出", "4 （1）工资福利支出", "2 一、部门预算", "1 ", "2 上年结转"}
	var o outline
	for i, l := range lines {
		level, parent := o.place(l)
		if got := fmt.Sprintf("%d %s", level, parent); got != want[i] {
			t.Errorf("%s: got %q, want %q", l, got, want[i])
		}
	}
}

// TestOutlineRestartedList: 长春 信访局 2026 p9 numbers the 支出 by 功能分类
// 一、二、三、四、 under 一、本年支出, then 二、结转下年支出 back at level 1.
func TestOutlineRestartedList(t *testing.T) {
	lines := []string{"一、本年支出", "一、一般公共服务支出", "二、社会保障和就业支出", "1、行政事业单位养老支出", "三、卫生健康支出", "四、住房保障支出", "二、结转下年支出", "十、其他", "十一、其他支出"}
	want := []string{"1 ", "2 一、本年支出", "2 一、本年支出", "3 二、社会保障和就业支出", "2 一、本年支出", "2 一、本年支出", "1 ", "1 ", "1 "}
	var o outline
	for i, l := range lines {
		level, parent := o.place(l)
		if got := fmt.Sprintf("%d %s", level, parent); got != want[i] {
			t.Errorf("%s: got %q, want %q", l, got, want[i])
		}
	}
	if cnNumber("十一、其他支出") != 11 || cnNumber("二十、住房保障支出") != 20 || cnNumber("二十三、") != 23 {
		t.Errorf("cnNumber: %d %d %d", cnNumber("十一、其他支出"), cnNumber("二十、住房保障支出"), cnNumber("二十三、"))
	}
}

// TestContinuationWithoutHeader: 苏州水务 2026 p15–16, a 财政拨款收支总表
// whose second page opens with 支出 lines that print no amount
// ((十九) over (二十) 656.08): the lines above the first amount name no
// column, so they are body lines of the table, not a header, and the
// parent (一、本年支出 92596.24) sums every line of both pages.
func TestContinuationWithoutHeader(t *testing.T) {
	p1 := gridOf(15, "财政拨款收支总表",
		"收入|>|支出|>",
		"项目|预算数|项目|预算数",
		"一、本年收入|92596.24|一、本年支出|92596.24",
		"（一）一般公共预算拨款|92596.24|（一）一般公共服务支出|",
		"||（十三）农林水支出|91940.16")
	p2 := gridOf(16, "",
		"||（十九）自然资源海洋气象等支出|",
		"||（二十）住房保障支出|656.08",
		"收入总计|92596.24|支出总计|92596.24")
	res := Read([]Input{in(p1, "单位：万元"), in(p2)})
	if len(res.Tables) != 1 || len(res.Tables[0].Pages) != 2 {
		t.Fatalf("%d tables, want one over two pages", len(res.Tables))
	}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s: %s", c.Rule, c.Message)
		}
	}
	var names []string
	for _, r := range res.Tables[0].Rows {
		if r.Page == 16 {
			names = append(names, r.Name)
		}
	}
	if strings.Join(names, ",") != "（十九）自然资源海洋气象等支出,（二十）住房保障支出,收入总计,支出总计" {
		t.Errorf("p16 lines %q", names)
	}
}

// TestStarredColumnNumbers: 杭州 司法局 p32 and 长沙 p19 print a row of
// column numbers under the header with stars over the code and name
// columns (** | ** | 1 | 2 | 3): it is header, not a line whose 合计 1 ≠ 2 + 3.
func TestStarredColumnNumbers(t *testing.T) {
	g := gridOf(32, "一般公共预算基本支出表",
		"科目编码|科目名称|合计|人员经费|公用经费",
		"**|**|1|2|3",
		"301|工资福利支出|10|10|",
		"合计||10|10|")
	res := Read([]Input{in(g, "单位：万元")})
	if len(res.Tables) != 1 || len(res.Tables[0].Rows) != 2 || res.Tables[0].Columns[0].Header != "合计" {
		t.Fatalf("tables %+v", res.Tables)
	}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s: %s", c.Rule, c.Message)
		}
	}
}

// TestRepeatedCaptionGrid: 长沙 信访局 p15–16 prints the caption and a ruled
// 部门名称 | 单位：万元 line over the table's second page; the table goes on
// there, so its 收入总计 sums the lines of both pages.
func TestRepeatedCaptionGrid(t *testing.T) {
	const title = "2026年财政拨款收支总体情况表"
	head := []string{"收入|>|支出|>", "项目|金额|项目|合计"}
	p1 := gridOf(15, "", append(head, "一、本年收入|1935.36|一、本年支出|1935.36")...)
	cap2 := gridOf(16, "", "部门名称|：长沙市信访局|单位：万元")
	p2 := gridOf(16, "", append(head, "二、上年结转||二、结转下年|", "收入总计|1935.36|支出总计|1935.36")...)
	cap1 := gridOf(15, "", "部门名称|：长沙市信访局|单位：万元")
	res := Read([]Input{in(cap1, title), in(p1), in(cap2, title), in(p2)})
	if len(res.Tables) != 1 || fmt.Sprint(res.Tables[0].Pages) != "[15 16]" {
		t.Fatalf("%d tables: %+v", len(res.Tables), res.Tables)
	}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s: %s", c.Rule, c.Message)
		}
	}
}

// TestColumnsWithoutFigures: a 决算 总表 prints 行次 (row numbers) beside
// each side's names, and tables print 序号 and 备注: none of them is an
// amount column, so the totals balance and no row number is summed.
func TestColumnsWithoutFigures(t *testing.T) {
	g := gridOf(146, "收入支出决算总表",
		"收入|>|>|支出|>|>",
		"项目|行次|决算数|项目|行次|决算数",
		"栏次||1|栏次||2",
		"一、一般公共预算财政拨款收入|1|296030.91|一、一般公共服务支出|31|56.00",
		"二、事业收入|2|1110972.11|二、卫生健康支出|32|1406947.02",
		"本年收入合计|3|1407003.02|本年支出合计|33|1407003.02")
	res := Read([]Input{in(g, "金额单位：万元")})
	if len(res.Tables) != 1 {
		t.Fatalf("tables %+v", res.Tables)
	}
	for _, c := range res.Tables[0].Columns {
		if strings.Contains(c.Header, "行次") {
			t.Errorf("column %q read as figures", c.Header)
		}
	}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s: %s", c.Rule, c.Message)
		}
	}
	g2 := gridOf(46, "一般公共预算基本支出表",
		"序号|科目编码|科目名称|合计|人员经费支出|公用经费支出|备注",
		"1|301|工资福利支出|10|10|0|",
		"2|302|商品和服务支出|5|0|5|按规定列支",
		"3||合计|15|10|5|")
	res = Read([]Input{in(g2, "单位：元")})
	if len(res.Tables) != 1 || len(res.Tables[0].Columns) != 3 {
		t.Fatalf("columns %+v", res.Tables)
	}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s: %s", c.Rule, c.Message)
		}
	}
}

// TestUnitGridOverTheTable: a one-row grid that names the unit (部门名称 |
// ：XX法院), printed under the caption and over the table, is the
// caption's, not an empty table: the table under it takes the caption.
func TestUnitGridOverTheTable(t *testing.T) {
	const title = "一般公共预算支出预算表（功能科目）"
	unit := gridOf(12, "", "部门名称|：某省高级人民法院|")
	body := gridOf(12, "",
		"功能科目编码|功能科目名称|金额",
		"合计||37188.34",
		"204|公共安全支出|37188.34")
	res := Read([]Input{in(unit, title, "单位：万元"), in(body)})
	if len(res.Tables) != 1 || res.Tables[0].Empty || len(res.Tables[0].Rows) != 2 || res.Tables[0].Kind != "general_expenditure" {
		t.Fatalf("tables %+v", res.Tables)
	}
	for _, c := range res.Checks {
		if c.Status == "fail" {
			t.Errorf("%s: %s", c.Rule, c.Message)
		}
	}
}
