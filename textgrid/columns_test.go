package textgrid

import (
	"strconv"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/forms"
)

// layoutTableRows runs -layout table text (header row first) through the
// position path as formItems does.
func layoutTableRows(t *testing.T, lines []string) []string {
	t.Helper()
	in := readTextLines([]byte(strings.Join(lines, "\n") + "\n"))
	var ps []piece
	for i, l := range in.lines {
		ps = append(ps, linePieces(l, i)...)
	}
	ps = mergeVocab(ps)
	s, e := headerRun(ps)
	if s < 0 {
		t.Fatal("no header")
	}
	run := byPosition(ps[s:e])
	header := headerTexts(run, ps[:s])
	cm, ok := forms.MapHeader(header)
	if !ok {
		t.Fatalf("header %q not mapped", header)
	}
	var kinds []forms.Role
	for _, c := range contentRoles(cm) {
		kinds = append(kinds, cm.Roles[c])
	}
	rows := layoutRows(ps[e:], kinds, cm, layoutHeader(run, len(header)))
	fillLevels(rows)
	var got []string
	for _, r := range rows {
		got = append(got, r.level1+"/"+r.level2+"/"+strings.Join(r.cells, "/"))
	}
	return got
}

// TestLayoutRowsByPosition: pdftotext -layout rows whose cells wrap to
// different numbers of lines, put into columns by character position
// (snippets of real output).
func TestLayoutRowsByPosition(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  []string
	}{{
		// Cells centred on the row: the level-2 name is on every row's
		// middle line, names and descriptions wrap around it; no cell
		// is on the main line of the row with a 3-line description.
		name: "centred, level-2 on every row",
		lines: []string{
			"一级指标    二级指标         三级指标      绩效指标描述         指标值     指标值确定依据",
			"",
			"                 环保志愿者培训       衡量环保志愿",
			"        数量指标                             ≥1700人次    其他标准",
			"                 人次            者培训人次",
			"",
			"                               开展入河排污    ≥24开展入河排",
			"                 开展入河排污口                          开展入河排污口排查",
			"        数量指标                   口排查活动次    污口排查活动次",
			"                 排查活动次数                           活动次数",
			"                               数         数",
			"",
			"                               资金使用合规",
			"        质量指标     资金使用合规性                 规范使用       上年度实际完成情况",
			"                               性",
			"产出指标                           大气污染防治",
			"                 大气污染防治督                            大气污染防治督查覆",
			"        质量指标                   督查覆盖率的    ≥95%",
			"                 查覆盖率                               盖率",
			"                               完成情况",
		},
		want: []string{
			"产出指标/数量指标/环保志愿者培训人次/衡量环保志愿者培训人次/≥1700人次/其他标准",
			"产出指标/数量指标/开展入河排污口排查活动次数/开展入河排污口排查活动次数/≥24开展入河排污口排查活动次数/开展入河排污口排查活动次数",
			"产出指标/质量指标/资金使用合规性/资金使用合规性/规范使用/上年度实际完成情况",
			"产出指标/质量指标/大气污染防治督查覆盖率/大气污染防治督查覆盖率的完成情况/≥95%/大气污染防治督查覆盖率",
		},
	}, {
		// Centred, but the first row has one line only: the name
		// straddling a later main line tells the table is not top-aligned.
		name: "centred, first row single-line",
		lines: []string{
			"  一级指标      二级指标               三级指标           绩效指标描述           指标值                  指标值确定依据",
			"",
			"            数量指标              群众培训人次         考核群众培训人次         ≥840 人次               年度工作计划",
			"",
			"                             组织大气污染防治",
			"            数量指标                          组织大气污染防治督查场次          5场                      计划标准",
			"                               督查场次",
			"",
			"            数量指标              受益群众人数        反映受益群众人数情况        17700 人               工作实际需要",
		},
		want: []string{
			"产出指标/数量指标/群众培训人次/考核群众培训人次/≥840人次/年度工作计划",
			"产出指标/数量指标/组织大气污染防治督查场次/组织大气污染防治督查场次/5场/计划标准",
			"产出指标/数量指标/受益群众人数/反映受益群众人数情况/17700人/工作实际需要",
		},
	}, {
		// Top-aligned: every cell starts on the row's first line; a unit
		// after an autospace stays with its number.
		name: "top-aligned, units after an autospace",
		lines: []string{
			" 一级指标   二级指标         三级指标           绩效指标描述         指标值        指标值确定依据",
			" 产出指标   数量指标     开展环境执法检          开展环境执法检查       11 次       上年度实际完成情况",
			"                 查次数              次数",
			"        数量指标     生态环境宣传涉          生态环境宣传涉及       2700 户     行业标准",
			"                 及环保志愿者户          环保志愿者户数",
			"                 数",
			"        质量指标     问题整改完成率          问题整改完成率        >=95 百分    历史标准",
			"                                                 比",
		},
		want: []string{
			"产出指标/数量指标/开展环境执法检查次数/开展环境执法检查次数/11次/上年度实际完成情况",
			"产出指标/数量指标/生态环境宣传涉及环保志愿者户数/生态环境宣传涉及环保志愿者户数/2700户/行业标准",
			"产出指标/质量指标/问题整改完成率/问题整改完成率/>=95百分比/历史标准",
		},
	}, {
		// A sign table whose rows are single lines, but one target
		// straddles its row's main line: the cells are centred, and the
		// line above a main line belongs to it.
		name: "sign column, one centred wrapped target",
		lines: []string{
			"绩效指标     一级指标    二级指标                三级指标           指标性质       指标值       度量单位",
			"                 数量指标             完成河道清淤项目数量         ≥           9        个",
			"                 时效指标              资金拨付及时率               =      99        %",
			"                                                             控制在预算范围",
			"                 成本指标             河道清淤经费支出标准         定性",
			"                                                                内",
		},
		want: []string{
			"产出指标/数量指标/完成河道清淤项目数量/≥/9/个",
			"产出指标/时效指标/资金拨付及时率/=/99/%",
			"产出指标/成本指标/河道清淤经费支出标准/定性/控制在预算范围内/",
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := layoutTableRows(t, c.lines)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestColumnEdges: bands of covered offsets matched to the labels in
// order, even when the labels drift off their columns (a bold header is
// wider); touching columns give no edges.
func TestColumnEdges(t *testing.T) {
	hdr := func(line string) []piece {
		return linePieces(textLine{raw: line, text: strings.TrimSpace(line)}, 0)
	}
	body := func(lines ...string) []piece {
		var ps []piece
		for i, l := range lines {
			ps = append(ps, linePieces(textLine{raw: l, text: strings.TrimSpace(l)}, i+1)...)
		}
		return ps
	}
	cases := []struct {
		name    string
		header  string
		body    []piece
		content []bool
		want    []int // nil: not ok
	}{{
		name:   "T3, labels right of their cells",
		header: "绩效指标     一级指标     二级指标            三级指标       指标性质          指标值   度量单位",
		body: body(
			"         产出指标     数量指标      送教下乡覆盖乡镇数    =          8            个",
			"                            开展教学视导活动次数 ≥            21           次",
			"                  质量指标      多媒体教室验收合格率 ≥            98.5         ％",
			"                  时效指标      问题办结时限       ≤          14           天",
		),
		content: []bool{false, false, false, true, true, true, true},
		// The signs one space after a long name are crowded: the sign
		// column starts where the others start (41), not at 39.
		want: []int{0, 9, 18, 28, 41, 52, 65},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := columnEdges(hdr(c.header), c.body, c.content)
			if c.want == nil {
				if ok {
					t.Errorf("edges %v, want none", got)
				}
				return
			}
			for i := range got {
				if got[i] > 1<<60 {
					got[i] = 1 << 62
				}
			}
			if !ok || strings.Trim(strings.Join(strings.Fields(strings.Trim(fmtInts(got), "[]")), ","), ",") != strings.Join(strings.Fields(strings.Trim(fmtInts(c.want), "[]")), ",") {
				t.Errorf("edges %v ok=%v, want %v", got, ok, c.want)
			}
		})
	}
}

func fmtInts(xs []int) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(x))
	}
	return b.String()
}
