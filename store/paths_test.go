package store

import (
	"path/filepath"
	"reflect"
	"testing"
)

func TestExpandPaths(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.pdf", "b.TXT", "c.json", "sub/d.pdf", "sub/deeper/e.txt", ".hidden/f.pdf", ".g.pdf", "sub/h.pdf.bak"} {
		writeFile(t, filepath.Join(dir, f), "x")
	}
	j := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, n))
		}
		return out
	}
	tests := []struct {
		name    string
		args    []string
		want    []string
		wantErr bool
	}{
		{"directory walks inputs, skips hidden", []string{dir}, j("a.pdf", "b.TXT", "sub/d.pdf", "sub/deeper/e.txt"), false},
		{"named file taken whatever its name", j("c.json"), j("c.json"), false},
		{"glob", []string{filepath.Join(dir, "sub", "*.pdf")}, j("sub/d.pdf"), false},
		{"glob matching a directory walks it", []string{filepath.Join(dir, "su?")}, j("sub/d.pdf", "sub/deeper/e.txt"), false},
		{"duplicates once", append(j("a.pdf", "a.pdf"), dir), j("a.pdf", "b.TXT", "sub/d.pdf", "sub/deeper/e.txt"), false},
		{"missing file", j("nope.pdf"), nil, true},
		{"glob without match", []string{filepath.Join(dir, "*.xls")}, nil, true},
		{"bad pattern", []string{filepath.Join(dir, "[")}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ExpandPaths(tt.args)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v\nwant %v", got, tt.want)
			}
		})
	}
}
