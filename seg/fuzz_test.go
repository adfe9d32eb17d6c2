package seg

import "testing"

// Outside text (PDF glyphs, queries) must never make seg panic, and scores
// stay in [0, 1].
func FuzzSegment(f *testing.F) {
	for _, s := range [][2]string{{"代表活动调", "研次数"}, {"1,250.00", "1,200.00"}, {"\xff调", "研\xfe"}, {"⽬标 ％", "ＡＢ"}} {
		f.Add(s[0], s[1])
	}
	s := Default()
	f.Fuzz(func(t *testing.T, a, b string) {
		s.SpansBoundary(a, b)
		s.SearchTokens(a + b)
		if v := s.Similarity(a, b); v < 0 || v > 1 {
			t.Fatalf("Similarity(%q, %q) = %v", a, b, v)
		}
		if v := BigramDice(a, b); v < 0 || v > 1 {
			t.Fatalf("BigramDice(%q, %q) = %v", a, b, v)
		}
	})
}
