package extract

import (
	"bytes"
	"fmt"
	"io"

	"github.com/ledongthuc/pdf"
)

// maxStreamBytes caps one decompressed stream, so a decompression bomb costs
// an error, not the machine's memory.
var maxStreamBytes int64 = 32 << 20

// readStream returns the decoded bytes of a stream object. Filter panics in
// the PDF library become errors.
func readStream(v pdf.Value) (data []byte, err error) {
	return readStreamInto(v, nil)
}

// readStreamInto is readStream decoding into buf's storage (from its
// start), which the caller may reuse once it is done with the result.
func readStreamInto(v pdf.Value, buf []byte) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading stream: %v", r)
		}
	}()
	if v.Kind() != pdf.Stream {
		return nil, fmt.Errorf("not a stream")
	}
	rc := v.Reader()
	defer rc.Close()
	data, err = readAll(io.LimitReader(rc, maxStreamBytes+1), buf)
	if int64(len(data)) > maxStreamBytes {
		return nil, fmt.Errorf("stream decompresses to more than %d MB", maxStreamBytes>>20)
	}
	if err != nil && len(data) > 0 {
		// Keep what decoded before a corrupt tail (truncated Flate data).
		return data, fmt.Errorf("stream partly decoded: %w", err)
	}
	return data, err
}

// readAll is io.ReadAll reading first into buf's storage: a stream that
// fits costs no allocation. One that does not is read again, what buf
// holds and the rest, by one io.ReadAll, so that the peak memory of a big
// stream (a decompression bomb stops at maxStreamBytes) is io.ReadAll's
// own, which grows in chunks and copies once, not that of a buffer grown
// by appending or of a second copy.
func readAll(r io.Reader, buf []byte) ([]byte, error) {
	b := buf[:0]
	for len(b) < cap(b) {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
	}
	if len(b) == 0 {
		return io.ReadAll(r)
	}
	return io.ReadAll(io.MultiReader(bytes.NewReader(b), r))
}
