package textgrid

import (
	"os"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// TestHeaderWordAbove: -layout prints a header cell that wraps over more
// lines than the others with its first line above the header row
// (分值权重 / （90分） beside 一级指标 … 指标值, 西安司法 2026 p50). The word
// is a column of the table: the targets stay apart from the weights.
func TestHeaderWordAbove(t *testing.T) {
	data, err := os.ReadFile("testdata/xian-sifa-2026-p50-layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	var header []string
	var targets, weights []string
	for _, it := range Read(data).Items {
		g := it.Grid
		if g == nil || g.NumRows() < 2 {
			continue
		}
		rows := g.Rows()
		cm, ok := forms.MapHeader(rows[0])
		if !ok {
			continue
		}
		header = rows[0]
		tc, wc := cm.Col(forms.RoleTarget), -1
		for c, h := range rows[0] {
			if strings.Contains(h, "分值权重") {
				wc = c
			}
		}
		for _, r := range rows[1:] {
			if tc >= 0 {
				targets = append(targets, r[tc])
			}
			if wc >= 0 {
				weights = append(weights, r[wc])
			}
		}
	}
	if !strings.Contains(strings.Join(header, "|"), "分值权重（90分）") {
		t.Errorf("header %q lacks 分值权重（90分）", header)
	}
	want := []string{"≤500", "400", "≥1000", "≥90", "≤60", "≥40000", "≥90%"}
	if strings.Join(targets, " ") != strings.Join(want, " ") {
		t.Errorf("header %q: targets %q, want %q", header, targets, want)
	}
	if got := strings.Join(weights, " "); got != "5 5 10 20 10 30 10" {
		t.Errorf("weights %q", weights)
	}
}

// TestHeaderWrappedAround: -layout prints a header cell that wraps over the
// lines above and below the header row, with nothing on the row itself
// (二级 / 指标, 年度 / 指标值, 实际 / 完成值, 偏差原因分析及改 / 进措施 beside
// 一级指标 三级指标 分值 得分: 西安卫健 2022 p58, a 自评表). Each is one header
// cell: the year's value is the target, the actual value kept apart.
func TestHeaderWrappedAround(t *testing.T) {
	data, err := os.ReadFile("testdata/xian-weijian-2022-p58-layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	var header, targets []string
	for _, it := range Read(data).Items {
		g := it.Grid
		if g == nil || g.NumRows() < 2 {
			continue
		}
		rows := g.Rows()
		cm, ok := forms.MapHeader(rows[0])
		if !ok || cm.Col(forms.RoleTarget) < 0 {
			continue
		}
		header = rows[0]
		for _, r := range rows[1:] {
			targets = append(targets, r[cm.Col(forms.RoleTarget)])
		}
		if h := rows[0][cm.Col(forms.RoleTarget)]; h != "年度指标值" {
			t.Errorf("target column %q, want 年度指标值", h)
		}
	}
	joined := strings.Join(header, "|")
	for _, w := range []string{"二级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"} {
		if !strings.Contains(joined, w) {
			t.Errorf("header %q lacks %s", header, w)
		}
	}
	if got := strings.Join(targets, " "); !strings.Contains(got, "每月报销一次") || !strings.Contains(got, "全年") {
		t.Errorf("targets %q lack 每月报销一次 and 全年", targets)
	}
}

// TestHeaderCellOverFiveLines: a header cell that wraps over the two lines
// above the header row, the row and the two lines below (北京 预算表12:
// 本年绩 / 效指标 / 值 beside 绩效指 / 标性质) is one header cell each.
func TestHeaderCellOverFiveLines(t *testing.T) {
	at := func(text string, line, col int) piece {
		n := len([]rune(text))
		return piece{text: text, line: line, col: col, end: col + 2*n, rcol: col, rend: col + n}
	}
	run := []piece{at("一级指标", 2, 0), at("二级指标", 2, 10), at("三级指标", 2, 20)}
	block := []piece{at("本年绩", 0, 40), at("绩效指", 1, 32)}
	body := []piece{at("效指标", 2, 40), at("标性质", 3, 32), at("值", 4, 41), at("产出指标", 5, 0)}
	run, block, body = wrappedAround(run, block, body)
	var got []string
	for _, p := range run {
		got = append(got, p.text)
	}
	if want := "一级指标 二级指标 三级指标 本年绩效指标值 绩效指标性质"; strings.Join(got, " ") != want {
		t.Errorf("run %q, want %q", got, want)
	}
	if len(block) != 0 || len(body) != 1 || body[0].text != "产出指标" {
		t.Errorf("block %v, body %v: the cell's pieces must leave them", block, body)
	}
}

// TestFragmentsAbove: a form that opens at its header row starts up to two
// lines higher when those lines hold header fragments only (本年绩, 绩效指)
// and stand under a caption or at the top of a page; fragments under a
// table's rows are the wrapped tail of its last row and stay there.
func TestFragmentsAbove(t *testing.T) {
	line := func(page int, text string) textLine { return textLine{text: text, page: page} }
	header := line(1, "项目名称 项目总额 绩效目标 一级指标 二级指标 三级指标 效指标")
	tests := []struct {
		name  string
		lines []textLine
		want  int
	}{
		{"under a caption", []textLine{line(1, "预算表12 项目支出绩效目标表"), line(1, "其中： 本年绩"), line(1, "绩效指 绩效度"), header}, 1},
		{"at the top of a page", []textLine{line(1, "产出指标 数量指标 次数 ≥ 4 次"), line(2, "其中： 本年绩"), line(2, "绩效指 绩效度"), header}, 1},
		{"the tail of the last row above", []textLine{line(1, "满意度指标 服务对象满 监督范围内工程项目参建 ≥90%"), line(1, "意度指标 单位满意度"), header}, 2},
		{"a line with a long text is no fragment", []textLine{line(1, "预算表12 项目支出绩效目标表"), line(1, "本年绩 为我市移动源监管提供技术"), header}, 2},
	}
	for _, tt := range tests {
		if got := fragmentsAbove(tt.lines, len(tt.lines)-1); got != tt.want {
			t.Errorf("%s: start %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestSentenceIsNoHeaderCell: the end of a sentence printed two lines above
// the header row (a goal cell's last line, 院感防控要求。) starts no header
// cell, however the lines under it read: 二级 over 指标 is the cell.
func TestSentenceIsNoHeaderCell(t *testing.T) {
	at := func(text string, line, col int) piece {
		n := len([]rune(text))
		return piece{text: text, line: line, col: col, end: col + 2*n, rcol: col, rend: col + n}
	}
	run := []piece{at("一级指标", 2, 0), at("三级指标", 2, 30)}
	block := []piece{at("院感防控要求。", 0, 17), at("二级", 1, 16)}
	body := []piece{at("指标", 3, 16), at("产出指标", 4, 0)}
	run, block, _ = wrappedAround(run, block, body)
	var got []string
	for _, p := range run {
		got = append(got, p.text)
	}
	if want := "一级指标 三级指标 二级指标"; strings.Join(got, " ") != want {
		t.Errorf("run %q, want %q", got, want)
	}
	if len(block) != 1 || block[0].text != "院感防控要求。" {
		t.Errorf("block %v: the sentence stays in the block", block)
	}
}
