package normalize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// FuzzText: text input of any bytes never panics, and what Text returns
// is a well-formed document.
func FuzzText(f *testing.F) {
	f.Add([]byte("项目编码 1302 项目名称 甲\n预算数 15.00\n一级指标 二级指标 三级指标 指标值\n产出指标\n数量指标\n次数\n≥4次\n"))
	f.Add([]byte("\f\f-1-\n第1页\n\n\n3\n\n"))
	f.Add([]byte("绩效指标   一级指标   二级指标   三级指标   指标性质   指标值   度量单位\n  产出指标   数量指标   甲   ≥   1   个\n      乙\n"))
	if data, err := os.ReadFile(filepath.Join("..", "testdata", "leting-renda-2023-targets.txt")); err == nil {
		f.Add(data[:min(len(data), 6000)])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := Text(data, budgetpdf.Source{})
		if doc == nil || doc.Projects == nil || doc.Sections == nil || doc.Tables == nil {
			t.Fatal("incomplete document")
		}
		for _, p := range doc.Projects {
			if p.Pages == nil || p.Indicators == nil {
				t.Fatal("nil lists in a project")
			}
		}
	})
}
