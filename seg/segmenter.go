package seg

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/go-ego/gse/hmm"
)

//go:embed dict.txt.gz
var baseDict []byte

//go:embed domain.txt
var domainDict string

// Segmenter cuts Chinese text into words. It is safe for concurrent use.
type Segmenter struct {
	dict *dict
	err  error
}

var (
	defaultOnce sync.Once
	defaultSeg  *Segmenter
	hmmOnce     sync.Once
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
	hmmOnce.Do(func() { hmm.LoadModel() }) // gse's HMM model: package state of gse/hmm
	s := &Segmenter{}
	base, err := gunzip(baseDict)
	if err != nil {
		s.err = fmt.Errorf("seg: load base dictionary: %w", err)
	}
	// The domain terms go first because the first frequency read for a
	// word is kept.
	s.dict, err = newDict(domainWords() + base)
	if err != nil {
		s.dict, _ = newDict(domainWords())
		if s.err == nil {
			s.err = fmt.Errorf("seg: load dictionaries: %w", err)
		}
	}
	return s, s.err
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
