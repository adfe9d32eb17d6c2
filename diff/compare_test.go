package diff

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// t1Pair is a T1 document (codes, budgets, plans) and a next year's
// version of it with known changes.
func t1Pair(t testing.TB) (old, new *budgetpdf.Document) {
	old = load(t, "dev-004.json")
	new = nextYear(t, old)

	// 河湖长制工作经费: budget +40%, plan moved, one target looser, one
	// stricter, and one indicator really replaced by another (no rename).
	p0 := project(t, new, "河湖长制工作经费")
	p0.Budget.Total, p0.Budget.Fiscal = budgetpdf.Float(69.3), budgetpdf.Float(69.3)
	p0.Plan = slices.Clone(p0.Plan)
	p0.Plan[0].Value = budgetpdf.Float(12)
	quantitative(indicator(t, p0, "河长参训率"), ">80%", ">", 80, "%")
	quantitative(indicator(t, p0, "水资源监测完成率"), "≥95%", "≥", 95, "%")
	removeIndicator(t, p0, "印发宣传资料份数")
	added := *indicator(t, p0, "河道建设数量")
	added.Name, added.Description, added.Basis = "河道巡查次数", "河道巡查次数", "河道巡查次数"
	quantitative(&added, "≥12次", "≥", 12, "次")
	insertIndicator(t, p0, "河道建设数量", added)

	// 地下水超采综合治理: a drifted name, a removal, ≥ → = at the same value.
	p1 := project(t, new, "地下水超采综合治理")
	indicator(t, p1, "开展水资源监测次数").Name = "水资源监测开展次数"
	removeIndicator(t, p1, "机井覆盖数量")
	quantitative(indicator(t, p1, "小型水库运行完好率"), "96%", "=", 96, "%")

	// 农村供水工程维修养护: renamed project, = without a sense, ≤ looser,
	// qualitative → quantitative, a unit, a qualitative text, a goal, and
	// a reprinted target that is not a change.
	p2 := project(t, new, "农村供水工程维修养护")
	p2.Name = "农村供水工程维修养护经费"
	quantitative(indicator(t, p2, "开展河湖巡查次数"), "35次", "=", 35, "次")
	quantitative(indicator(t, p2, "补助资金发放时限"), "≤20天", "≤", 20, "天")
	quantitative(indicator(t, p2, "河道清淤完成时间"), "≤30天", "≤", 30, "天")
	indicator(t, p2, "水资源监测成本控制数").Unit = "元"
	qualitative(indicator(t, p2, "促进农村供水经济发展"), "显著促进")
	indicator(t, p2, "群众满意度").Target = "≧94百分比"
	p2.Goal = "保障农村供水工程正常运行。"

	// 防汛抗旱专项经费 dropped, 水土保持监测经费 new.
	fresh := *project(t, new, "防汛抗旱专项经费")
	fresh.Name, fresh.Code = "水土保持监测经费", "62012325P003XX0000001"
	new.Projects = slices.DeleteFunc(new.Projects, func(p budgetpdf.Project) bool { return p.Name == "防汛抗旱专项经费" })
	new.Projects = append(new.Projects, fresh)

	return old, new
}

// TestCompareT1Pair asserts the exact change list of t1Pair.
func TestCompareT1Pair(t *testing.T) {
	old, new := t1Pair(t)
	oldP0, p0 := project(t, old, "河湖长制工作经费"), project(t, new, "河湖长制工作经费")
	oldGoal, newGoal := project(t, old, "农村供水工程维修养护").Goal, project(t, new, "农村供水工程维修养护经费").Goal
	r := Compare(old, new, Options{})
	want := []Change{
		change(BudgetChanged, "河湖长制工作经费", "", "total", 49.5, 69.3, ""),
		change(BudgetChanged, "河湖长制工作经费", "", "fiscal", 49.5, 69.3, ""),
		change(PlanChanged, "河湖长制工作经费", "", "plan", oldP0.Plan, p0.Plan, ""),
		change(IndicatorRemoved, "河湖长制工作经费", "印发宣传资料份数", "", nil, nil, ""),
		change(IndicatorAdded, "河湖长制工作经费", "河道巡查次数", "", nil, nil, ""),
		change(TargetChanged, "河湖长制工作经费", "河长参训率", "value", 86.0, 80.0, Looser),
		change(TargetChanged, "河湖长制工作经费", "水资源监测完成率", "value", 90.0, 95.0, Stricter),

		change(IndicatorRenamed, "地下水超采综合治理", "水资源监测开展次数", "", "开展水资源监测次数", "水资源监测开展次数", ""),
		change(IndicatorRemoved, "地下水超采综合治理", "机井覆盖数量", "", nil, nil, ""),
		change(TargetChanged, "地下水超采综合治理", "小型水库运行完好率", "op", "≥", "=", Stricter),

		change(ProjectRenamed, "农村供水工程维修养护经费", "", "", "农村供水工程维修养护", "农村供水工程维修养护经费", ""),
		change(GoalChanged, "农村供水工程维修养护经费", "", "goal", oldGoal, newGoal, ""),
		change(TargetChanged, "农村供水工程维修养护经费", "开展河湖巡查次数", "value", 29.0, 35.0, ""),
		change(TargetChanged, "农村供水工程维修养护经费", "补助资金发放时限", "value", 16.0, 20.0, Looser),
		change(TargetChanged, "农村供水工程维修养护经费", "河道清淤完成时间", "target", "年内完成", "≤30天", ""),
		change(UnitChanged, "农村供水工程维修养护经费", "水资源监测成本控制数", "unit", "万元", "元", ""),
		change(TargetChanged, "农村供水工程维修养护经费", "促进农村供水经济发展", "target", "有效促进", "显著促进", ""),

		change(ProjectAdded, "水土保持监测经费", "", "", nil, nil, ""),
		change(ProjectRemoved, "防汛抗旱专项经费", "", "", nil, nil, ""),
	}
	checkChanges(t, r.Changes, want)
	if r.Schema != Schema || r.Old.Year != 2024 || r.New.Year != 2025 || r.New.Unit != "西德县水利局" {
		t.Errorf("header = %q %+v %+v", r.Schema, r.Old, r.New)
	}
}

// TestCompareT3Pair diffs a T3 document (no codes, 指标性质 column) and a
// department table, with known changes.
func TestCompareT3Pair(t *testing.T) {
	old := load(t, "dev-007.json")
	old.Department = &budgetpdf.Department{Goal: "全面履行民政职责。", Indicators: []budgetpdf.Indicator{
		{Level1: "满意度指标", Level2: "服务对象满意度指标", Name: "群众满意度", Target: "≥90%", Op: "≥", Value: budgetpdf.Float(90), Unit: "%"},
		{Level1: "产出指标", Level2: "时效指标", Name: "资金拨付及时率", Target: "100%", Op: "=", Value: budgetpdf.Float(100), Unit: "%"},
	}}
	new := nextYear(t, old)

	// The department table: a looser satisfaction target, and a level
	// label printed another way (满意度 for 满意度指标), which is no change.
	quantitative(&new.Department.Indicators[0], "≥85%", "≥", 85, "%")
	new.Department.Indicators[0].Level2 = "服务对象满意度"

	// 困境儿童基本生活保障资金: = → ≥ at the same value, an indicator moved
	// to another 二级指标, and a removal plus an addition in different
	// blocks whose names are similar (not a rename across blocks).
	p0 := project(t, new, "困境儿童基本生活保障资金")
	quantitative(indicator(t, p0, "社会组织年检按时完成率"), "≥95%", "≥", 95, "%")
	indicator(t, p0, "资金使用合规性").Level2 = "时效指标"
	removeIndicator(t, p0, "特困人员参训率")
	moved := *indicator(t, p0, "开展殡葬服务次数")
	moved.Name = "特困人员参训人次"
	quantitative(&moved, "2000人次", "=", 2000, "人次")
	insertIndicator(t, p0, "开展殡葬服务次数", moved)

	// 特困人员救助供养资金: = on a rate (up is stricter) and on a count
	// (no sense).
	p2 := project(t, new, "特困人员救助供养资金")
	quantitative(indicator(t, p2, "资金使用合规率"), "98%", "=", 98, "%")
	quantitative(indicator(t, p2, "困境儿童培训人次"), "1500人次", "=", 1500, "人次")

	// 城乡最低生活保障资金: ≤ on a cost (stricter) and a rate (looser).
	p3 := project(t, new, "城乡最低生活保障资金")
	quantitative(indicator(t, p3, "人均培训成本"), "≤400元", "≤", 400, "元")
	quantitative(indicator(t, p3, "年度预算执行偏差率"), "≤8%", "≤", 8, "%")

	r := Compare(old, new, Options{})
	want := []Change{
		change(TargetChanged, "", "群众满意度", "value", 90.0, 85.0, Looser),

		change(IndicatorAdded, "困境儿童基本生活保障资金", "特困人员参训人次", "", nil, nil, ""),
		change(LevelChanged, "困境儿童基本生活保障资金", "资金使用合规性", "level2", "质量指标", "时效指标", ""),
		change(IndicatorRemoved, "困境儿童基本生活保障资金", "特困人员参训率", "", nil, nil, ""),
		change(TargetChanged, "困境儿童基本生活保障资金", "社会组织年检按时完成率", "op", "=", "≥", Looser),

		change(TargetChanged, "特困人员救助供养资金", "困境儿童培训人次", "value", 1300.0, 1500.0, ""),
		change(TargetChanged, "特困人员救助供养资金", "资金使用合规率", "value", 100.0, 98.0, Looser),

		change(TargetChanged, "城乡最低生活保障资金", "年度预算执行偏差率", "value", 5.0, 8.0, Looser),
		change(TargetChanged, "城乡最低生活保障资金", "人均培训成本", "value", 429.0, 400.0, Stricter),
	}
	checkChanges(t, r.Changes, want)
}

// TestCompareSameDocument finds nothing between a document and itself.
func TestCompareSameDocument(t *testing.T) {
	for _, name := range []string{"dev-004.json", "dev-007.json"} {
		d := load(t, name)
		if r := Compare(d, nextYear(t, d), Options{}); len(r.Changes) != 0 {
			t.Errorf("%s: %d changes, first %+v", name, len(r.Changes), r.Changes[0])
		}
	}
}

// TestCompareDriftedName matches the drifted name of the issue as a rename,
// and keeps a genuinely different indicator of the same block apart.
func TestCompareDriftedName(t *testing.T) {
	mk := func(names ...string) *budgetpdf.Document {
		p := budgetpdf.Project{Name: "基层卫生人才培养"}
		for _, n := range names {
			p.Indicators = append(p.Indicators, budgetpdf.Indicator{Level1: "产出指标", Level2: "数量指标",
				Name: n, Target: "500人次", Op: "=", Value: budgetpdf.Float(500), Unit: "人次"})
		}
		return &budgetpdf.Document{Projects: []budgetpdf.Project{p}}
	}
	old := mk("培训基层卫生技术人员人次", "乡村医生签约服务人数")
	new := mk("基层卫生技术人员培训人次", "家庭医生签约服务覆盖率")
	r := Compare(old, new, Options{})
	want := []Change{
		change(IndicatorRenamed, "基层卫生人才培养", "基层卫生技术人员培训人次", "", "培训基层卫生技术人员人次", "基层卫生技术人员培训人次", ""),
		change(IndicatorRemoved, "基层卫生人才培养", "乡村医生签约服务人数", "", nil, nil, ""),
		change(IndicatorAdded, "基层卫生人才培养", "家庭医生签约服务覆盖率", "", nil, nil, ""),
	}
	checkChanges(t, r.Changes, want)
}

// TestCompareNil treats a missing document as an empty one.
func TestCompareNil(t *testing.T) {
	d := load(t, "dev-007.json")
	r := Compare(nil, d, Options{})
	if len(r.Changes) != len(d.Projects) {
		t.Fatalf("got %d changes, want %d project_added", len(r.Changes), len(d.Projects))
	}
	for _, c := range r.Changes {
		if c.Kind != ProjectAdded {
			t.Errorf("got %s", c.Kind)
		}
	}
	if r := Compare(d, nil, Options{}); r.Changes[0].Kind != ProjectRemoved {
		t.Errorf("got %s", r.Changes[0].Kind)
	}
}

// TestCompareSameNameTwoUnits: a table of many projects names the same
// project under several units (日常保障运行 of two prisons); each pairs
// with its own unit's next year, however the rows are ordered.
func TestCompareSameNameTwoUnits(t *testing.T) {
	mk := func(units []string, totals []float64) *budgetpdf.Document {
		d := &budgetpdf.Document{}
		for i, u := range units {
			d.Projects = append(d.Projects, budgetpdf.Project{Name: "日常保障运行", UnitName: u,
				Budget: budgetpdf.Budget{Total: budgetpdf.Float(totals[i])}})
		}
		return d
	}
	old := mk([]string{"某市第一监狱", "某市第二监狱"}, []float64{100, 200})
	same := mk([]string{"某市第二监狱", "某市第一监狱"}, []float64{200, 100})
	if r := Compare(old, same, Options{}); len(r.Changes) != 0 {
		t.Errorf("rows reordered: %d changes, first %+v", len(r.Changes), r.Changes[0])
	}
	moved := mk([]string{"某市第二监狱", "某市第一监狱"}, []float64{250, 100})
	r := Compare(old, moved, Options{})
	if len(r.Changes) != 1 || r.Changes[0].Kind != BudgetChanged {
		t.Errorf("changes = %+v, want one budget change (第二监狱 200 → 250)", r.Changes)
	}
}

// TestChangesNameTheirUnit: the changes of two same-named projects under
// two units say which unit, and the text report heads them apart.
func TestChangesNameTheirUnit(t *testing.T) {
	mk := func(a, b float64) *budgetpdf.Document {
		return &budgetpdf.Document{Projects: []budgetpdf.Project{
			{Name: "机构运行辅助经费", UnitName: "某市第一分局", Budget: budgetpdf.Budget{Total: budgetpdf.Float(a)}},
			{Name: "机构运行辅助经费", UnitName: "某市第二分局", Budget: budgetpdf.Budget{Total: budgetpdf.Float(b)}},
		}}
	}
	r := Compare(mk(10, 20), mk(11, 22), Options{})
	var units []string
	for _, c := range r.Changes {
		units = append(units, c.ProjectUnit)
	}
	if fmt.Sprint(units) != "[某市第一分局 某市第二分局]" {
		t.Fatalf("changes %+v", r.Changes)
	}
	var b strings.Builder
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"机构运行辅助经费（某市第一分局） (1)", "机构运行辅助经费（某市第二分局） (1)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, b.String())
		}
	}
}
