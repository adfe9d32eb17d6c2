package textgrid

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// TestLayoutRows: -layout rows as pdftotext prints a central-template
// table: a target wrapped around its main line (centred), a name wrapped
// below it (top aligned), a merged level-2 cell wrapped into the next row.
func TestLayoutRows(t *testing.T) {
	text := strings.Join([]string{
		"绩效指标      一级指标     二级指标                三级指标           指标性质       指标值     度量单位",
		"          产出指标     数量指标              印发宣传资料份数          ≥         12500     份",
		"                                        按合同约定支",
		"          时效指标         资金支付进度      定性",
		"                                           付",
		"          时效指标        河道清淤及时率      ≥      93      %",
		"         可持续影响指标    校园安全管理工作机制完善程 定性   逐步完善",
		"                           度",
		"       满意度指标   服务对象满意度 服务对象满意度           ≥          96         %",
		"                 指标   群众满意度             ≥          88         %",
	}, "\n")
	in := readTextLines([]byte(text + "\n"))
	var ps []piece
	for i, l := range in.lines {
		ps = append(ps, linePieces(l, i)...)
	}
	ps = mergeVocab(ps)
	s, e := headerRun(ps)
	if s < 0 {
		t.Fatal("no header")
	}
	header := headerTexts(ps[s:e], ps[:s])
	cm, ok := forms.MapHeader(header)
	if !ok {
		t.Fatalf("header %q not mapped", header)
	}
	var kinds []forms.Role
	for _, c := range contentRoles(cm) {
		kinds = append(kinds, cm.Roles[c])
	}
	rows := layoutRows(ps[e:], kinds, cm, nil)
	fillLevels(rows)
	var got []string
	for _, r := range rows {
		got = append(got, r.level1+"/"+r.level2+"/"+strings.Join(r.cells, "/"))
	}
	want := []string{
		"产出指标/数量指标/印发宣传资料份数/≥/12500/份",
		"产出指标/时效指标/资金支付进度/定性/按合同约定支付/",
		"产出指标/时效指标/河道清淤及时率/≥/93/%",
		"效益指标/可持续影响指标/校园安全管理工作机制完善程度/定性/逐步完善/",
		"满意度指标/服务对象满意度指标/服务对象满意度/≥/96/%",
		"满意度指标/服务对象满意度指标/群众满意度/≥/88/%",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
