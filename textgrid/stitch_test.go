package textgrid

import (
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// piecesOf makes the pieces of printed lines; a line written "¶…" had a
// (meaningful) blank line before it.
func piecesOf(lines ...string) []piece {
	var out []piece
	for i, l := range lines {
		blank := strings.HasPrefix(l, "¶")
		l = strings.TrimPrefix(l, "¶")
		tl := textLine{text: strings.TrimSpace(l), raw: l, blank: blank}
		out = append(out, linePieces(tl, i)...)
	}
	return out
}

var (
	rolesT1 = []forms.Role{forms.RoleName, forms.RoleDescription, forms.RoleTarget, forms.RoleBasis} // Hebei: 三级指标 绩效指标描述 指标值 指标值确定依据
	rolesT3 = []forms.Role{forms.RoleName, forms.RoleSign, forms.RoleTarget, forms.RoleUnit}         // central: 三级指标 指标性质 指标值 度量单位
)

// TestStitchRow pins each stitching rule with wraps as real text input
// prints them (the sample's rows are verbatim).
func TestStitchRow(t *testing.T) {
	tests := []struct {
		rule    string
		doubled bool
		roles   []forms.Role
		lines   []string
		want    []string
	}{
		{"a dictionary word spans the break (调|研, 次|数); desc and target share a line",
			true, rolesT1, []string{"代表活动调", "研次数", "代表活动调研次数 4次", "代表活动调研次", "数"},
			[]string{"代表活动调研次数", "代表活动调研次数", "4次", "代表活动调研次数"}},
		{"a unit wraps after its number (≥100百分 / 比)",
			true, rolesT1, []string{"经济社会发", "展情况", "经济社会发展情况", "≥100百分", "比", "经济社会发展情", "况"},
			[]string{"经济社会发展情况", "经济社会发展情况", "≥100百分比", "经济社会发展情况"}},
		{"no word spans the break, but the cells repeat the name (召开座谈会 / 次数)",
			true, rolesT1, []string{"召开座谈会", "次数", "召开座谈会次数 ≥10次 召开座谈会次数"},
			[]string{"召开座谈会次数", "召开座谈会次数", "≥10次", "召开座谈会次数"}},
		{"a target that repeats the description after its number wraps like text",
			true, rolesT1, []string{"代表培训次", "数", "代表及工作人员参加培训", "1代表及工", "作人员参加", "培训", "代表及工作人员", "参加培训"},
			[]string{"代表培训次数", "代表及工作人员参加培训", "1代表及工作人员参加培训", "代表及工作人员参加培训"}},
		{"blank lines part cells, a line inside a block continues it",
			false, rolesT1, []string{"组织大气污染防治", "督查场次", "¶组织大气污染防治督查场次", "¶5场", "¶计划标准"},
			[]string{"组织大气污染防治督查场次", "组织大气污染防治督查场次", "5场", "计划标准"}},
		{"an autospace inside a target is no cell break (≥840 人次)",
			false, rolesT1, []string{"群众培训人次", "¶考核群众培训人次", "¶≥840 人次", "¶年度工作计划"},
			[]string{"群众培训人次", "考核群众培训人次", "≥840人次", "年度工作计划"}},
		{"a sign column takes the comparator, a unit column the unit",
			false, rolesT3, []string{"印发宣传资料份数", "¶≥", "¶5900", "¶份"},
			[]string{"印发宣传资料份数", "≥", "5900", "份"}},
		{"a qualitative row leaves the unit empty",
			false, rolesT3, []string{"统计调查工作质量", "¶定性", "¶优良"},
			[]string{"统计调查工作质量", "定性", "优良", ""}},
		{"a name wrapped inside its block",
			false, rolesT3, []string{"数据质量核查涉及统计调查", "对象户数", "¶≥", "¶1200", "¶户"},
			[]string{"数据质量核查涉及统计调查对象户数", "≥", "1200", "户"}},
	}
	for _, tt := range tests {
		got := stitchRow(piecesOf(tt.lines...), tt.roles, tt.doubled)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tt.rule, got, tt.want)
		}
	}
}

func TestJoinScoreSigns(t *testing.T) {
	tests := []struct {
		a, b string
		gap  gapKind
		join bool
	}{
		{"代表活动调", "研次数", gapLine, true},
		{"≥100百分", "比", gapLine, true},
		{"≥840", "人次", gapSoft, true},
		{"召开座谈会次数", "≥10次", gapHard, false},
		{"资金使用合规性", "定性", gapLine, false},
		{"印发宣传资料份数", "5900", gapBlank, false},
		{"带动群众增收金额。", "考核", gapLine, false},
	}
	for _, tt := range tests {
		s := joinScore(piece{text: tt.a}, piece{text: tt.b, gap: tt.gap}, true)
		if (s > 0) != tt.join {
			t.Errorf("%q + %q (%v): score %.2f, want join=%v", tt.a, tt.b, tt.gap, s, tt.join)
		}
	}
}

func TestLinePiecesGaps(t *testing.T) {
	tests := []struct {
		line string
		want string // pieces, each prefixed with its gap: ~ soft, | hard
	}{
		{"代表活动调研次数 4次", "代表活动调研次数~4次"},
		{"召开座谈会次数 ≥10次 召开座谈会次数", "召开座谈会次数|≥10次|召开座谈会次数"},
		{"数量指标 代表培训次", "数量指标|代表培训次"},
		{"2.00 6.00 10.00 15.00", "2.00|6.00|10.00|15.00"},
		{"Page 3", "Page 3"},
		{"  产出指标     数量指标   印发宣传资料份数  ≥  12500  份", "产出指标|数量指标|印发宣传资料份数|≥|12500|份"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for i, p := range linePieces(textLine{raw: tt.line}, 0) {
			if i > 0 {
				b.WriteString(map[gapKind]string{gapSoft: "~", gapHard: "|"}[p.gap])
			}
			b.WriteString(p.text)
		}
		if b.String() != tt.want {
			t.Errorf("%q: got %q, want %q", tt.line, b.String(), tt.want)
		}
	}
}
