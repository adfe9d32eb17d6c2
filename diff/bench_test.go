package diff

import (
	"fmt"
	"math/rand/v2"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

var (
	subjects = []string{"河道", "水库", "农村供水", "防汛", "基层卫生", "医保服务站", "养老服务", "殡葬服务",
		"社区居家", "水资源", "困境儿童", "特困人员", "城乡低保", "河湖巡查", "机井", "定点医药机构"}
	metrics = []string{"建设数量", "覆盖率", "任务完成率", "对象满意度", "巡查次数", "培训人次", "验收合格率",
		"补助发放时限", "成本控制数", "运行完好率", "政策知晓率", "问题整改率"}
	levelPairs = [][2]string{{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
		{"产出指标", "成本指标"}, {"效益指标", "社会效益指标"}, {"满意度指标", "服务对象满意度指标"}}
	kinds = []string{"专项经费", "补助资金", "工作经费", "维修养护", "综合治理"}
)

// syntheticPair makes a ~35-page document (projects × indicators) and a
// next year's version: every code changed, some names drifted, targets and
// budgets moved, a few projects and indicators dropped and added.
func syntheticPair(projects, indicators int) (old, new *budgetpdf.Document) {
	rng := rand.New(rand.NewPCG(7, 11))
	old = &budgetpdf.Document{Year: 2024, Unit: budgetpdf.Unit{Name: "合成县水利局"}}
	new = &budgetpdf.Document{Year: 2025, Unit: old.Unit}
	for p := 0; p < projects; p++ {
		op := budgetpdf.Project{Code: fmt.Sprintf("13022524P%012d", p),
			Name:   subjects[p%len(subjects)] + kinds[p/len(subjects)%len(kinds)] + fmt.Sprint(p/(len(subjects)*len(kinds))),
			Budget: budgetpdf.Budget{Total: budgetpdf.Float(float64(10 + p)), Fiscal: budgetpdf.Float(float64(10 + p))}}
		for i := 0; i < indicators; i++ {
			lv := levelPairs[i%len(levelPairs)]
			v := float64(50 + rng.IntN(50))
			op.Indicators = append(op.Indicators, budgetpdf.Indicator{Level1: lv[0], Level2: lv[1],
				Name:   subjects[rng.IntN(len(subjects))] + metrics[(i+p)%len(metrics)],
				Target: fmt.Sprintf("≥%v%%", v), Op: "≥", Value: budgetpdf.Float(v), Unit: "%"})
		}
		old.Projects = append(old.Projects, op)
		if rng.IntN(20) == 0 {
			continue // dropped
		}
		np := op
		np.Code = fmt.Sprintf("13022525P%012d", p)
		np.Indicators = nil
		if rng.IntN(10) == 0 {
			np.Name = "年度" + np.Name
		}
		if rng.IntN(4) == 0 {
			np.Budget.Total = budgetpdf.Float(*op.Budget.Total * 1.4)
		}
		for _, ind := range op.Indicators {
			switch rng.IntN(20) {
			case 0:
				continue // dropped
			case 1:
				ind.Name = "开展" + ind.Name
			case 2, 3, 4:
				ind.Value = budgetpdf.Float(*ind.Value - 5)
			}
			np.Indicators = append(np.Indicators, ind)
		}
		new.Projects = append(new.Projects, np)
	}
	return old, new
}

// BenchmarkCompare diffs two ~35-page documents (40 projects × 20
// indicators each).
func BenchmarkCompare(b *testing.B) {
	old, new := syntheticPair(40, 20)
	Compare(old, new, Options{}) // load the segmenter outside the timing
	b.ResetTimer()
	for b.Loop() {
		Compare(old, new, Options{})
	}
}

func TestSyntheticPair(t *testing.T) {
	old, new := syntheticPair(40, 20)
	r := Compare(old, new, Options{})
	counts := map[Kind]int{}
	for _, c := range r.Changes {
		counts[c.Kind]++
	}
	dropped := len(old.Projects) - len(new.Projects)
	if counts[ProjectRemoved] != dropped || counts[ProjectAdded] != 0 {
		t.Errorf("projects: %d removed (want %d), %d added", counts[ProjectRemoved], dropped, counts[ProjectAdded])
	}
	if counts[TargetChanged] == 0 || counts[BudgetChanged] == 0 || counts[IndicatorRemoved] == 0 {
		t.Errorf("counts %v", counts)
	}
}
