package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/fault"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// The gate calls pdfcpu's read, validate, optimize and write packages
// directly, not its pkg/api: that one links the form package and with it
// github.com/mattn/go-runewidth, whose init builds a 2 MB width table —
// about 55 ms of start-up in every process, for code the gate never runs.
func init() {
	// What api.DisableConfigDir does: no configuration directory, no user
	// fonts (the gate reads; it never lays out text).
	model.ConfigPath = "disable"
}

// readContext is api.ReadContext: the cross-reference table of rs.
func readContext(rs io.ReadSeeker, conf *model.Configuration) (ctx *model.Context, err error) {
	defer fault.Catch(&err)
	return pdfcpu.Read(rs, conf)
}

// validateContext is api.ValidateContext.
func validateContext(ctx *model.Context) (err error) {
	defer fault.Catch(&err)
	return validate.XRefTable(ctx)
}

// validateMetadata validates what the gate keeps of ctx (the document
// information it reads Producer, Creator and Title from): the whole file but
// the logical structure tree. A tagged PDF's tree (StructTreeRoot: one
// element per paragraph, table cell and span) is the biggest object graph in
// the file; validating it took 11 % of the whole pipeline's CPU over
// real-cn, and neither the content reader nor anything after it reads it.
// ctx is the gate's own: the key is dropped from its catalog only.
func validateMetadata(ctx *model.Context) error {
	if root, err := ctx.XRefTable.Catalog(); err == nil {
		root.Delete("StructTreeRoot")
	}
	return validateContext(ctx)
}

// optimizeTo is api.Optimize and api.Decrypt (conf.Cmd says which): read,
// validate, optimize the cross-reference table, write the file anew to w.
func optimizeTo(rs io.ReadSeeker, w io.Writer, conf *model.Configuration) (err error) {
	defer fault.Catch(&err)
	op := "optimize"
	if conf.Cmd == model.DECRYPT {
		op = "decrypt"
	}
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s: %w", op, err)
		}
	}()
	ctx, err := readContext(rs, conf)
	if err != nil {
		return fmt.Errorf("prepare PDF context: read context: %w", err)
	}
	if err := validateContext(ctx); err != nil {
		return fmt.Errorf("prepare PDF context: validation error (obj#:%d): %w", ctx.CurObj, err)
	}
	if ctx.RemoveSignatures && conf.Cmd.AllowRemoveSignatures() && len(ctx.Signatures) > 0 {
		if err := ctx.RemoveAllSignatures(); err != nil {
			return fmt.Errorf("prepare PDF context: remove signatures: %w", err)
		}
	}
	if conf.Cmd == model.OPTIMIZE || conf.Optimize {
		if err := pdfcpu.OptimizeXRefTable(ctx); err != nil {
			return fmt.Errorf("optimize context: %w", err)
		}
	}
	if err := pdfcpu.CacheFormFonts(ctx); err != nil {
		return fmt.Errorf("cache form fonts: %w", err)
	}
	bw := bufio.NewWriter(w)
	ctx.Write.Writer = bw
	werr := pdfcpu.WriteContext(ctx)
	if err := errors.Join(werr, bw.Flush()); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

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
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed

	ctx, err := safeCall(func() (*model.Context, error) { return readContext(bytes.NewReader(data), conf) })
	if err != nil {
		return nil, info, classify(err)
	}
	info.Encrypted = ctx.XRefTable.Encrypt != nil
	info.Version = ctx.XRefTable.VersionString()
	if _, verr := safeCall(func() (*model.Context, error) { return ctx, validateMetadata(ctx) }); verr == nil {
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
		conf.Cmd = model.OPTIMIZE
		if encrypted {
			conf.Cmd = model.DECRYPT
		}
		return nil, optimizeTo(bytes.NewReader(data), &buf, conf)
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
