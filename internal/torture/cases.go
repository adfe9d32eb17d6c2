package torture

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Sizes of the big cases.
const (
	ZerosFileBytes = 200 << 20 // the file of zeros behind a PDF header
	BombBytes      = 4 << 30   // what the slow decompression bombs inflate to
	SmallBombBytes = 256 << 20 // the bomb every `go test` runs
	BombMaxRSSMB   = 200       // peak memory allowed on bombs and the zeros file
)

// loopWall is how long a file built around a loop may take: a bounded walk
// ends at once, an unbounded one runs into the deadline.
const loopWall = 5 * time.Second

// Reasons accepted for refusing a bomb or an oversized file.
const sizeReasons = "larger than|memory|time limit|deadline|damaged"

// Cases returns the whole corpus. fixtureDir holds the good fixtures
// (testdata/pdf of the module). Cases are deterministic: the same call
// gives the same bytes.
func Cases(fixtureDir string) ([]Case, error) {
	var cases []Case
	for i, name := range Fixtures {
		cs, err := fixtureCases(fixtureDir, name)
		if err != nil {
			return nil, err
		}
		for j := range cs {
			cs[j].Slow = cs[j].Slow || i > 0 // every test damages the first fixture; the full run all of them
		}
		cases = append(cases, cs...)
	}
	wrapped, err := wrappingCases(fixtureDir, Fixtures[0])
	if err != nil {
		return nil, err
	}
	enc, err := encryptedCases()
	if err != nil {
		return nil, err
	}
	cases = append(cases, wrapped...)
	cases = append(cases, enc...)
	cases = append(cases, syntheticCases()...)
	cases = append(cases, bombCases()...)
	return cases, nil
}

// syntheticCases are small files built to break a reader.
func syntheticCases() []Case {
	return []Case{
		{Name: "empty/zero-bytes", Data: []byte{}, Want: RejectedBadInput, WantReason: "not a PDF|empty"},
		{Name: "empty/header-only", Data: []byte("%PDF-1.7\n%%EOF\n"), Want: RejectedBadInput, WantReason: "damaged"},
		{Name: "not-pdf/random-binary", Data: randomBytes(4096, 3), Want: RejectedBadInput, WantReason: "not a PDF"},
		{Name: "not-pdf/html-error-page", Data: []byte("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n"), Want: RejectedBadInput, WantReason: "not a PDF"},
		{Name: "gen/broken-flate", Data: brokenFlate(), Want: Parsed},
		{Name: "gen/unterminated-hex-string", Data: onePage(showText + " BT /F1 12 Tf 72 680 Td <50726F6A656374"), Want: Parsed},
		{Name: "gen/unterminated-literal-string", Data: onePage(showText + " BT /F1 12 Tf 72 680 Td (Project (budget"), Want: Parsed},
		{Name: "gen/inline-image-binary", Data: inlineImage(), Want: Parsed},
		{Name: "gen/contents-split-mid-operator", Data: onePage("BT /F1 12 Tf 72 700 Td (Project budget) Tj 0 -20 Td (Hel", "lo) T", "j ET"), Want: Parsed},
		{Name: "gen/nested-arrays-content-100k", Data: onePage(showText + " " + nested("[", "]", 100_000, true) + " d0"), Want: Parsed},
		{Name: "gen/nested-arrays-content-unclosed-1M", Data: onePage(showText + " " + nested("[", "]", 1_000_000, false)), Want: Parsed},
		{Name: "gen/nested-dicts-content-100k", Data: onePage(showText + " " + nested("<<", ">>", 100_000, true) + " gs"), Want: Parsed},
		{Name: "gen/nested-arrays-object-100k", Data: nestedInObject(100_000), Want: Survived},
		// Readers differ on a looping page tree (pdf.js and MuPDF refuse
		// it); reading the one real page or refusing with the loop named
		// are both fine, hanging is not.
		{Name: "gen/page-tree-loop-self", Data: pageTreeLoop(false), Want: Survived, WantReason: "loop"},
		{Name: "gen/page-tree-loop-indirect", Data: pageTreeLoop(true), Want: Survived, WantReason: "loop"},
		// Loops and depth where a reader climbs /Parent (inherited /Rotate,
		// /Resources) or follows forms: the text is read, or the file is
		// refused with the loop named, in well under the deadline.
		{Name: "gen/page-own-parent", Data: PageOwnParent(false), Want: Parsed, MaxWall: loopWall},
		{Name: "gen/page-own-parent-no-resources", Data: PageOwnParent(true), Want: Survived, WantReason: "loop|damaged", MaxWall: loopWall},
		{Name: "gen/parent-loop-above-page", Data: ParentLoop(), Want: Survived, WantReason: "loop|damaged", MaxWall: loopWall},
		{Name: "gen/parent-chain-1000", Data: DeepParentChain(1000), Want: Survived, WantReason: "loop|deep", MaxWall: loopWall},
		{Name: "gen/form-draws-itself-8-times", Data: FormFanOut(8), Want: Parsed, MaxWall: loopWall},
		{Name: "gen/outline-loop", Data: OutlineLoop(), Want: Parsed, MaxWall: loopWall},
		{Name: "gen/name-tree-loop", Data: NameTreeLoop(), Want: Parsed, MaxWall: loopWall},
		{Name: "gen/huge-size-trailer", Data: hugeSize(false), Want: Parsed},
		{Name: "gen/huge-size-xref-stream", Data: hugeSize(true), Want: Parsed},
		{Name: "gen/image-only", Data: imageOnly(), Want: RejectedScanned, WantReason: "no text layer"},
		{Name: "gen/image-only-huge-dimensions", Data: imageOnlyHuge(), Want: RejectedScanned, WantReason: "no text layer", MaxRSSMB: BombMaxRSSMB},
		{Name: "gen/glyphs-200k-one-page", Data: manyGlyphs(200_000), Want: Survived, WantReason: "time limit|memory", Slow: true},
		{Name: "gen/graphics-state-nesting-1M", Data: onePage(showText + " " + strings.Repeat("q ", 1_000_000)), Want: Parsed, MaxRSSMB: BombMaxRSSMB},
		{Name: "gen/form-xobject-draws-itself", Data: formSelfReference(), Want: Parsed},
		{Name: "gen/page-count-lie", Data: pageCountLie(), Want: Parsed},
		{Name: "gen/pages-6000", Data: manyPages(6000), Want: Survived, WantReason: "page limit", Slow: true},
		{Name: "gen/cid-widths-range-4G", Data: cidFont("[0 4294967295 500]", sane2ByteCMap), Want: Parsed, MaxRSSMB: BombMaxRSSMB},
		{Name: "gen/tounicode-bfrange-4G", Data: cidFont("[65 [500 500 500 500]]", cmapWith("<00000000> <FFFFFFFF>", "1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange")), Want: Parsed, MaxRSSMB: BombMaxRSSMB},
		{Name: "gen/tounicode-cidrange-4G", Data: cidFont("[65 [500 500 500 500]]", cmapWith("<0000> <FFFF>", "1 begincidrange <0000> <FFFF> 0 endcidrange", "1 beginbfrange <0041> <FFFF> <0041> endbfrange")), Want: Parsed, MaxRSSMB: BombMaxRSSMB},
	}
}

// bombCases: decompression bombs as page content and as a ToUnicode map,
// and the file of zeros. Text comes before the bomb, so extract may keep
// what it read and warn, or refuse the file; either way in bounded memory.
func bombCases() []Case {
	return []Case{
		{Name: "bomb/content-256MiB", Make: bombPDF(SmallBombBytes, false), Want: Survived, WantReason: sizeReasons, MaxRSSMB: BombMaxRSSMB},
		{Name: "bomb/content-4GiB", Make: bombPDF(BombBytes, false), Want: Survived, WantReason: sizeReasons, MaxRSSMB: BombMaxRSSMB, Slow: true},
		{Name: "bomb/tounicode-4GiB", Make: bombPDF(BombBytes, true), Want: Survived, WantReason: sizeReasons, MaxRSSMB: BombMaxRSSMB, Slow: true},
		{Name: "big/zeros-200MiB", Make: zerosPDF(ZerosFileBytes), Want: RejectedBadInput, WantReason: "larger than|damaged", MaxRSSMB: BombMaxRSSMB, Slow: true},
	}
}

// zerosPDF writes a PDF header followed by zeros, size bytes in all,
// a MiB at a time.
func zerosPDF(size int64) func(io.Writer) error {
	return func(w io.Writer) error {
		header := "%PDF-1.4\n"
		if _, err := io.WriteString(w, header); err != nil {
			return fmt.Errorf("zeros file: %w", err)
		}
		zeros := make([]byte, 1<<20)
		for left := size - int64(len(header)); left > 0; left -= int64(len(zeros)) {
			if _, err := w.Write(zeros[:min(left, int64(len(zeros)))]); err != nil {
				return fmt.Errorf("zeros file: %w", err)
			}
		}
		return nil
	}
}

// bombPDF writes a one-page PDF whose text is followed by a Flate stream
// inflating to n bytes: a second content stream, or the font's ToUnicode.
func bombPDF(n int64, toUnicode bool) func(io.Writer) error {
	return func(w io.Writer) error {
		var bomb strings.Builder
		if err := WriteFlateBomb(&bomb, n); err != nil {
			return err
		}
		_, err := w.Write(bombFile(bomb.String(), toUnicode))
		return err
	}
}
