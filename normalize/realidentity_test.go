package normalize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/budgetpdf/budgetpdf/internal/shareddir"
)

// realIdentity is what the first pages of the shared real disclosures
// print, read off the pages (pdftotext) and not off this tool: the unit as
// the cover, 部门名称： / 单位名称： / 填报单位： / 编制单位： line or 部门名称 cell
// prints it, the year the budget (or 决算) is for, and the money unit most
// tables declare. Where a file prints no year in a title (18, 20: forms
// only; 21–24: tables only) the year is the one its text names most.
var realIdentity = []struct {
	file  string
	unit  string
	year  int
	money string
}{
	{"real-cn/pdf/01_yantai_jiaotong_2026.pdf", "烟台市交通运输局", 2026, "万元"},
	{"real-cn/pdf/02_yantai_shenji_2026.pdf", "烟台市审计局", 2026, "万元"},
	{"real-cn/pdf/03_yantai_tongji_2026.pdf", "烟台市统计局", 2026, "万元"},
	{"real-cn/pdf/04_yantai_zhujian_2026.pdf", "烟台市住房和城乡建设局", 2026, "万元"},
	{"real-cn/pdf/05_xian_sifa_2026.pdf", "西安市司法局（汇总）", 2026, "元"},                // 13 tables in 元, 2 in 万元
	{"real-cn/pdf/06_xian_xingzhengshenpi_2025.pdf", "西安市行政审批服务局（汇总）", 2025, "元"}, // likewise
	{"real-cn/pdf/07_xian_weijian_2022_juesuan.pdf", "西安市卫生健康委员会（汇总）", 2022, "万元"},
	{"real-cn/pdf/08_xian_keji_2022.pdf", "西安市科学技术局", 2022, "元"}, // 20 in 元, 1 in 万元
	{"real-cn/pdf/09_xian_shangwu_2022.pdf", "西安市商务局", 2022, "元"},
	{"real-cn/pdf/10_fuzhou_yibao_2026.pdf", "福州市医疗保障局", 2026, "万元"},
	{"real-cn/pdf/11_fuzhou_minzheng_2026_unit.pdf", "福州市民政局(本级)", 2026, "万元"},
	{"real-cn/pdf/12_fuzhou_keji_2026_unit.pdf", "福州市科学技术局(本级)", 2026, "万元"},
	{"real-cn/pdf/13_fuzhou_jiaoguan_2026_unit.pdf", "福州市公安局交通管理支队", 2026, "万元"},
	{"real-cn/pdf/14_quanzhou_gongan_2026.pdf", "泉州市公安局", 2026, "万元"},
	{"real-cn/pdf/15_changsha_gongan_2025.pdf", "长沙市公安局", 2025, "万元"},
	{"real-cn/pdf/16_changsha_xinfang_2026.pdf", "长沙市信访局", 2026, "万元"},
	{"real-cn/pdf/17_guangzhou_shengtai_2026_xmjxmb.pdf", "广州市生态环境局", 2026, "万元"},
	{"real-cn/pdf/18_guangzhou_zhengshu_2026_bmzt.pdf", "广州市政务服务和数据管理局", 2026, "万元"}, // 预算金额（万元）
	{"real-cn/pdf/19_guangzhou_shengtai_2026_bmzt.pdf", "广州市生态环境局", 2026, "万元"},
	{"real-cn/pdf/20_guangzhou_zhengshu_2026_xmjxmb.pdf", "广州市政务服务和数据管理局", 2026, "万元"},
	{"real-cn/pdf/21_beijing_fagai_2026_biao.pdf", "北京市发展和改革委员会", 2026, "万元"},
	{"real-cn/pdf/22_beijing_shengtai_2026_biao.pdf", "北京市生态环境局", 2026, "万元"},
	{"real-cn/pdf/23_beijing_lvhua_2026_biao.pdf", "首都绿化委员会办公室", 2026, "万元"},
	{"real-cn/pdf/24_beijing_jingxin_2026_biao.pdf", "北京市经济和信息化局", 2026, "万元"},
	{"real-cn/pdf/25_guojia_xinfang_2026.pdf", "国家信访局", 2026, "万元"},
	{"real-cn/pdf/26_changchun_xinfang_2026.pdf", "长春市信访局（本级）", 2026, "万元"},
	{"real-cn/pdf/27_chongqing_shuili_2026.pdf", "重庆市水利局", 2026, "万元"},
	{"real-cn/pdf/28_chongqing_shangwu_2026.pdf", "重庆市商务委员会", 2026, "万元"},
	{"real-cn/pdf/29_shenzhen_caizheng_2026.pdf", "深圳市财政局（本级）", 2026, "万元"},
	{"real-cn/pdf/30_hangzhou_sifa_2026.pdf", "杭州市司法局", 2026, "万元"},
	{"real-cn/pdf/31_suzhou_shuiwu_2026.pdf", "苏州市水务局", 2026, "万元"},
	{"real-cn/pdf/32_shanghai_caizhengju_2025_unit.pdf", "上海市财政局", 2025, "元"},
	{"real-cn/pdf/33_jiangsu_shengweibangongting_2019_biao.pdf", "中共江苏省委办公厅", 2019, "万元"},
	{"real-cn/pdf/34_jiangsu_gaoyuan_2019.pdf", "江苏省高级人民法院", 2019, "万元"},
	{"real/sh_2025_municipal_finance_bureau_unit_budget.pdf", "上海市财政局", 2025, "元"},
	{"real/shpt_2024_planning_dept_final_accounts.pdf", "上海市普陀区规划和自然资源局", 2024, "万元"},
	{"real/shpt_2024_wanli_street_dept_budget.pdf", "上海市普陀区人民政府万里街道办事处", 2024, "元"},
	{"real/shpt_2024_welfare_home_unit_budget.pdf", "上海市普陀区社会福利院", 2024, "元"},
	{"real/shpt_2025_finance_dept_budget.pdf", "上海市普陀区财政局", 2025, "元"},
	{"real/shpt_2026_justice_dept_budget.pdf", "上海市普陀区司法局", 2026, "元"},
	{"real/shpt_2026_justice_unit_budget.pdf", "上海市普陀区司法局", 2026, "元"},
}

// TestRealIdentity checks the shared real files when they are present
// (not in -short runs: it reads 41 files).
func TestRealIdentity(t *testing.T) {
	shared := shareddir.Dir()
	if testing.Short() {
		t.Skip("reads 41 real files")
	}
	if _, err := os.Stat(filepath.Join(shared, "real-cn", "pdf")); err != nil {
		t.Skipf("the shared real files are not here: %v", err)
	}
	for _, tt := range realIdentity {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			doc := documentOf(t, filepath.Join(shared, tt.file))
			if doc.Unit.Name != tt.unit || doc.Year != tt.year || doc.MoneyUnit != tt.money {
				t.Errorf("got %q %d %q, want %q %d %q", doc.Unit.Name, doc.Year, doc.MoneyUnit, tt.unit, tt.year, tt.money)
			}
			if want := realKind[tt.file]; doc.Kind != want {
				t.Errorf("kind %q, want %q", doc.Kind, want) // realKind in kind_test.go
			}
		})
	}
}
