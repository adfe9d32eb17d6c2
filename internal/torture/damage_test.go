package torture

import (
	"bytes"
	"testing"
)

func TestTruncate(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 10)
	for _, tt := range []struct{ pct, want int }{{0, 0}, {10, 10}, {95, 95}, {100, 100}} {
		got := Truncate(data, tt.pct)
		if len(got) != tt.want || !bytes.HasPrefix(data, got) {
			t.Errorf("Truncate(%d%%) = %d bytes, want the first %d", tt.pct, len(got), tt.want)
		}
	}
}

func TestFlip(t *testing.T) {
	data := bytes.Repeat([]byte{'a'}, 1000)
	spans := []Span{{100, 110}, {500, 520}}
	tests := []struct {
		name  string
		spans []Span
		n     int
	}{
		{"two spans", spans, 8},
		{"one byte span", []Span{{7, 8}}, 1},
		{"no spans", nil, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Flip(data, tt.spans, tt.n, 42)
			if !bytes.Equal(got, Flip(data, tt.spans, tt.n, 42)) {
				t.Error("same seed, different bytes")
			}
			changed := 0
			for i := range got {
				if got[i] == data[i] {
					continue
				}
				changed++
				if !inSpans(tt.spans, i) {
					t.Errorf("byte %d changed, outside %v", i, tt.spans)
				}
			}
			if changed > tt.n || (len(tt.spans) > 0 && changed == 0) {
				t.Errorf("%d bytes changed, want 1..%d", changed, tt.n)
			}
		})
	}
	if bytes.Equal(Flip(data, spans, 8, 1), Flip(data, spans, 8, 2)) {
		t.Error("seeds 1 and 2 flipped the same bytes")
	}
	if data[100] != 'a' {
		t.Error("Flip changed its input")
	}
}

func inSpans(spans []Span, i int) bool {
	for _, s := range spans {
		if i >= s.Start && i < s.End {
			return true
		}
	}
	return false
}
