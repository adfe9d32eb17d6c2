package torture

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var fixtureDir = filepath.Join("..", "..", "testdata", "pdf")

func TestCasesAreWellFormed(t *testing.T) {
	cases, err := Cases(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Cases(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i, c := range cases {
		if seen[c.Name] {
			t.Errorf("%s: name used twice", c.Name)
		}
		seen[c.Name] = true
		if (c.Data == nil) == (c.Make == nil) {
			t.Errorf("%s: needs exactly one of Data and Make", c.Name)
		}
		if c.Want < Parsed || c.Want > Survived {
			t.Errorf("%s: unknown outcome %v", c.Name, c.Want)
		}
		if c.Want == Parsed && c.WantReason != "" {
			t.Errorf("%s: a parsed case has no reason", c.Name)
		}
		if c.Make == nil && !bytes.Equal(c.Data, again[i].Data) {
			t.Errorf("%s: two calls gave different bytes", c.Name)
		}
	}
	for _, want := range []string{"empty/zero-bytes", "big/zeros-200MiB", "bomb/content-4GiB", "bomb/tounicode-4GiB",
		"encrypted/aes-256-user-password.pdf", "gen/image-only", "dev-002/truncated-95%", "real-wanli-2024/flip-font-seed3"} {
		if !seen[want] {
			t.Errorf("corpus lacks %s", want)
		}
	}
}

func TestDamageChangesTheFixture(t *testing.T) {
	cases, err := Cases(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	originals := map[string][]byte{}
	for _, c := range cases {
		if base, ok := strings.CutSuffix(c.Name, "/original"); ok {
			originals[base] = c.Data
		}
	}
	for _, c := range cases {
		base, kind, _ := strings.Cut(c.Name, "/")
		orig, ok := originals[base]
		if !ok || kind == "original" {
			continue
		}
		if bytes.Equal(c.Data, orig) {
			t.Errorf("%s: same bytes as the original", c.Name)
		}
		if strings.HasPrefix(kind, "flip-") && len(c.Data) != len(orig) {
			t.Errorf("%s: a flip changed the length %d → %d", c.Name, len(orig), len(c.Data))
		}
	}
}

// brokenStructure are the generated files whose object structure itself is
// the defect, so a validating reader rightly refuses them.
var brokenStructure = map[string]bool{
	"gen/nested-arrays-object-100k": true,
	"gen/page-tree-loop-self":       true,
	"gen/page-tree-loop-indirect":   true,
	"gen/page-count-lie":            true,
	"gen/parent-chain-1000":         true, // deeper than pdfcpu validates (100)
}

// The generated files meant to parse must be sound PDFs apart from their
// one defect, or the corpus would test the generator instead of extract.
func TestGeneratedFilesOpenInPDFCPU(t *testing.T) {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	for _, c := range syntheticCases() {
		if !strings.HasPrefix(c.Name, "gen/") || brokenStructure[c.Name] {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			ctx, err := api.ReadContext(bytes.NewReader(c.Data), conf)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if err := api.ValidateContext(ctx); err != nil {
				t.Fatalf("validate: %v", err)
			}
			if ctx.PageCount < 1 {
				t.Errorf("%d pages", ctx.PageCount)
			}
		})
	}
}

func TestReasonOK(t *testing.T) {
	tests := []struct {
		c      Case
		reason string
		want   bool
	}{
		{Case{WantReason: "password"}, "budgetpdf: x.pdf: PDF needs a user Password to open", true},
		{Case{WantReason: "larger than|damaged"}, "x.pdf: PDF is damaged beyond repair", true},
		{Case{WantReason: "larger than|damaged"}, "x.pdf: no text layer", false},
		{Case{}, "x.pdf: no result within the 10s time limit", true},
		{Case{}, "x.pdf: something went wrong", false},
	}
	for _, tt := range tests {
		if got := tt.c.ReasonOK(tt.reason); got != tt.want {
			t.Errorf("%q accepts %q: %v, want %v", tt.c.WantReason, tt.reason, got, tt.want)
		}
	}
}

func TestZerosFile(t *testing.T) {
	c := Case{Make: zerosPDF(3<<20 + 5)}
	data, err := c.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if len(data) != 3<<20+5 || !bytes.HasPrefix(data, []byte("%PDF-1.4\n")) || bytes.IndexFunc(data[9:], func(r rune) bool { return r != 0 }) >= 0 {
		t.Errorf("zeros file: %d bytes starting %.12q", len(data), data)
	}
}
