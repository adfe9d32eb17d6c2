package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var disableConfig sync.Once

// Info is what the gate learned about the file.
type Info struct {
	Version   string `json:"version"`
	Producer  string `json:"producer"`
	Creator   string `json:"creator"`
	Title     string `json:"title"`
	Encrypted bool   `json:"encrypted"`
	Repaired  bool   `json:"repaired"`  // the bytes were changed (repaired or decrypted) before reading
	Rewritten bool   `json:"rewritten"` // pdfcpu wrote the bytes anew
}

// headerOffset finds "%PDF-" near the start of the data (junk or a BOM may
// come first), or -1.
func headerOffset(data []byte) int {
	n := min(len(data), 1024)
	return bytes.Index(data[:n], []byte("%PDF-"))
}

// gate validates the file with pdfcpu, reads its metadata, and returns the
// bytes the content reader should parse: the original, or a decrypted or
// repaired copy made in memory.
func gate(data []byte) (out []byte, info Info, err error) {
	if headerOffset(data) < 0 {
		return nil, info, ErrNotPDF
	}
	if fixed, ok := saneXRefSize(data); ok {
		data, info.Repaired = fixed, true
	}
	disableConfig.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed

	ctx, err := safeCall(func() (*model.Context, error) { return api.ReadContext(bytes.NewReader(data), conf) })
	if err != nil {
		return nil, info, classify(err)
	}
	info.Encrypted = ctx.XRefTable.Encrypt != nil
	info.Version = ctx.XRefTable.VersionString()
	if _, verr := safeCall(func() (*model.Context, error) { return ctx, api.ValidateContext(ctx) }); verr == nil {
		info.Producer, info.Creator, info.Title = ctx.XRefTable.Producer, ctx.XRefTable.Creator, ctx.XRefTable.Title
	}
	if !info.Encrypted && plainHeader(data) {
		return data, info, nil
	}
	fixed, err := rewrite(data, conf, info.Encrypted)
	if err != nil {
		return nil, info, err
	}
	info.Repaired, info.Rewritten = true, true
	return fixed, info, nil
}

// plainHeader reports whether the file starts with a 1.x header that the
// content reader accepts.
func plainHeader(data []byte) bool {
	return len(data) >= 8 && bytes.HasPrefix(data, []byte("%PDF-1.")) && data[7] >= '0' && data[7] <= '7'
}

// rewrite decrypts (empty user password) or rewrites the file with a sound
// cross-reference table, and patches a 2.x header to 1.7.
func rewrite(data []byte, conf *model.Configuration, encrypted bool) ([]byte, error) {
	var buf bytes.Buffer
	_, err := safeCall(func() (*model.Context, error) {
		if encrypted {
			return nil, api.Decrypt(bytes.NewReader(data), &buf, conf)
		}
		return nil, api.Optimize(bytes.NewReader(data), &buf, conf)
	})
	if err != nil {
		return nil, classify(err)
	}
	out := buf.Bytes()
	if len(out) >= 8 && bytes.HasPrefix(out, []byte("%PDF-")) && !plainHeader(out) {
		copy(out, "%PDF-1.7")
	}
	return out, nil
}

// repair forces a pdfcpu rewrite, for files the content reader refused.
func repair(data []byte) ([]byte, error) {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return rewrite(data, conf, false)
}

// safeCall runs a pdfcpu call and turns its panics into errors.
func safeCall(f func() (*model.Context, error)) (ctx *model.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfcpu: %v", r)
		}
	}()
	return f()
}

// classify maps a pdfcpu error to one of the package's reasons.
func classify(err error) error {
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "password"):
		return fmt.Errorf("%w (%v)", ErrPassword, err)
	case strings.Contains(msg, "eof") || strings.Contains(msg, "xref") || strings.Contains(msg, "trailer") ||
		strings.Contains(msg, "corrupt") || strings.Contains(msg, "root"):
		return fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if errors.Is(err, ErrNotPDF) {
		return err
	}
	return fmt.Errorf("%w: %v", ErrDamaged, err)
}
