package torture

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Outcome is what extract must do with a case.
type Outcome int

const (
	// Parsed: exit 0 and a JSON document on stdout.
	Parsed Outcome = iota
	// RejectedBadInput: exit 2, nothing on stdout, one line on stderr.
	RejectedBadInput
	// RejectedScanned: exit 3 (no text layer), nothing on stdout, one line.
	RejectedScanned
	// Survived: parsed, or refused with exit 2, for damage whose result
	// cannot be known in advance (random flips, truncations, bombs). Never
	// a crash, never a hang, and a refusal still names a known cause. Every
	// such file has a text layer, so exit 3 ("no text layer: OCR it") would
	// send the user to OCR a damaged file: it is wrong here.
	Survived
)

func (o Outcome) String() string {
	switch o {
	case Parsed:
		return "parsed"
	case RejectedBadInput:
		return "exit 2"
	case RejectedScanned:
		return "exit 3"
	case Survived:
		return "parsed or exit 2"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// KnownCauses are the words a refusal's reason uses to name its cause; a
// reason containing none of them does not tell the user what to do.
var KnownCauses = []string{
	"password", "not a PDF", "damaged", "no text layer", "larger than",
	"page limit", "time limit", "deadline", "memory", "empty",
}

// A Case is one file of the corpus and what extract must do with it.
type Case struct {
	Name string
	// Data is the file, or nil when Make writes it (files too big to hold).
	Data []byte
	Make func(w io.Writer) error
	Want Outcome
	// WantReason lists substrings separated by "|"; a refusal's reason must
	// contain one of them. Empty means any of KnownCauses.
	WantReason string
	// MaxRSSMB caps the child's peak resident memory in MiB; 0 = no cap.
	MaxRSSMB int64
	// MaxWall caps the run's wall time, for files a reader can loop on:
	// ending at the deadline would pass the ordinary check. 0 = the deadline.
	MaxWall time.Duration
	// Slow cases run only in the full torture run (`make torture`), not in
	// every `go test`: the big files, the GB bombs, and the damaged copies
	// of all fixtures but the first.
	Slow bool
}

// Reasons returns the substrings a refusal's reason may contain.
func (c Case) Reasons() []string {
	if c.WantReason == "" {
		return KnownCauses
	}
	return strings.Split(c.WantReason, "|")
}

// ReasonOK reports whether a refusal's one-line reason names an accepted
// cause (case-insensitively).
func (c Case) ReasonOK(reason string) bool {
	low := strings.ToLower(reason)
	for _, r := range c.Reasons() {
		if strings.Contains(low, strings.ToLower(r)) {
			return true
		}
	}
	return false
}

// WriteTo writes the case's file to w.
func (c Case) WriteTo(w io.Writer) (int64, error) {
	if c.Make == nil {
		n, err := w.Write(c.Data)
		return int64(n), err
	}
	cw := &countingWriter{w: w}
	err := c.Make(cw)
	return cw.n, err
}

// WriteFile writes the case's file to path.
func (c Case) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("torture case %s: %w", c.Name, err)
	}
	if _, err := c.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("torture case %s: %w", c.Name, err)
	}
	return f.Close()
}

// Bytes returns the case's file in memory (for small cases and tests).
func (c Case) Bytes() ([]byte, error) {
	var b bytes.Buffer
	_, err := c.WriteTo(&b)
	return b.Bytes(), err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
