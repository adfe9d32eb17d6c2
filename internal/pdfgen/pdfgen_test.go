package pdfgen

import (
	"bytes"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Both writers must give files a strict reader accepts, with every page.
func TestWritersMakeValidFiles(t *testing.T) {
	pages := func(b *Builder) []Page {
		extra := b.Add(Stream("", []byte("BT ET"), false))
		return []Page{{Resources: "<<>>", Contents: []string{"0 0 m 10 10 l S"}}, {Resources: "<<>>", Contents: []string{"q", "Q"}, Streams: []int{extra}}}
	}
	tests := []struct {
		name  string
		write func() []byte
	}{
		{"table", func() []byte { b := &Builder{}; return b.Build(pages(b)) }},
		{"xref stream", func() []byte { b := &Builder{}; return b.RawXRefStream(b.AddPages(pages(b)), 0) }},
		{"xref stream, lying /Size", func() []byte { b := &Builder{}; return b.RawXRefStream(b.AddPages(pages(b)), 1<<20) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf := model.NewDefaultConfiguration()
			conf.ValidationMode = model.ValidationStrict
			ctx, err := api.ReadContext(bytes.NewReader(tt.write()), conf)
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			if err := api.ValidateContext(ctx); err != nil {
				t.Fatalf("validate: %v", err)
			}
			if ctx.PageCount != 2 {
				t.Errorf("%d pages, want 2", ctx.PageCount)
			}
		})
	}
}
