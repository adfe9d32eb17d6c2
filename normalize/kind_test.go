package normalize

import (
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		name   string
		titles []string
		unit   string
		want   string
	}{
		{"a cover over three lines", []string{"2026年度", "某某市医疗保障局", "部门预算"}, "某某市医疗保障局", budgetpdf.KindDeptBudget},
		{"one title line", []string{"2026年某某市审计局部门预算"}, "某某市审计局", budgetpdf.KindDeptBudget},
		{"a 单位预算 cover", []string{"2026 年度", "某某市民政局(本级)", "单位预算"}, "某某市民政局(本级)", budgetpdf.KindUnitBudget},
		{"a scope between", []string{"某某市普陀区2026年区级单位预算", "预算单位：某某市普陀区司法局"}, "某某市普陀区司法局", budgetpdf.KindUnitBudget},
		{"区级部门预算 with a 主管部门 label", []string{"某某市普陀区2024年区级部门预算", "预算主管部门：某某街道办事处"}, "某某街道办事处", budgetpdf.KindDeptBudget},
		{"综合预算 is a 部门预算", []string{"某某市科学技术局 2022 年部门综合预算"}, "某某市科学技术局", budgetpdf.KindDeptBudget},
		{"a 决算", []string{"某某市卫生健康委员会（汇总）", "2022年度部门决算"}, "某某市卫生健康委员会（汇总）", budgetpdf.KindDeptFinal},
		{"a unit's 决算", []string{"某某中学2023年度单位决算"}, "某某中学", budgetpdf.KindUnitFinal},
		{"a title wrapped in the middle of the phrase", []string{"2026 年某某市财政局（本级）部门预\n算"}, "某某市财政局（本级）", budgetpdf.KindDeptBudget},
		{"公开说明 after the kind", []string{"某某市司法局（汇总）", "2026年部门预算公开说明"}, "某某市司法局（汇总）", budgetpdf.KindDeptBudget},
		{"the first title that names one", []string{"某某市水务局 2026 年度单位预算公开", "附：部门预算表"}, "某某市水务局", budgetpdf.KindUnitBudget},
		{"a running title", []string{"某某市生态环境局2026年项目支出绩效目标表"}, "某某市生态环境局", budgetpdf.KindNotPrinted},
		{"a department-wide target form is no kind", []string{"某某市生态环境局2026年部门整体预算绩效目标申报表"}, "某某市生态环境局", budgetpdf.KindNotPrinted},
		{"a 预算单位 label is no kind", []string{"预算单位：某某市财政局"}, "某某市财政局", budgetpdf.KindNotPrinted},
		{"the unit's name is not its kind", []string{"某某区部门预算编审中心"}, "某某区部门预算编审中心", budgetpdf.KindNotPrinted},
		{"never a footnote", []string{"注：本表为部门预算汇总数"}, "", budgetpdf.KindNotPrinted},
		{"nothing printed", nil, "", budgetpdf.KindNotPrinted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kindOf(tt.titles, tt.unit); got != tt.want {
				t.Errorf("kindOf(%q, %q) = %q, want %q", tt.titles, tt.unit, got, tt.want)
			}
		})
	}
}

func TestTableMoneyUnit(t *testing.T) {
	tests := []struct {
		name     string
		captions []string
		rows     [][]string
		want     string
	}{
		{"a caption line", []string{"2026年部门收支总表", "单位：万元"}, [][]string{{"收入", "支出"}}, "万元"},
		{"金额单位", []string{"部门收支总表", "填报单位：某某区司法局 金额单位：元"}, [][]string{{"收入", "支出"}}, "元"},
		{"a title row inside the grid", nil, [][]string{{"2026年收支总表", "", "单位：万元"}, {"收入", "", "支出"}}, "万元"},
		{"a caption before the rows", []string{"单位：元"}, [][]string{{"x", "单位：万元"}}, "元"},
		{"a header cell's unit is no declaration", []string{"部门整体预算绩效目标申报表"}, [][]string{{"部门预算支出", "预算金额（万元）"}}, ""},
		{"a continuation page declares none", nil, [][]string{{"201", "一般公共服务支出", "100"}}, ""},
		{"a declaration deep in the body is not the table's", nil, [][]string{{"a"}, {"b"}, {"c"}, {"单位：元"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tableMoneyUnit(tt.captions, tt.rows); got != tt.want {
				t.Errorf("tableMoneyUnit = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestKindAndTableMoneyLayouts: kind and each table's money unit through
// the whole PDF path, on the layouts TestIdentityLayouts reads identity
// from, and on a file mixing 元 and 万元 tables.
func TestKindAndTableMoneyLayouts(t *testing.T) {
	table := func(y float64, caption ...fixtureText) fixturePage {
		return fixturePage{texts: caption, tables: []fixtureTable{{x: 72, y: y, widths: []float64{150, 80, 150, 80}, rowH: 20, rows: [][]string{
			{"项目", "预算数", "项目", "预算数"}, {"一般公共预算拨款收入", "100.00", "一般公共服务支出", "100.00"}, {"收入总计", "100.00", "支出总计", "100.00"}}}}}
	}
	heading := fixturePage{texts: []fixtureText{{x: 72, y: 100, text: "一、部门主要职责"}, {x: 72, y: 120, text: "负责全市卫生健康工作。"}}}
	cover := func(lines ...string) fixturePage {
		var p fixturePage
		for i, l := range lines {
			p.texts = append(p.texts, fixtureText{x: 180, y: 200 + 40*float64(i), size: 22, text: l})
		}
		return p
	}
	tests := []struct {
		name  string
		pages []fixturePage
		kind  string
		money []string // per table
	}{
		{"cover page, tables in 元 and 万元", []fixturePage{
			cover("2026年度", "某某市卫生健康委员会", "部门预算"), heading,
			table(110, fixtureText{x: 200, y: 60, size: 14, text: "2026年部门收支总表"}, fixtureText{x: 420, y: 90, text: "单位：元"}),
			table(110, fixtureText{x: 200, y: 60, size: 14, text: "2026年“三公”经费预算表"}, fixtureText{x: 420, y: 90, text: "单位：万元"}),
			table(60)},
			budgetpdf.KindDeptBudget, []string{"元", "万元", ""}},
		{"单位预算 cover with its label", []fixturePage{
			{texts: []fixtureText{{x: 120, y: 200, size: 22, text: "某某市普陀区2026年区级单位预算"}, {x: 150, y: 240, size: 16, text: "预算单位：某某市普陀区司法局"}}}, heading,
			table(110, fixtureText{x: 200, y: 60, size: 14, text: "2026年单位收支总表"}, fixtureText{x: 420, y: 90, text: "单位：元"})},
			budgetpdf.KindUnitBudget, []string{"元"}},
		{"a 决算 title", []fixturePage{cover("某某市卫生健康委员会（汇总）", "2022年度部门决算"), heading,
			table(110, fixtureText{x: 200, y: 60, size: 14, text: "收入支出决算总表"}, fixtureText{x: 420, y: 90, text: "金额单位：万元"})},
			budgetpdf.KindDeptFinal, []string{"万元"}},
		{"部门名称 line only: no kind printed", []fixturePage{
			table(110, fixtureText{x: 200, y: 60, size: 14, text: "2024年部门收支总表"}, fixtureText{x: 72, y: 90, text: "部门名称：某某县水利局"}, fixtureText{x: 420, y: 90, text: "单位：万元"})},
			budgetpdf.KindNotPrinted, []string{"万元", "万元"}}, // the caption line is read as a one-row grid, and declares for the table under it
		{"填报单位 line only: no kind printed", []fixturePage{
			table(110, fixtureText{x: 200, y: 60, size: 14, text: "部门收支总表"}, fixtureText{x: 72, y: 90, text: "填报单位：某某区司法局"}, fixtureText{x: 420, y: 90, text: "金额单位：元"})},
			budgetpdf.KindNotPrinted, []string{"元"}},
		{"title only", []fixturePage{{texts: []fixtureText{{x: 120, y: 60, size: 18, text: "某某市商务局 2023 年部门预算情况说明"}, {x: 72, y: 100, text: "一、单位基本情况"}, {x: 72, y: 120, text: "本局是市政府组成部门。"}}}},
			budgetpdf.KindDeptBudget, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := fixtureDocument(t, tt.pages...)
			if doc.Kind != tt.kind {
				t.Errorf("kind %q, want %q", doc.Kind, tt.kind)
			}
			var got []string
			for _, tb := range doc.Tables {
				got = append(got, tb.MoneyUnit)
			}
			if len(got) != len(tt.money) {
				t.Fatalf("table money units %q, want %q", got, tt.money)
			}
			for i := range got {
				if got[i] != tt.money[i] {
					t.Errorf("table %d (p. %d %q): money unit %q, want %q", i, doc.Tables[i].Page, doc.Tables[i].Title, got[i], tt.money[i])
				}
			}
		})
	}
}

// TestRunningHeaderMoney: a 部门名称：X 单位：万元 line repeated over every
// page's table is cut as furniture, and still declares each table's unit.
func TestRunningHeaderMoney(t *testing.T) {
	page := fixturePage{
		texts: []fixtureText{{x: 150, y: 30, size: 14, text: "某某市生态环境局2026年项目支出绩效目标表"}, {x: 72, y: 60, text: "部门名称：某某市生态环境局"}, {x: 420, y: 60, text: "单位：万元"}},
		tables: []fixtureTable{{x: 72, y: 120, widths: []float64{150, 80, 150, 80}, rowH: 20, rows: [][]string{
			{"项目名称", "总计", "财政拨款", "绩效目标"}, {"环境监测", "10.00", "10.00", "完成监测"}}}},
	}
	doc := fixtureDocument(t, page, page, page)
	if len(doc.Tables) != 3 {
		t.Fatalf("%d tables, want 3", len(doc.Tables))
	}
	for _, tb := range doc.Tables {
		if tb.MoneyUnit != "万元" {
			t.Errorf("p. %d: money unit %q, want 万元 (the running header's)", tb.Page, tb.MoneyUnit)
		}
	}
	if doc.Kind != budgetpdf.KindNotPrinted {
		t.Errorf("kind %q: a 项目支出绩效目标表 names no kind of disclosure", doc.Kind)
	}
}

// realKind is the kind the cover or title of each shared real file prints
// (read off the first page with pdftotext), checked by TestRealIdentity.
// Files missing here print none: 17–20 are target forms alone
// (项目支出绩效目标表, 部门整体预算绩效目标申报表), 21–24 and 33 tables alone
// (预算01表 收支总表, 收支预算总表), and nowhere a 部门预算 / 单位预算 title.
var realKind = map[string]string{
	"real-cn/pdf/01_yantai_jiaotong_2026.pdf":               "部门预算", // 2026年烟台市交通运输局 / 部门预算
	"real-cn/pdf/02_yantai_shenji_2026.pdf":                 "部门预算", // 2026年烟台市审计局部门预算
	"real-cn/pdf/03_yantai_tongji_2026.pdf":                 "部门预算", // 2026年烟台市统计局部门预算
	"real-cn/pdf/04_yantai_zhujian_2026.pdf":                "部门预算", // 2026年烟台市住房和城乡建设局 / 部门预算
	"real-cn/pdf/05_xian_sifa_2026.pdf":                     "部门预算", // 2026年部门预算公开说明
	"real-cn/pdf/06_xian_xingzhengshenpi_2025.pdf":          "部门预算", // 2025年部门预算公开说明
	"real-cn/pdf/07_xian_weijian_2022_juesuan.pdf":          "部门决算", // 2022年度部门决算
	"real-cn/pdf/08_xian_keji_2022.pdf":                     "部门预算", // 2022 年部门综合预算
	"real-cn/pdf/09_xian_shangwu_2022.pdf":                  "部门预算", // 2022 年部门综合预算
	"real-cn/pdf/10_fuzhou_yibao_2026.pdf":                  "部门预算", // 2026 年度 / 福州市医疗保障局 / 部门预算
	"real-cn/pdf/11_fuzhou_minzheng_2026_unit.pdf":          "单位预算", // 2026 年度 / 福州市民政局(本级) / 单位预算
	"real-cn/pdf/12_fuzhou_keji_2026_unit.pdf":              "单位预算", // … 单位预算
	"real-cn/pdf/13_fuzhou_jiaoguan_2026_unit.pdf":          "单位预算", // … 单位预算
	"real-cn/pdf/14_quanzhou_gongan_2026.pdf":               "部门预算", // 2026 年度 / 泉州市公安局 / 部门预算
	"real-cn/pdf/15_changsha_gongan_2025.pdf":               "部门预算", // 2025 年部门预算公开
	"real-cn/pdf/16_changsha_xinfang_2026.pdf":              "部门预算", // 2026 年部门预算公开
	"real-cn/pdf/25_guojia_xinfang_2026.pdf":                "部门预算", // 国家信访局 2026 年度部门预算
	"real-cn/pdf/26_changchun_xinfang_2026.pdf":             "部门预算", // 2026年度部门预算公开
	"real-cn/pdf/27_chongqing_shuili_2026.pdf":              "部门预算", // 重庆市水利局 2026 年部门预算情况说明
	"real-cn/pdf/28_chongqing_shangwu_2026.pdf":             "部门预算", // 重庆市商务委员会 2026 年部门预算情况说明
	"real-cn/pdf/29_shenzhen_caizheng_2026.pdf":             "部门预算", // 2026 年深圳市财政局（本级）部门预 / 算
	"real-cn/pdf/30_hangzhou_sifa_2026.pdf":                 "部门预算", // 2026 年度部门预算
	"real-cn/pdf/31_suzhou_shuiwu_2026.pdf":                 "单位预算", // 2026 年度苏州市水务局单位预算公开
	"real-cn/pdf/32_shanghai_caizhengju_2025_unit.pdf":      "单位预算", // 上海市2025年市级单位预算
	"real-cn/pdf/34_jiangsu_gaoyuan_2019.pdf":               "部门预算", // 2019 年度部门预算公开
	"real/sh_2025_municipal_finance_bureau_unit_budget.pdf": "单位预算", // 上海市2025年市级单位预算
	"real/shpt_2024_planning_dept_final_accounts.pdf":       "部门决算", // 2024 年度部门决算
	"real/shpt_2024_wanli_street_dept_budget.pdf":           "部门预算", // 上海市普陀区2024年区级部门预算
	"real/shpt_2024_welfare_home_unit_budget.pdf":           "单位预算", // 上海市普陀区社会福利院2024年单位预算
	"real/shpt_2025_finance_dept_budget.pdf":                "部门预算", // 上海市普陀区2025年区级部门预算
	"real/shpt_2026_justice_dept_budget.pdf":                "部门预算", // 上海市普陀区2026年区级部门预算
	"real/shpt_2026_justice_unit_budget.pdf":                "单位预算", // 上海市普陀区2026年区级单位预算
}
