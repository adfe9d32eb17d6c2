package torture

import (
	"bytes"
	"compress/zlib"
	"hash/adler32"
	"io"
	"testing"
)

func TestWriteFlateBomb(t *testing.T) {
	tests := []struct {
		name string
		n    int64
		want int64 // inflated size: n rounded up to a MiB
	}{
		{"one chunk", 1, bombChunk},
		{"exact chunks", 8 * bombChunk, 8 * bombChunk},
		{"rounded up", 48*bombChunk + 3, 49 * bombChunk},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var z bytes.Buffer
			if err := WriteFlateBomb(&z, tt.n); err != nil {
				t.Fatal(err)
			}
			if ratio := tt.want / int64(z.Len()); tt.want >= 8*bombChunk && ratio < 500 {
				t.Errorf("compressed %d bytes to %d: ratio %d, want ≥ 500", tt.want, z.Len(), ratio)
			}
			r, err := zlib.NewReader(&z) // checks the header and, at EOF, the Adler-32
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.Copy(nonZeroDetector{t}, r)
			if err != nil {
				t.Fatalf("inflate: %v", err)
			}
			if got != tt.want {
				t.Errorf("inflates to %d bytes, want %d", got, tt.want)
			}
		})
	}
}

// nonZeroDetector fails the test on any byte that is not zero.
type nonZeroDetector struct{ t *testing.T }

func (d nonZeroDetector) Write(p []byte) (int, error) {
	if i := bytes.IndexFunc(p, func(r rune) bool { return r != 0 }); i >= 0 {
		d.t.Fatalf("inflated a non-zero byte %#x", p[i])
	}
	return len(p), nil
}

func TestAdlerOfZeros(t *testing.T) {
	for _, n := range []int64{0, 1, 65520, 65521, 65522, 200000} {
		if got, want := adlerOfZeros(n), adler32.Checksum(make([]byte, n)); got != want {
			t.Errorf("adlerOfZeros(%d) = %#x, want %#x", n, got, want)
		}
	}
}
