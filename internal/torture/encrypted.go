package torture

import (
	"bytes"
	"embed"
	"fmt"
)

// The encrypted variants of dev-002.pdf, made once with qpdf
// (testdata/README.md says how).
//
//go:embed testdata/*.pdf
var encryptedFiles embed.FS

// encryptedCases: an empty user password opens the file (only the owner
// password is set), so those parse; a real user password is refused.
func encryptedCases() ([]Case, error) {
	specs := []struct {
		file   string
		want   Outcome
		reason string
	}{
		{"rc4-40.pdf", Parsed, ""},
		{"rc4-128.pdf", Parsed, ""},
		{"aes-128.pdf", Parsed, ""},
		{"aes-256.pdf", Parsed, ""},
		{"aes-256-user-password.pdf", RejectedBadInput, "password"},
	}
	var cases []Case
	for _, s := range specs {
		data, err := encryptedFiles.ReadFile("testdata/" + s.file)
		if err != nil {
			return nil, fmt.Errorf("torture: encrypted fixture: %w", err)
		}
		cases = append(cases, Case{Name: "encrypted/" + s.file, Data: data, Want: s.want, WantReason: s.reason})
		if s.file == "aes-128.pdf" {
			cases = append(cases, encryptedDamage(data)...)
		}
	}
	return cases, nil
}

// encryptedDamage: an encrypted file cut in half, and one whose security
// handler is not the standard one (a plug-in nobody has).
func encryptedDamage(data []byte) []Case {
	unknown := bytes.Replace(data, []byte("/Filter /Standard"), []byte("/Filter /FooSec00"), 1)
	return []Case{
		{Name: "encrypted/aes-128-truncated-50%", Data: Truncate(data, 50), Want: Survived},
		{Name: "encrypted/unknown-security-handler", Data: unknown, Want: RejectedBadInput, WantReason: "password|encrypt|security|damaged"},
	}
}
