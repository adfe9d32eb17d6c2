package pdfgrid

import (
	"testing"

	"github.com/budgetpdf/budgetpdf/layout"
)

func line(y float64, cells ...any) layout.Line {
	var gs = glyphsAt("", 0, y)
	for i := 0; i+1 < len(cells); i += 2 {
		gs = append(gs, glyphsAt(cells[i+1].(string), cells[i].(float64), y)...)
	}
	return layout.NewLine(gs, 1)
}

func TestAlignedSummaryTable(t *testing.T) {
	lines := []layout.Line{
		line(100, 0.0, "一、总体绩效目标"),
		line(120, 0.0, "项目", 200.0, "预算数", 300.0, "项目", 450.0, "预算数"),
		line(135, 0.0, "一、财政拨款收入", 200.0, "3,121.42", 300.0, "一、一般公共服务支出", 450.0, "2,218.64"),
		line(150, 0.0, "二、事业收入", 300.0, "二、社会保障和就业支出", 450.0, "350.86"),
		line(165, 0.0, "收入总计", 200.0, "3,121.42", 300.0, "支出总计", 450.0, "3,121.42"),
		line(200, 0.0, "2025年，本部门收入预算3,121.42万元，比上年增加107.62万元。"),
	}
	grids, rest := alignedTables(lines, 1)
	if len(grids) != 1 {
		t.Fatalf("%d tables, want 1", len(grids))
	}
	rows := grids[0].Rows()
	if len(rows) != 4 || len(rows[0]) != 4 || rows[2][1] != "" || rows[2][3] != "350.86" || rows[3][0] != "收入总计" {
		t.Errorf("rows = %q", rows)
	}
	if len(rest) != 2 {
		t.Errorf("%d lines left for the narrative, want the heading and the narrative.Paragraph", len(rest))
	}
}

func TestNarrativeIsNotATable(t *testing.T) {
	lines := []layout.Line{
		line(100, 0.0, "1、加强组织领导，明确分工，完善目标责任制；"),
		line(115, 0.0, "2、加强对项目实施的监督检查；"),
		line(130, 0.0, "填报单位：XX县财政局", 400.0, "单位：万元"),
		line(145, 0.0, "3、及时掌握工作进展。"),
		line(160, 0.0, "第1页"),
	}
	if grids, _ := alignedTables(lines, 1); len(grids) != 0 {
		t.Errorf("narrative gave %d tables", len(grids))
	}
}
