package torture

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
)

// bombChunk is the inflated size of one repeated deflate segment.
const bombChunk = 1 << 20

// WriteFlateBomb writes a zlib stream (what /FlateDecode reads) that
// inflates to n zero bytes, n rounded up to a whole MiB, in about n/1000
// bytes and without ever holding n bytes: it compresses one MiB of zeros
// twice, sync-flushing after each, and repeats the second segment — whose
// back-references only reach into the zeros before it — then ends with an
// empty final block and the Adler-32 of n zeros.
func WriteFlateBomb(w io.Writer, n int64) error {
	head, seg, err := bombSegments()
	if err != nil {
		return err
	}
	chunks := max(1, (n+bombChunk-1)/bombChunk)
	if _, err := w.Write(append([]byte{0x78, 0xda}, head...)); err != nil {
		return fmt.Errorf("flate bomb: %w", err)
	}
	for range chunks - 1 {
		if _, err := w.Write(seg); err != nil {
			return fmt.Errorf("flate bomb: %w", err)
		}
	}
	tail := []byte{0x01, 0x00, 0x00, 0xff, 0xff} // final, stored, empty
	tail = binary.BigEndian.AppendUint32(tail, adlerOfZeros(chunks*bombChunk))
	if _, err := w.Write(tail); err != nil {
		return fmt.Errorf("flate bomb: %w", err)
	}
	return nil
}

// bombSegments returns the deflate blocks for the first MiB of zeros and
// for every further MiB, each ending byte-aligned after a sync flush.
func bombSegments() (head, seg []byte, err error) {
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return nil, nil, fmt.Errorf("flate bomb: %w", err)
	}
	zeros := make([]byte, bombChunk)
	for i := range 2 {
		if _, err := fw.Write(zeros); err != nil {
			return nil, nil, fmt.Errorf("flate bomb: %w", err)
		}
		if err := fw.Flush(); err != nil {
			return nil, nil, fmt.Errorf("flate bomb: %w", err)
		}
		if i == 0 {
			head = bytes.Clone(buf.Bytes())
			buf.Reset()
		}
	}
	return head, bytes.Clone(buf.Bytes()), nil
}

// adlerOfZeros is the Adler-32 checksum of n zero bytes: the low sum stays
// 1 and the high sum adds 1 per byte.
func adlerOfZeros(n int64) uint32 {
	return uint32(n%65521)<<16 | 1
}
