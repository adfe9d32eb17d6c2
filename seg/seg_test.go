package seg

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/go-ego/gse"
)

func TestLoadEmbeddedDictionaries(t *testing.T) {
	s := Default()
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	if s != Default() {
		t.Error("Default returns a different Segmenter on the second call")
	}
	for _, w := range []string{"调研", "培训", "委员会", "绩效目标", "一级指标", "满意度指标", "百分点"} {
		if f, _ := s.dict.find([]byte(w)); f == 0 {
			t.Errorf("%q not in the dictionary", w)
		}
	}
}

func TestCut(t *testing.T) {
	s := Default()
	tests := []struct {
		text string
		want []string
	}{
		{"代表活动调研次数", []string{"代表", "活动", "调研", "次数"}},
		{"开展培训", []string{"开展", "培训"}},
		{"项目支出绩效目标表一级指标二级指标", []string{"项目支出", "绩效目标表", "一级指标", "二级指标"}},
		{"产出指标数量指标", []string{"产出指标", "数量指标"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := s.Cut(tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Cut(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if strings.Join(got, "") != tt.text {
			t.Errorf("Cut(%q) tokens do not give the text back: %q", tt.text, got)
		}
	}
}

func TestSearchTokens(t *testing.T) {
	s := Default()
	tests := []struct {
		text string
		want []string
	}{
		{"调研", []string{"调研"}},
		{"培训", []string{"培训"}},
		{"绩效目标", []string{"绩效", "目标", "绩效目标"}},
		{"项⽬支出", []string{"项目", "支出", "项目支出"}}, // Kangxi ⽬ normalized first
		{"PDF 报告，", []string{"pdf", "报告"}},
		{"（一）调研。", []string{"一", "调研"}},
		{" ，。 ", nil},
	}
	for _, tt := range tests {
		if got := s.SearchTokens(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("SearchTokens(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSpansBoundary(t *testing.T) {
	s := Default()
	tests := []struct {
		a, b string
		want bool
	}{
		{"代表活动调", "研次数", true},
		{"卫生健康委员", "会", true},
		{"提供公共服", "务", true},
		{"完成绩效目", "标", true},
		{"代表活动调研", "并形成报告", false},
		{"卫生", "健康委员会", false},
		{"1,250.00", "1,200.00", false},
		{"2023", "年", false},
		{"PDF", "file", false},
		{"指标", "可持续影响", false},
		{"", "研", false},
		{"调 ", " 研", true},
		{"完成绩效⽬", "标", true}, // Kangxi ⽬ is normalized first: 绩效目标 spans
	}
	for _, tt := range tests {
		if got := s.SpansBoundary(tt.a, tt.b); got != tt.want {
			t.Errorf("SpansBoundary(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// The four pairs of shared/research/libraries.md §4.6.
func TestSimilarityPairs(t *testing.T) {
	s := Default()
	tests := []struct {
		a, b          string
		tokens, grams float64
		match         bool // Similarity ≥ 0.7
	}{
		{"培训基层卫生技术人员人次", "基层卫生技术人员培训人次", 1.00, 0.82, true},
		{"培训考核合格率", "培训考核合格比例", 0.75, 0.77, true},
		{"参训人员和服务对象满意度", "服务对象满意度", 0.73, 0.71, true},
		{"基层首诊率较上年提高百分点", "基层首诊率提高幅度", 0.50, 0.50, false},
	}
	for _, tt := range tests {
		if got := s.TokenDice(tt.a, tt.b); math.Abs(got-tt.tokens) > 0.005 {
			t.Errorf("TokenDice(%q, %q) = %.3f, want %.2f", tt.a, tt.b, got, tt.tokens)
		}
		if got := BigramDice(tt.a, tt.b); math.Abs(got-tt.grams) > 0.005 {
			t.Errorf("BigramDice(%q, %q) = %.3f, want %.2f", tt.a, tt.b, got, tt.grams)
		}
		if got := s.Similarity(tt.a, tt.b); (got >= 0.7) != tt.match {
			t.Errorf("Similarity(%q, %q) = %.3f, match want %v", tt.a, tt.b, got, tt.match)
		}
	}
}

func TestSimilarityNormalizes(t *testing.T) {
	s := Default()
	tests := []struct {
		a, b string
		want float64
	}{
		{"培训合格率≥90%", "培训合格率≥90百分比", 1},
		{"培训合格率（百分数）", "培训合格率(%)", 1},
		{"项⽬完成率", "项目完成率", 1},
		{"服务对象满意度。", "服务对象 满意度", 1},
		{"ABC", "abc", 1},
		{"", "", 1},
		{"调研", "", 0},
		{"调研次数", "采购金额", 0},
	}
	for _, tt := range tests {
		if got := s.Similarity(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Similarity(%q, %q) = %.3f, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestBigramDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"调研", "调研", 1},
		{"调研", "培训", 0},
		{"调", "调", 1},
		{"调", "调研", 0},
		{"", "", 1},
		{"", "调研", 0},
		{"哈哈哈", "哈哈", 2.0 / 3}, // multiset: {哈哈×2} vs {哈哈×1}
		{"abcd", "abce", 2.0 * 2 / 6},
	}
	for _, tt := range tests {
		if got := BigramDice(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("BigramDice(%q, %q) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	s := Default()
	want := s.SearchTokens("培训基层卫生技术人员人次")
	done := make(chan []string)
	for range 4 {
		go func() { done <- Default().SearchTokens("培训基层卫生技术人员人次") }()
	}
	for range 4 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent SearchTokens = %q, want %q", got, want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

var benchText = strings.Repeat("确保机关行政运行以及代表闭会期间其他工作指出保障。培训基层卫生技术人员1000人次，服务对象满意度≥90%。", 20)

func BenchmarkCut(b *testing.B) {
	s := Default()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		s.Cut(benchText)
	}
}

func BenchmarkSearchTokens(b *testing.B) {
	s := Default()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		s.SearchTokens(benchText)
	}
}

func BenchmarkSimilarity(b *testing.B) {
	s := Default()
	for b.Loop() {
		s.Similarity("培训基层卫生技术人员人次", "基层卫生技术人员培训人次")
	}
}

// gseReference is gse loaded with its own LoadDictStr from the same
// dictionaries: what seg's cuts must give.
func gseReference(t testing.TB) *gse.Segmenter {
	base, err := gunzip(baseDict)
	if err != nil {
		t.Fatal(err)
	}
	ref := &gse.Segmenter{SkipLog: true}
	if err := ref.LoadDictStr(domainWords() + base); err != nil {
		t.Fatal(err)
	}
	return ref
}

// seg cuts with its own dictionary and code; the result must be gse's
// Cut (with and without HMM) and CutSearch.
func TestCutsAsGse(t *testing.T) {
	ref := gseReference(t)
	s := Default()
	for _, text := range sampleTexts(t) {
		if got, want := s.cutHMM(text), ref.Cut(text, true); !slices.Equal(got, want) {
			t.Errorf("cutHMM(%q) = %q, want %q", text, got, want)
		}
		if got, want := s.cutSearch(text), ref.CutSearch(text, true); !slices.Equal(got, want) {
			t.Errorf("cutSearch(%q) = %q, want %q", text, got, want)
		}
		if got, want := s.cutNoHMM(text), ref.Cut(text, false); !slices.Equal(got, want) {
			t.Errorf("cutNoHMM(%q) = %q, want %q", text, got, want)
		}
	}
}

// sampleTexts are the lines of the sample disclosure and a few odd inputs.
func sampleTexts(t *testing.T) []string {
	data, err := os.ReadFile("../testdata/leting-renda-2023-targets.txt")
	if err != nil {
		t.Fatal(err)
	}
	return append(strings.Split(string(data), "\n"), string(data), benchText, "PM2.5浓度", "“三公”经费", "ＡＢＣ１２３",
		"", "a", "鑫", "\xff\xfe乱码", "Hello World 2025年", "〇一二三", "😀表情",
		"GDP增长ABC", "A股", "x86", "Ｗｉ-Ｆｉ覆盖率", "iPhone用户")
}
