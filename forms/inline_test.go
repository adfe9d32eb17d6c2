package forms

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestParseInline: indicators written inline in one cell, with the
// separators and ordinals the tables print; texts that are no inline list
// give nil.
func TestParseInline(t *testing.T) {
	type ii = inlineIndicator
	tests := []struct {
		name string
		text string
		want []inlineIndicator
	}{
		{"；-separated, with period and year values",
			"1、1-产出指标；11-数量指标；培训人次；实施周期指标值:≥1000人次；年度指标值:≥500人次。" +
				"2、1-产出指标；12-质量指标；培训合格率；实施周期指标值:100%；年度指标值:≥95%。" +
				"3、2-效益指标；22-社会效益指标；群众知晓率；实施周期指标值：≥90%；年度指标值：≥85%。",
			[]ii{
				{"产出指标", "数量指标", "培训人次", "≥500人次"},
				{"产出指标", "质量指标", "培训合格率", "≥95%"},
				{"效益指标", "社会效益指标", "群众知晓率", "≥85%"},
			}},
		{"，-separated",
			"1、1-产出指标，11-数量指标，新建公厕数量，实施周期指标值：10座，年度指标值：5座。" +
				"2、3-满意度指标，31-服务对象满意度指标，群众满意度，实施周期指标值：≥90%，年度指标值：≥90%。",
			[]ii{
				{"产出指标", "数量指标", "新建公厕数量", "5座"},
				{"满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"},
			}},
		{"the year's value printed before the period's",
			"1、1-产出指标；13-时效指标；完成时间；年度指标值:2026年12月底前；实施周期指标值:2027年12月底前。",
			[]ii{{"产出指标", "时效指标", "完成时间", "2026年12月底前"}}},
		{"1.1- as the first ordinal",
			"1.1-产出指标；11-数量指标；印发宣传册；实施周期指标值:≥2万份；年度指标值:≥1万份。" +
				"2.1-产出指标；12-质量指标；宣传覆盖率；实施周期指标值:100%；年度指标值:100%。",
			[]ii{
				{"产出指标", "数量指标", "印发宣传册", "≥1万份"},
				{"产出指标", "质量指标", "宣传覆盖率", "100%"},
			}},
		{"only 年度指标值",
			"1、1-产出指标；11-数量指标；维修道路长度；年度指标值:≥3公里。2、2-效益指标；21-经济效益指标；节约通行成本；年度指标值:有效节约。",
			[]ii{
				{"产出指标", "数量指标", "维修道路长度", "≥3公里"},
				{"效益指标", "经济效益指标", "节约通行成本", "有效节约"},
			}},
		{"only 指标值",
			"1、1-产出指标；11-数量指标；资助学生人数；指标值：≥300人。",
			[]ii{{"产出指标", "数量指标", "资助学生人数", "≥300人"}}},
		{"spaces and line breaks inside the cell",
			"1、1-产出指标；11-数量指标；资助学生\n人数；年度 指标值：≥300 人。",
			[]ii{{"产出指标", "数量指标", "资助学生人数", "≥300人"}}},
		{"the year's value left empty: the next entry follows its colon",
			"6、1-产出指标，12-质量指标，总结报告通过专家评审；实施周期指标值：通过验收，年度指标值：7、2-效益指标，23-生态效益，PM2.5年均浓度；实施周期指标值：≤25微克/立方米，年度指标值：≤26微克/立方米。",
			[]ii{
				{"产出指标", "质量指标", "总结报告通过专家评审", ""},
				{"效益指标", "生态效益", "PM2.5年均浓度", "≤26微克/立方米"},
			}},
		{"a range after a colon is a value, not an entry",
			"1、1-产出指标；11-数量指标；监测频次；年度指标值：3.5-4.0次。",
			[]ii{{"产出指标", "数量指标", "监测频次", "3.5-4.0次"}}},
		{"plain goal text with a colon", "项目绩效目标：完成全年培训任务，培训合格率达到95%以上。", nil},
		{"numbered goals with colons, no numbered levels", "1、数量目标：完成培训500人次；2、质量目标：合格率≥95%。", nil},
		{"no colon at all", "1、1-产出指标；11-数量指标；培训人次；≥500人次。", nil},
		{"a level and no name", "1、1-产出指标；年度指标值:≥500人次。", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseInline(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseInline(%q)\n got %+v\nwant %+v", tt.text, got, tt.want)
			}
		})
	}
}

// TestInlineTable: a many-project table whose indicator column holds an
// inline list gives one indicator per entry, under its project.
func TestInlineTable(t *testing.T) {
	var fp Parser
	fp.AddGrid(testGrid(9, [][]string{
		{"项目名称", "项目总额", "绩效指标"},
		{"社区服务项目", "30.00", "1、1-产出指标；11-数量指标；服务人次；实施周期指标值:≥2000人次；年度指标值:≥1000人次。2、3-满意度指标；31-服务对象满意度指标；满意度；年度指标值:≥90%。"},
		{"道路维修项目", "12.50", "1、1-产出指标；11-数量指标；维修长度；年度指标值:≥3公里。"},
	}))
	projects, _, _ := fp.Finish()
	if len(projects) != 2 {
		t.Fatalf("%d projects, want 2: %+v", len(projects), projects)
	}
	a, b := projects[0], projects[1]
	if a.Name != "社区服务项目" || a.Budget.Total == nil || *a.Budget.Total != 30 || len(a.Indicators) != 2 {
		t.Fatalf("first project = %+v", a)
	}
	if i := a.Indicators[0]; i.Level1 != "产出指标" || i.Level2 != "数量指标" || i.Name != "服务人次" || i.Target != "≥1000人次" || i.Op != "≥" || i.Value == nil || *i.Value != 1000 || i.Page != 9 {
		t.Errorf("first inline indicator = %+v", i)
	}
	if i := a.Indicators[1]; i.Level1 != "满意度指标" || i.Name != "满意度" || i.Target != "≥90%" {
		t.Errorf("second inline indicator = %+v", i)
	}
	if b.Name != "道路维修项目" || len(b.Indicators) != 1 || b.Indicators[0].Target != "≥3公里" {
		t.Errorf("second project = %+v", b)
	}
}

// FuzzParseInline: parseInline never panics, and every entry it returns
// has a name; each entry's fields are valid UTF-8 taken from the text.
func FuzzParseInline(f *testing.F) {
	for _, s := range []string{
		"1、1-产出指标；11-数量指标；培训人次；实施周期指标值:≥1000人次；年度指标值:≥500人次。2、1-产出指标；12-质量指标；合格率；年度指标值:100%。",
		"1、1-产出指标，11-数量指标，新建公厕数量，实施周期指标值：10座，年度指标值：5座。",
		"1.1-产出指标；11-数量指标；印发宣传册；指标值:≥1万份。",
		"项目绩效目标：完成全年培训任务。",
		"1、1-；：值:",
		"1、1-产出指标；；值：",
		"。1.1-a;1-b;c:值:d,2.2-x；y值：",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		entries := parseInline(text)
		squeezed := strings.Join(strings.Fields(text), "")
		for _, e := range entries {
			if strings.TrimSpace(e.name) == "" {
				t.Errorf("parseInline(%q): entry %+v has no name", text, e)
			}
			for _, s := range []string{e.level1, e.level2, e.name, e.target} {
				if !utf8.ValidString(s) && utf8.ValidString(text) {
					t.Errorf("parseInline(%q): field %q is not valid UTF-8", text, s)
				}
				if !strings.Contains(squeezed, s) {
					t.Errorf("parseInline(%q): field %q is not in the text", text, s)
				}
			}
		}
	})
}
