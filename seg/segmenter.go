package seg

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/go-ego/gse"
)

//go:embed dict.txt.gz
var baseDict []byte

//go:embed domain.txt
var domainDict string

// Segmenter cuts Chinese text into words. It is safe for concurrent use.
type Segmenter struct {
	gse gse.Segmenter
	err error
}

var (
	defaultOnce sync.Once
	defaultSeg  *Segmenter
)

// Default returns the shared Segmenter, loading the embedded dictionaries on
// the first call. Should loading fail (a corrupt build), the Segmenter still
// works on the domain terms and gse's HMM alone, and Err reports why.
func Default() *Segmenter {
	defaultOnce.Do(func() {
		defaultSeg, _ = Load()
	})
	return defaultSeg
}

// Load builds a new Segmenter from the embedded dictionaries. It never
// returns nil; on error the Segmenter lacks the base dictionary.
func Load() (*Segmenter, error) {
	s := &Segmenter{}
	s.gse.SkipLog = true
	base, err := gunzip(baseDict)
	if err != nil {
		s.err = fmt.Errorf("seg: load base dictionary: %w", err)
	}
	// The domain terms go first because gse keeps the first frequency it
	// reads for a word.
	if err := addWords(&s.gse, domainWords()+base); err != nil && s.err == nil {
		s.err = fmt.Errorf("seg: load dictionaries: %w", err)
	}
	return s, s.err
}

// addWords loads a dictionary ("word freq [pos]" a line) the way gse's
// LoadDictStr does, line for line, but without its last step
// (CalcToken), which segments every one of the 82k words for gse's
// Segment API: Cut and CutSearch, all seg calls, read only the words'
// frequencies. That step was a third of the load (BenchmarkLoad), which
// every import pays in the process that writes the search index.
func addWords(g *gse.Segmenter, dict string) error {
	if g.Dict == nil {
		g.Dict = gse.NewDict()
		g.Init()
	}
	for line := range strings.SplitSeq(dict, "\n") {
		f := strings.Split(line, g.DictSep+" ")
		text, freqText, pos := strings.TrimSpace(f[0]), "", ""
		if len(f) > 1 {
			freqText = strings.TrimSpace(f[1])
		}
		freq := g.Size(len(f), text, freqText)
		if freq == 0 {
			continue
		}
		if len(f) > 2 {
			pos = strings.TrimSpace(strings.Trim(f[2], "\n"))
		}
		if err := g.AddToken(text, freq, pos); err != nil {
			return fmt.Errorf("add %q: %w", text, err)
		}
	}
	return nil
}

// Err reports a failure to load the dictionaries, or nil.
func (s *Segmenter) Err() error { return s.err }

// Cut splits text into words (gse's DAG with HMM for unknown words). The
// tokens, concatenated, give text back unchanged; white space and
// punctuation are tokens too.
func (s *Segmenter) Cut(text string) []string {
	if text == "" {
		return nil
	}
	return s.cutHMM(text)
}

// domainWords is domain.txt without its comment lines.
func domainWords() string {
	var b strings.Builder
	for line := range strings.Lines(domainDict) {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	return b.String()
}

func gunzip(data []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	defer zr.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, zr); err != nil {
		return "", err
	}
	return b.String(), nil
}
