package torture

import (
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
	}
	return cases, nil
}
