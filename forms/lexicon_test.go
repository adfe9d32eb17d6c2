package forms

import (
	"strings"
	"testing"
)

// lexRoleName is the lexicon's name of a role, for messages.
func lexRoleName(r Role) string {
	for n, x := range roleNames {
		if x == r {
			return n
		}
	}
	if r == RoleNone {
		return "none"
	}
	return "?"
}

// TestLexiconParses: the embedded lexicon is well formed, holds rules for
// every role a header can take, and every rule's word is a header key.
func TestLexiconParses(t *testing.T) {
	rules, err := parseLexicon(columnsTSV)
	if err != nil {
		t.Fatalf("parseLexicon(columns.tsv): %v", err)
	}
	if len(rules) < 50 {
		t.Fatalf("%d rules: the lexicon lost lines", len(rules))
	}
	seen := map[string]bool{}
	for _, r := range rules {
		seen[r.Role] = true
		if r.word == "" || r.word != HeaderKey(r.word) {
			t.Errorf("rule %+v: word is not a header key", r)
		}
		if r.weight <= 0 || r.weight > 1 {
			t.Errorf("rule %+v: weight outside (0, 1]", r)
		}
	}
	for n := range roleNames {
		if n == "label" {
			continue // a role keepBest gives (绩效指标 beside 指标名称), no word's
		}
		if !seen[n] {
			t.Errorf("no lexicon rule gives role %q", n)
		}
	}
	if !seen["prefer"] || !seen["avoid"] {
		t.Errorf("the qualifier rules (prefer / avoid) are missing")
	}
	// the exact wordings of the indicator roles are the text path's synonyms
	for w, want := range map[string]Role{"三级指标": RoleName, "指标值": RoleTarget, "计量单位": RoleUnit, "指标性质": RoleSign, "指标值确定依据": RoleBasis,
		"分值": RoleExtra, "实际完成值": RoleExtra} {
		if got, ok := HeaderSynonyms[w]; !ok || got != want {
			t.Errorf("HeaderSynonyms[%q] = %v, %v; want %v", w, lexRoleName(got), ok, lexRoleName(want))
		}
	}
	// an extra column's wording below weight 1 is no synonym (活动 is a body
	// word of other tables too)
	for _, w := range []string{"活动", "备注"} {
		if _, ok := HeaderSynonyms[w]; ok {
			t.Errorf("HeaderSynonyms[%q] is set; extras below weight 1 are no synonyms", w)
		}
	}
}

// TestParseLexiconErrors: a bad line is an error naming the line.
func TestParseLexiconErrors(t *testing.T) {
	good := "# comment\n\nexact\t一级\tlevel1\t0.8\n"
	tests := []struct {
		name, line, want string
	}{
		{"three fields", "exact\t二级\tlevel2", "4 tab-separated fields"},
		{"spaces, not tabs", "exact 二级 level2 0.8", "4 tab-separated fields"},
		{"bad weight", "exact\t二级\tlevel2\theavy", "weight"},
		{"unknown match", "regexp\t二级\tlevel2\t0.8", "unknown match"},
		{"unknown role", "exact\t二级\tlevel9\t0.8", "unknown role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// the bad line is the file's fifth
			_, err := parseLexicon(good + "suffix\t值\ttarget\t0.6\n" + tt.line + "\n")
			if err == nil {
				t.Fatalf("no error for %q", tt.line)
			}
			if !strings.Contains(err.Error(), "line 5") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to name line 5 and say %q", err, tt.want)
			}
		})
	}
	if rules, err := parseLexicon(good); err != nil || len(rules) != 1 || rules[0].word != "一级" || rules[0].Role != "level1" || rules[0].weight != 0.8 || rules[0].match != "exact" {
		t.Errorf("parseLexicon(good) = %+v, %v", rules, err)
	}
}

// TestScoreHeaderGeneralises: header wordings that are no exact word of
// the lexicon take their role from their head word.
func TestScoreHeaderGeneralises(t *testing.T) {
	tests := []struct {
		header string
		want   Role
	}{
		{"年度(/项目)指标值", RoleTarget},
		{"年度（项目）指标值", RoleTarget},
		{"本年绩效指标值", RoleTarget},
		{"预期指标值", RoleTarget},
		{"标准值", RoleTarget},
		{"2025年度指标值：", RoleTarget},
		{"绩效指标性质", RoleSign},
		{"指标值类型", RoleSign},
		{"绩效度量单位", RoleUnit},
		{"单位（项目）名称", RoleProject},
		{"项目名称（资金使用单位）", RoleProject},
		{"年度资金总额(万元)", RoleTotal},
		{"指标权重(%)", RoleExtra},
		{"是否核心指标", RoleExtra},
		{"一级绩效指标名称", RoleLevel1},
		{"三 级 绩 效 指 标", RoleName},
		{"指标值设定依据及数据来源", RoleNone}, // no head word the lexicon knows: evidence decides
		{"预算数", RoleTotal},
		{"功能分类科目", RoleNone},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			got, w := scoreHeader(tt.header).best()
			if got != tt.want {
				t.Errorf("scoreHeader(%q).best() = %s (%.2f), want %s; scores %v", tt.header, lexRoleName(got), w, lexRoleName(tt.want), scoreHeader(tt.header))
			}
		})
	}
	// qualifiers move a target's weight: the year's value outweighs the period's
	year, period := scoreHeader("年度指标值")[RoleTarget], scoreHeader("实施周期指标值")[RoleTarget]
	if !(year > period) {
		t.Errorf("年度指标值 weighs %.2f, 实施周期指标值 %.2f: the year's value must weigh more", year, period)
	}
	if bare, qualified := scoreHeader("指标值")[RoleTarget], scoreHeader("中长期指标值")[RoleTarget]; !(bare > qualified) {
		t.Errorf("指标值 %.2f, 中长期指标值 %.2f: 中长期 must take weight", bare, qualified)
	}
}

// TestMapHeaderGeneralises: whole header rows of wordings the lexicon
// does not list, mapped by head word and weight.
func TestMapHeaderGeneralises(t *testing.T) {
	const (
		no = RoleNone
		l1 = RoleLevel1
		l2 = RoleLevel2
		nm = RoleName
		tg = RoleTarget
		un = RoleUnit
		sg = RoleSign
		ex = RoleExtra
		lb = RoleLabel
		pj = RoleProject
		to = RoleTotal
		fi = RoleFiscal
		ot = RoleOther
		gl = RoleGoal
	)
	tests := []struct {
		name  string
		cells []string
		ok    bool
		roles []Role
	}{
		{"year beside period: the year's value is the target",
			[]string{"一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"}, true,
			[]Role{l1, l2, nm, ex, tg}},
		{"period after year: still the year's",
			[]string{"一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值"}, true,
			[]Role{l1, l2, nm, tg, ex}},
		{"本年 beside 中长期",
			[]string{"一级指标", "二级指标", "三级指标", "中长期指标值", "本年绩效指标值", "绩效度量单位"}, true,
			[]Role{l1, l2, nm, ex, tg, un}},
		{"年度（项目）指标值 and 绩效指标性质",
			[]string{"一级指标", "二级指标", "三级指标", "绩效指标性质", "年度（项目）指标值", "度量单位"}, true,
			[]Role{l1, l2, nm, sg, tg, un}},
		{"no level columns: 绩效指标 is the label",
			[]string{"绩效指标", "指标名称", "指标性质", "指标值", "计量单位", "指标权重", "是否核心"}, true,
			[]Role{lb, nm, sg, tg, un, ex, ex}},
		{"预期指标值 with 指标权重(%) and 是否核心指标",
			[]string{"一级指标", "二级指标", "三级指标", "预期指标值", "指标权重(%)", "是否核心指标"}, true,
			[]Role{l1, l2, nm, tg, ex, ex}},
		{"标准值 is the target when no column is a 指标值",
			[]string{"一级指标", "二级指标", "三级指标", "标准值", "计量单位"}, true,
			[]Role{l1, l2, nm, tg, un}},
		{"many projects: 单位（项目）名称 and 年度资金总额(万元)",
			[]string{"单位（项目）名称", "年度资金总额(万元)", "财政资金", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"}, true,
			[]Role{pj, to, fi, ot, gl, l1, l2, nm, tg}},
		{"many projects: 项目名称（资金使用单位）, inline indicators",
			[]string{"项目名称（资金使用单位）", "项目总额", "绩效指标"}, true,
			[]Role{pj, to, nm}},
		{"政府购买服务 catalogue maps (the grid's cells reject it)",
			[]string{"一级", "二级", "三级", "预算金额"}, true,
			[]Role{l1, l2, nm, ex}},
		{"budget table 项目 | 预算数", []string{"项目", "预算数"}, false, nil},
		{"budget table with fiscal split", []string{"项目名称", "预算数", "财政拨款", "其他资金"}, false, nil},
		{"budget table by function", []string{"功能分类科目编码", "功能分类科目名称", "预算数"}, false, nil},
		{"a name column alone is no header", []string{"序号", "指标名称", "备注"}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := MapHeader(tt.cells)
			if ok != tt.ok {
				t.Fatalf("MapHeader(%q) ok = %v, want %v (roles %v)", tt.cells, ok, tt.ok, m.Roles)
			}
			if !ok {
				return
			}
			if len(m.Roles) != len(tt.roles) {
				t.Fatalf("%d roles, want %d", len(m.Roles), len(tt.roles))
			}
			for i, r := range tt.roles {
				if m.Roles[i] != r {
					t.Errorf("column %d %q: role %s, want %s", i, tt.cells[i], lexRoleName(m.Roles[i]), lexRoleName(r))
				}
			}
		})
	}
}

// TestHeaderBandEvidence: a header with 一级 / 二级 / 三级 columns and no
// target column is an indicator table's only when the level cells are the
// indicator framework's; the 政府购买服务 catalogue (01-公共服务) is none.
func TestHeaderBandEvidence(t *testing.T) {
	header := []string{"一级", "二级", "三级", "预算金额"}
	catalogue := testGrid(7, [][]string{
		{"2026年政府购买服务目录", "", "", ""},
		header,
		{"01-公共服务", "0101-基本公共服务", "010101-公共教育", "12.00"},
		{"", "0102-社会管理性服务", "010201-社区治理服务", "8.00"},
		{"02-社会管理性服务", "0201-社区治理", "020101-调解服务", "3.50"},
	})
	if band, ok := findHeaderBand(catalogue); ok {
		t.Errorf("catalogue grid taken as an indicator table: band %+v", band)
	}
	indicators := testGrid(7, [][]string{
		{"（2026年度）", "", "", ""},
		header,
		{"1-产出指标", "11-数量指标", "培训人次", "12.00"},
		{"", "12-质量指标", "合格率", "8.00"},
		{"2-效益指标", "21-社会效益指标", "群众知晓率", "3.50"},
	})
	band, ok := findHeaderBand(indicators)
	if !ok {
		t.Fatalf("the same header over framework levels was rejected")
	}
	if band.top != 1 || band.bottom != 1 || band.cols.Col(RoleLevel1) != 0 || band.cols.Col(RoleName) != 2 {
		t.Errorf("band = top %d bottom %d roles %v, want row 1 with 一级 at 0 and 三级 at 2", band.top, band.bottom, band.cols.Roles)
	}
	budget := testGrid(7, [][]string{
		{"项目", "预算数", "项目", "预算数"},
		{"一、一般公共预算拨款", "120.00", "一、一般公共服务支出", "100.00"},
		{"二、政府性基金预算拨款", "", "二、教育支出", "20.00"},
	})
	if band, ok := findHeaderBand(budget); ok {
		t.Errorf("budget table taken as an indicator table: band %+v", band)
	}
	// through the form parser: the catalogue yields no form and no indicator
	var fp Parser
	fp.AddGrid(catalogue)
	fp.AddGrid(budget)
	projects, dept, _ := fp.Finish()
	if len(projects) != 0 || dept != nil || fp.sawHeader != 0 {
		t.Errorf("catalogue and budget table gave projects %+v, department %+v, %d headers", projects, dept, fp.sawHeader)
	}
}

// TestAmountColumnsAreKnown: the amounts and codes a target table may
// print beside its indicators are known columns (kept in extra, no
// warning), while the fields' own words still win (财政拨款 is fiscal,
// 其他资金 other, 项目编码 the project code).
func TestAmountColumnsAreKnown(t *testing.T) {
	tests := []struct {
		header string
		want   Role
	}{
		{"基本支出", RoleExtra}, {"项目支出", RoleExtra}, {"一般公共预算", RoleExtra},
		{"政府性基金拨款", RoleExtra}, {"财政专户管理资金", RoleExtra}, {"单位编码", RoleExtra},
		{"当年财政拨款预算金额", RoleExtra},
		{"财政拨款", RoleFiscal}, {"其他资金", RoleOther}, {"项目编码", RoleProjectCode}, {"资金总额", RoleTotal},
	}
	for _, tt := range tests {
		if got, _ := scoreHeader(tt.header).best(); got != tt.want {
			t.Errorf("%s: role %v, want %v", tt.header, got, tt.want)
		}
	}
}
