package torture

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Fixtures are the good files the damage is done to: three producers
// (ReportLab, LibreOffice, WPS), each with classic cross-reference tables,
// embedded TrueType fonts and ToUnicode maps.
var Fixtures = []string{"dev-002.pdf", "dev-003.pdf", "real-wanli-2024.pdf"}

// TruncatePercents are where the truncated copies stop.
var TruncatePercents = []int{10, 20, 30, 40, 50, 60, 70, 80, 90, 95}

// flipSeeds: three seeded variants of each kind of flip.
var flipSeeds = []uint64{1, 2, 3}

// flipKinds say where flips land and how many bytes change.
var flipKinds = []struct {
	name  string
	spans func(pdf []byte) []Span
	n     int
}{
	{"xref", func(pdf []byte) []Span {
		if s, ok := XRefSpan(pdf); ok {
			return []Span{s}
		}
		return nil
	}, 8},
	{"content", func(pdf []byte) []Span { return StreamSpans(pdf, RoleContent) }, 16},
	{"font", func(pdf []byte) []Span { return StreamSpans(pdf, RoleFont) }, 32},
	{"tounicode", func(pdf []byte) []Span { return StreamSpans(pdf, RoleToUnicode) }, 8},
}

// fixtureCases damages the fixture in dir/name every way the corpus asks
// for; three truncations and one seed of each flip are fast, the rest Slow. It fails when the fixture lacks a part to damage, so that a changed
// fixture cannot silently shrink the corpus.
func fixtureCases(dir, name string) ([]Case, error) {
	pdf, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("torture fixture: %w", err)
	}
	base := strings.TrimSuffix(name, ".pdf")
	cases := []Case{{Name: base + "/original", Data: pdf, Want: Parsed}}
	for _, pct := range TruncatePercents {
		cases = append(cases, Case{Name: fmt.Sprintf("%s/truncated-%02d%%", base, pct), Data: Truncate(pdf, pct), Want: Survived,
			Slow: pct != 10 && pct != 50 && pct != 95})
	}
	for _, k := range flipKinds {
		spans := k.spans(pdf)
		if len(spans) == 0 {
			return nil, fmt.Errorf("torture fixture %s: no %s to flip bytes in", name, k.name)
		}
		for _, seed := range flipSeeds {
			cases = append(cases, Case{Name: fmt.Sprintf("%s/flip-%s-seed%d", base, k.name, seed), Data: Flip(pdf, spans, k.n, seed), Want: Survived,
				Slow: seed != flipSeeds[0]})
		}
	}
	return cases, nil
}

var startxref = regexp.MustCompile(`startxref\s+\d+`)

// wrappingCases change what surrounds a sound file: its header, a byte
// order mark, junk after %%EOF, a startxref that points nowhere.
func wrappingCases(dir, name string) ([]Case, error) {
	pdf, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("torture fixture: %w", err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		return nil, fmt.Errorf("torture fixture %s: no %%PDF-1.x header", name)
	}
	base := strings.TrimSuffix(name, ".pdf")
	v20 := bytes.Clone(pdf)
	copy(v20, "%PDF-2.0")
	return []Case{
		{Name: base + "/header-2.0", Data: v20, Want: Parsed},
		{Name: base + "/leading-bom", Data: append([]byte("\xef\xbb\xbf"), pdf...), Want: Parsed},
		{Name: base + "/trailing-junk", Data: append(bytes.Clone(pdf), randomBytes(64<<10, 5)...), Want: Parsed},
		{Name: base + "/startxref-wrong", Data: startxref.ReplaceAll(bytes.Clone(pdf), []byte("startxref\n999999999")), Want: Parsed},
		{Name: base + "/leading-http-header", Data: append([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 83667\r\n\r\n"), pdf...), Want: Parsed},
		{Name: base + "/xref-offsets-zeroed", Data: xrefOffsetsZeroed(pdf), Want: Survived},
	}, nil
}

var xrefEntry = regexp.MustCompile(`\d{10} (\d{5} n)`)

// xrefOffsetsZeroed: every in-use entry of the xref table points at
// offset 0, as after a botched rewrite; only a reader that rebuilds the
// table from the objects can open it.
func xrefOffsetsZeroed(pdf []byte) []byte {
	out := bytes.Clone(pdf)
	if s, ok := XRefSpan(out); ok {
		copy(out[s.Start:s.End], xrefEntry.ReplaceAll(out[s.Start:s.End], []byte("0000000000 $1")))
	}
	return out
}
