package seg

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"unicode/utf8"
)

// dict is the word list the cuts read: for each word its frequency, and
// every leading run of whole characters of a word, so that the DAG walk
// knows when no longer word can start with what it has read. It answers
// what gse's dictionary trie answers for those keys (Find), and holds no
// pointer: gse's dictionary is about half a million small objects that
// every garbage collection of the process had to mark, and took 170 ms
// to build; this one takes a fraction of that.
type dict struct {
	seed    maphash.Seed
	slots   []uint64 // open addressing: high 32 bits of the key's hash, entry index + 1; 0 = empty
	entries []dictEntry
	blob    []byte  // the keys, one after the other
	total   float64 // sum of the words' frequencies
}

type dictEntry struct {
	off, n uint32
	freq   float64 // 0: a leading part of a word, not a word
}

// find reports whether key is a word or starts one, and the word's
// frequency (0 when it only starts one): gse's Dictionary.Find.
func (d *dict) find(key []byte) (freq float64, ok bool) {
	if i, ok := d.lookup(key, maphash.Bytes(d.seed, key)); ok {
		return d.entries[i].freq, true
	}
	return 0, false
}

// lookup finds key's entry (h is its hash), or the empty slot where it
// would go.
func (d *dict) lookup(key []byte, h uint64) (at int, found bool) {
	mask := uint64(len(d.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := d.slots[i]
		switch {
		case s == 0:
			return int(i), false
		case uint32(s>>32) == uint32(h>>32):
			e := &d.entries[uint32(s)-1]
			if bytes.Equal(d.blob[e.off:e.off+e.n], key) {
				return int(uint32(s) - 1), true
			}
		}
	}
}

// entry returns the index of key's entry, adding it (as a leading part)
// when missing.
func (d *dict) entry(key []byte) int {
	h := maphash.Bytes(d.seed, key)
	at, found := d.lookup(key, h)
	if found {
		return at
	}
	if 2*(len(d.entries)+1) > len(d.slots) {
		d.grow()
		at, _ = d.lookup(key, h)
	}
	d.entries = append(d.entries, dictEntry{off: uint32(len(d.blob)), n: uint32(len(key))})
	d.blob = append(d.blob, key...)
	d.slots[at] = h>>32<<32 | uint64(len(d.entries))
	return len(d.entries) - 1
}

// grow doubles the slots (the table stays at most half full).
func (d *dict) grow() {
	old := d.slots
	d.slots = make([]uint64, max(2*len(old), 1<<10))
	for _, s := range old {
		if s == 0 {
			continue
		}
		e := d.entries[uint32(s)-1]
		at, _ := d.lookup(d.blob[e.off:e.off+e.n], maphash.Bytes(d.seed, d.blob[e.off:e.off+e.n]))
		d.slots[at] = s
	}
}

// add adds a word with its frequency, unless it is already one (the first
// frequency read wins, as in gse), and its leading parts.
func (d *dict) add(word []byte, freq float64) {
	i := d.entry(word)
	if d.entries[i].freq > 0 {
		return
	}
	d.entries[i].freq = freq
	d.total += freq
	for j := range word {
		if j > 0 && utf8.RuneStart(word[j]) {
			d.entry(word[:j])
		}
	}
}

// newDict reads a dictionary ("word freq [pos]" a line) with gse's rules
// (LoadDictStr with its defaults): lines without a frequency, or with one
// under 2, are skipped; a one-character word counts 2; ASCII letters are
// lower-cased.
func newDict(text string) (*dict, error) {
	d := &dict{seed: maphash.MakeSeed(), slots: make([]uint64, 1<<19)}
	var key []byte
	for line := range strings.SplitSeq(text, "\n") {
		f := strings.Split(line, " ")
		if len(f) < 2 {
			continue
		}
		word := strings.TrimSpace(f[0])
		if word == "" {
			continue
		}
		freq, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil || freq < 2 {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = 2
		}
		key = asciiLower(key[:0], word)
		d.add(key, freq)
	}
	if len(d.entries) >= 1<<32-1 || len(d.blob) > 1<<32-1 {
		return nil, fmt.Errorf("dictionary too large")
	}
	return d, nil
}

// asciiLower appends s with A-Z lower-cased (gse lower-cases the Latin
// letters and digits runs of a word, and nothing else).
func asciiLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
