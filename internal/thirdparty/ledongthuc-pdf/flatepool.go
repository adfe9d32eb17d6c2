package pdf

// This file is budgetpdf's addition to the fork (see FORK.md): a stream
// with the plain FlateDecode filter, the usual case, is decoded by a zlib
// reader (with its 32 KB window and its read buffer) taken from a pool and
// returned to it when the stream's reader is closed, instead of new ones
// for each stream. A reader that is never closed is simply collected.

import (
	"bufio"
	"compress/zlib"
	"io"
	"sync"
)

type flateState struct {
	src *bufio.Reader // gives zlib an io.ByteReader, so it adds no buffer of its own
	zr  io.ReadCloser // a zlib reader; nil until the first stream
}

var flatePool = sync.Pool{New: func() any { return &flateState{src: bufio.NewReaderSize(nil, 4096)} }}

// pooledFlate decodes rd as zlib data, as zlib.NewReader does: a bad header
// panics, as upstream's applyFilter does.
func pooledFlate(rd io.Reader) io.ReadCloser {
	st := flatePool.Get().(*flateState)
	st.src.Reset(rd)
	var err error
	if st.zr == nil {
		st.zr, err = zlib.NewReader(st.src)
	} else {
		err = st.zr.(zlib.Resetter).Reset(st.src, nil)
	}
	if err != nil {
		st.zr = nil
		st.src.Reset(nil)
		flatePool.Put(st)
		panic(err)
	}
	return &flateReader{st: st}
}

// flateReader reads one stream; Close gives its state back to the pool,
// once (reading after Close reports io.ErrClosedPipe).
type flateReader struct {
	st *flateState
}

func (f *flateReader) Read(p []byte) (int, error) {
	if f.st == nil {
		return 0, io.ErrClosedPipe
	}
	return f.st.zr.Read(p)
}

func (f *flateReader) Close() error {
	if f.st != nil {
		f.st.src.Reset(nil)
		flatePool.Put(f.st)
		f.st = nil
	}
	return nil
}
