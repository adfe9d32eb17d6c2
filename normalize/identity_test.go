package normalize

import (
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/layout"
)

func TestIsUnitName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"烟台市交通运输局", true},
		{"中共江苏省委办公厅", true},
		{"首都绿化委员会办公室", true},
		{"江苏省高级人民法院", true},
		{"福州市公安局交通管理支队", true},
		{"上海市普陀区人民政府万里街道办事处", true},
		{"深圳市财政局（本级）", true}, // a bracketed scope qualifier
		{"福州市民政局(本级)", true},
		{"XX区财政局", true}, // Latin placeholders pass
		{"某某县城关镇", true}, // a township
		{"某某县实验中学", true},
		{"合计", false},
		{"总计", false},
		{"算", false},
		{"支出", false},
		{".", false},
		{"万元", false},
		{"注：本部门无相关收支项目", false},
		{"注：本表反映某某市财政局本年度的总收支情况。", false},
		{"nowrap;text-block;width:100%;'></span>overflow:elli", false},
		{"456102-成本监审142.000000", false},
		{"上海市普陀区", false},     // a place, not a unit
		{"局", false},          // a head word alone
		{"保密审查情况：已审查", false}, // a cover remark
	}
	for _, tt := range tests {
		if got := isUnitName(tt.in); got != tt.want {
			t.Errorf("isUnitName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTitleName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026年烟台市交通运输局", "烟台市交通运输局"},
		{"2026年烟台市审计局部门预算", "烟台市审计局"},
		{"西安市科学技术局 2022 年部门综合预算", "西安市科学技术局"},
		{"国家信访局 2026 年度部门预算", "国家信访局"},
		{"2026 年深圳市财政局（本级）部门预算", "深圳市财政局（本级）"},
		{"广州市生态环境局2026年项目支出绩效目标表（含转移支付项目）", "广州市生态环境局"},
		{"2026 年度苏州市水务局单位预算公开", "苏州市水务局"},
		{"某市预算评审中心2026年部门预算", "某市预算评审中心"}, // 预算 inside the name is not cut
		{"福州市医疗保障局", "福州市医疗保障局"},
		{"上海市2025年市级单位预算", ""},
		{"2026年部门预算公开说明", ""},
		{"注：本表由某某市财政局编制", ""},
		{"二〇二六年三月", ""},
	}
	for _, tt := range tests {
		if got := titleName(tt.in); got != tt.want {
			t.Errorf("titleName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLabelledName(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		strong bool
	}{
		{"部门名称：广州市生态环境局 单位：万元", "广州市生态环境局", true},
		{"单位名称：长沙市公安局单位：万元", "长沙市公安局", true},
		{"部门（单位）：烟台市交通运输局", "烟台市交通运输局", true},
		{"编制单位：上海市财政局 单位：元", "上海市财政局", true},
		{"预算主管部门：上海市普陀区人民政府万里街道办事处", "上海市普陀区人民政府万里街道办事处", true},
		{"部门：中共江苏省委办公厅 单位：万元", "中共江苏省委办公厅", true},
		{"单位：苏州市水务局", "苏州市水务局", true},
		{"主管部门：某某市民政局", "某某市民政局", false},
		{"单位：万元", "", false},
		{"注：填报单位：某某市财政局", "", false},
	}
	for _, tt := range tests {
		got, strong := labelledName(tt.in)
		if got != tt.want || got != "" && strong != tt.strong {
			t.Errorf("labelledName(%q) = %q, %v; want %q, %v", tt.in, got, strong, tt.want, tt.strong)
		}
	}
}

func TestIsTitleParagraph(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"泰丰市统计局", true},
		{"2024年项目支出绩效目标", true},
		{"2024 年度部门预算绩效目标", true},
		{"海州区文化广电和旅游局 2023 年度预算绩效目标", true},
		{"上海市普陀区2024年区级部门预算", true},
		{"预算单位：上海市财政局", true},
		{"西安市司法局（汇总）", true},
		{"目 录", true},
		{"本部门本年度无政府性基金预算收入和支出。", false},
		{"注：本表反映部门本年度的总收支情况。", false},
		{"保密审查情况：已审查", false},
		{"初审：徐 宁", false},
		{"二〇二六年三月", false},
	}
	for _, tt := range tests {
		if got := isTitleParagraph(tt.in); got != tt.want {
			t.Errorf("isTitleParagraph(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// rowsGrid is a grid with the given rows, one cell per position.
func rowsGrid(rows ...[]string) *layout.Grid {
	g := layout.NewGrid(1, len(rows), len(rows[0]))
	for r, row := range rows {
		for c, text := range row {
			g.Place(&layout.Cell{Text: text, Row: r, Col: c, RowSpan: 1, ColSpan: 1, Page: 1})
		}
	}
	return g
}

func TestUnitNameEvidence(t *testing.T) {
	summary := rowsGrid([]string{"项目", "预算数"}, []string{"合计", "100.00"}, []string{"某某市财政局", "100.00"})
	tests := []struct {
		name string
		ev   identityEvidence
		want string
	}{
		{"the cover", identityEvidence{title: []string{"2026年度", "某某市卫生健康委员会", "部门预算"}, captions: []string{"单位名称：某某市卫生健康委员会本级"}}, "某某市卫生健康委员会"},
		{"a cover label", identityEvidence{title: []string{"某某市2025年市级单位预算", "预算单位：某某市财政局"}}, "某某市财政局"},
		{"the cover before a caption label", identityEvidence{title: []string{"某某市信访局（本级）", "2026年度部门预算公开"}, captions: []string{"预算单位：某某市信访局"}}, "某某市信访局（本级）"},
		{"a title printed as running header", identityEvidence{running: []string{"某某市生态环境局2026年项目支出绩效目标表"}}, "某某市生态环境局"},
		{"caption labels: the name given most often", identityEvidence{captions: []string{"部门名称：某某市司法局办公室 单位：万元", "部门名称：某某市司法局", "部门名称：某某市司法局本级", "部门名称：某某市司法局"}}, "某某市司法局"},
		{"a caption label before a label cell", identityEvidence{captions: []string{"填报单位：某某县财政局"}, grids: []*layout.Grid{rowsGrid([]string{"部门名称", "某某县教育局"})}}, "某某县财政局"},
		{"a caption cut into cells", identityEvidence{grids: []*layout.Grid{rowsGrid([]string{"单位名称", "：某某市公安局", "单位：万元"})}}, "某某市公安局"},
		{"a label cell in a table", identityEvidence{grids: []*layout.Grid{summary, rowsGrid([]string{"部门名称", "某某市经济和信息化局"}, []string{"年度目标", "……"})}}, "某某市经济和信息化局"},
		{"a supervising department only last", identityEvidence{grids: []*layout.Grid{rowsGrid([]string{"项目名称", "某项目", "主管部门", "某某市司法局"})}}, "某某市司法局"},
		{"the department form's row", identityEvidence{formUnit: "某某县民政局", grids: []*layout.Grid{rowsGrid([]string{"项目名称", "某项目", "主管部门", "某某市民政局"})}}, "某某县民政局"},
		{"never a footnote", identityEvidence{title: []string{"注：本表反映某某市财政局本年度的总收支情况。"}, captions: []string{"注：编制单位：某某市财政局"}}, ""},
		{"never 合计 nor a body cell", identityEvidence{grids: []*layout.Grid{summary}}, ""},
		{"never a CSS fragment", identityEvidence{title: []string{"nowrap;text-block;width:100%;'></span>overflow:elli"}, formUnit: "overflow:ellipsis;局"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unitNameOf(tt.ev); got != tt.want {
				t.Errorf("unit name %q, want %q", got, tt.want)
			}
		})
	}
}

func TestYearEvidence(t *testing.T) {
	tests := []struct {
		name  string
		ev    identityEvidence
		paras []string
		want  int
	}{
		{"the report's year over a date", identityEvidence{title: []string{"某某市信访局", "2026年2月14日", "2026年度部门预算公开"}}, nil, 2026},
		{"a 决算 is for the year it accounts", identityEvidence{title: []string{"某某市卫生健康委员会", "2022年度部门决算"}}, nil, 2022},
		{"the title, not the publication date", identityEvidence{title: []string{"某某市公安局", "2025 年部门预算公开"}, captions: []string{"2026年3月编制"}}, nil, 2025},
		{"a running title", identityEvidence{running: []string{"某某市生态环境局2026年项目支出绩效目标表"}}, nil, 2026},
		{"the year the captions name most", identityEvidence{captions: []string{"2019年部门收支总表", "2019年政府采购预算表", "2018年结转"}}, nil, 2019},
		{"the text's year when nothing else names one", identityEvidence{grids: []*layout.Grid{rowsGrid([]string{"2026年度信息化项目", "2027年运维"}, []string{"2026年完成", "2035年远景"})}}, nil, 2026},
		{"nothing", identityEvidence{}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDocument(budgetpdf.Source{})
			if got := yearOf(doc, tt.ev, paras(tt.paras...)); got != tt.want {
				t.Errorf("year %d, want %d", got, tt.want)
			}
		})
	}
}

func TestMoneyUnitEvidence(t *testing.T) {
	tests := []struct {
		name string
		ev   identityEvidence
		form string
		want string
	}{
		{"the unit most tables declare", identityEvidence{captions: []string{"单位：万元", "单位：元", "金额单位：元"}}, "", "元"},
		{"the first declared on a tie", identityEvidence{captions: []string{"金额单位：万元", "单位：元"}}, "", "万元"},
		{"a caption cut into cells counts", identityEvidence{grids: []*layout.Grid{rowsGrid([]string{"部门名称", "：某某局", "单位：万元"})}, captions: []string{}}, "元", "万元"},
		{"a running header counts", identityEvidence{running: []string{"部门名称：某某局 单位：万元"}}, "", "万元"},
		{"header cells without a declaration", identityEvidence{grids: []*layout.Grid{rowsGrid([]string{"部门预算支出", "预算金额（万元）"})}}, "", "万元"},
		{"a declaration beats header cells", identityEvidence{captions: []string{"单位：元"}, grids: []*layout.Grid{rowsGrid([]string{"项目资金（万元）", "x"})}}, "", "元"},
		{"the target form's unit last", identityEvidence{}, "万元", "万元"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := moneyUnitOfDoc(tt.ev, tt.form); got != tt.want {
				t.Errorf("money unit %q, want %q", got, tt.want)
			}
		})
	}
}
