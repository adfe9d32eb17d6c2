package lexfile

import (
	"strings"
	"testing"
)

func TestRecords(t *testing.T) {
	recs, err := Records("# a comment\n\nexact\t指标值\ttarget\t1\n  suffix\t值\ttarget\t0.6  \n", 4)
	if err != nil || len(recs) != 2 || recs[0].Line != 3 || recs[1].Line != 4 || recs[1].Fields[0] != "suffix" || recs[1].Fields[3] != "0.6" {
		t.Fatalf("Records = %+v, %v", recs, err)
	}
	if _, err := Records("a\tb\n", 4); err == nil || !strings.Contains(err.Error(), "line 1: want 4") {
		t.Errorf("a short line: err = %v", err)
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		match      string
		key, word  string
		want, fail bool
	}{
		{"exact", "指标值", "指标值", true, false},
		{"exact", "年度指标值", "指标值", false, false},
		{"suffix", "本年绩效指标值", "指标值", true, false},
		{"suffix", "指标值类型", "指标值", false, false},
		{"prefix", "项目名称资金使用单位", "项目名称", true, false},
		{"contains", "一级绩效指标", "一级", true, false},
		{"around", "x", "x", false, true},
	}
	for _, tt := range tests {
		m, err := ParseMatch(tt.match)
		if (err != nil) != tt.fail {
			t.Errorf("ParseMatch(%q) err = %v", tt.match, err)
			continue
		}
		if err == nil && m.Matches(tt.key, tt.word) != tt.want {
			t.Errorf("%s(%q, %q) = %v, want %v", tt.match, tt.key, tt.word, !tt.want, tt.want)
		}
	}
	if _, err := Weight("x"); err == nil {
		t.Error("a weight that is no number parses")
	}
}
