package pdf

// This file is budgetpdf's addition to the fork (see FORK.md): the
// upstream Reader parses an indirect object anew on every resolve, and for
// an object inside an object stream inflates and scans the whole stream
// each time. The Reader now keeps each object it parsed, and the decoded
// bytes of each object stream (up to maxCachedObjStm), for its lifetime.

import (
	"bytes"
	"io"
	"sync"
)

// maxCachedObjStm bounds the decoded object stream kept in memory; a larger
// one (or one that fails to decode) is read as upstream reads it, streamed
// anew for each object.
const maxCachedObjStm = 32 << 20

type objCache struct {
	mu      sync.Mutex
	objects map[objptr]interface{}
	objStms map[objptr][]byte
}

// resolve is the upstream resolve with a cache: an indirect object is
// parsed once. Only objects that resolved without a panic and to something
// other than null are kept, so every failure happens as upstream.
func (r *Reader) resolve(parent objptr, x interface{}) Value {
	ptr, ok := x.(objptr)
	if !ok {
		return r.resolveUncached(parent, x)
	}
	r.cache.mu.Lock()
	obj, hit := r.cache.objects[ptr]
	r.cache.mu.Unlock()
	if hit {
		return Value{r, ptr, obj}
	}
	v := r.resolveUncached(parent, x)
	if v.data != nil {
		r.cache.mu.Lock()
		if r.cache.objects == nil {
			r.cache.objects = map[objptr]interface{}{}
		}
		r.cache.objects[ptr] = v.data
		r.cache.mu.Unlock()
	}
	return v
}

// objStmReader reads the decoded object stream strm, from memory after the
// first time.
func (r *Reader) objStmReader(strm Value) io.Reader {
	r.cache.mu.Lock()
	data, hit := r.cache.objStms[strm.ptr]
	r.cache.mu.Unlock()
	if hit {
		return bytes.NewReader(data)
	}
	rc := strm.Reader()
	data, err := io.ReadAll(io.LimitReader(rc, maxCachedObjStm+1))
	rc.Close()
	if err != nil || len(data) > maxCachedObjStm {
		return strm.Reader()
	}
	r.cache.mu.Lock()
	if r.cache.objStms == nil {
		r.cache.objStms = map[objptr][]byte{}
	}
	r.cache.objStms[strm.ptr] = data
	r.cache.mu.Unlock()
	return bytes.NewReader(data)
}
