package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

// A workerPool extracts files for import in long-lived children (this
// binary, extract-worker --serve), each handling one file at a time and
// many files in its life, so that a batch of thousands of files does not
// pay a process start-up per file. The guarantees of one child per file
// hold per file: each file has its deadline (childExtractor.deadline) and
// the child's memory cap; a child that passes the deadline is killed, one
// that crashes or dies of memory costs the file it was reading and nothing
// else, and the next file gets a fresh child. A child is also retired
// after maxFilesPerChild files or when its resident memory passes
// recycleRSS, so memory stays flat over any number of files.
type workerPool struct {
	c    childExtractor
	idle chan *poolWorker // workers waiting for a file; at most size
	mu   sync.Mutex
	all  map[*poolWorker]bool // every live worker, for close
	done bool
}

const maxFilesPerChild = 1000

// recycleRSS is the resident size after which a child is retired: a
// quarter of its cap, at most 256 MB. Go keeps the heap a big file needed;
// a fresh child starts at about 20 MB.
func (p *workerPool) recycleRSS() int64 {
	r := int64(256 << 20)
	if m := p.c.maxMemory / 4; m > 0 && m < r {
		r = m
	}
	return r
}

func newWorkerPool(c childExtractor, size int) *workerPool {
	return &workerPool{c: c, idle: make(chan *poolWorker, max(size, 1)), all: map[*poolWorker]bool{}}
}

// poolWorker is one serving child.
type poolWorker struct {
	cmd    *exec.Cmd
	req    io.WriteCloser // the child's stdin: one JSON-quoted path a line
	resp   *bufio.Reader  // fd 3 of the child: the framed answers
	stderr *lockedHead    // the child's stderr: crash reports
	exited chan struct{}  // closed when Wait returned
	err    error          // Wait's error, valid after exited
	files  int
	mu     sync.Mutex
	killed string // why the parent killed it: "deadline", "interrupt"
}

// lockedHead is a headWriter the child's stderr copier and the pool share.
type lockedHead struct {
	mu sync.Mutex
	h  headWriter
}

func (l *lockedHead) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.h.Write(p)
}

func (l *lockedHead) reset() {
	l.mu.Lock()
	l.h.buf.Reset()
	l.mu.Unlock()
}

func (l *lockedHead) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.h.String()
}

// start launches a serving child.
func (p *workerPool) start() (*poolWorker, error) {
	cmd := childCommand(context.Background(), p.c.exe, p.c.maxMemory, "extract-worker", "--serve")
	cmd.Cancel = nil
	respR, respW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	req, err := cmd.StdinPipe()
	if err != nil {
		respR.Close()
		respW.Close()
		return nil, err
	}
	w := &poolWorker{cmd: cmd, req: req, resp: bufio.NewReaderSize(respR, 64<<10),
		stderr: &lockedHead{h: headWriter{max: 4096}}, exited: make(chan struct{})}
	cmd.Stderr = w.stderr
	cmd.Stdout = w.stderr // stray prints of a library must not corrupt the answers
	cmd.ExtraFiles = []*os.File{respW}
	err = startChild(cmd)
	respW.Close()
	if err != nil {
		respR.Close()
		return nil, fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	go func() {
		w.err = cmd.Wait()
		respR.Close()
		close(w.exited)
	}()
	return w, nil
}

// kill ends the child's process group (it is its own group leader).
func (w *poolWorker) kill(why string) {
	w.mu.Lock()
	if w.killed == "" {
		w.killed = why
	}
	w.mu.Unlock()
	syscall.Kill(-w.cmd.Process.Pid, syscall.SIGKILL)
}

func (w *poolWorker) whyKilled() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.killed
}

// retire asks an idle child to end (EOF on its requests) and reaps it.
func (w *poolWorker) retire() {
	w.req.Close()
	select {
	case <-w.exited:
	case <-time.After(5 * time.Second):
		w.kill("retired")
		<-w.exited
	}
}

// rss is the child's resident size in bytes, or 0 when unknown.
func (w *poolWorker) rss() int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(w.cmd.Process.Pid) + "/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	n, _ := strconv.ParseInt(f[1], 10, 64)
	return n * int64(os.Getpagesize())
}

// get takes an idle worker or starts one.
func (p *workerPool) get() (*poolWorker, error) {
	select {
	case w := <-p.idle:
		return w, nil
	default:
	}
	w, err := p.start()
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		w.kill("closed")
		return nil, errors.New("import is over")
	}
	p.all[w] = true
	return w, nil
}

// put returns a healthy worker to the pool, or retires it.
func (p *workerPool) put(w *poolWorker, healthy bool) {
	if healthy && w.files < maxFilesPerChild && w.rss() < p.recycleRSS() {
		select {
		case p.idle <- w:
			return
		default:
		}
	}
	p.drop(w)
	if healthy {
		go w.retire()
	} else {
		w.kill("failed")
		<-w.exited
	}
}

func (p *workerPool) drop(w *poolWorker) {
	p.mu.Lock()
	delete(p.all, w)
	p.mu.Unlock()
}

// close ends every child; the pool is not used after.
func (p *workerPool) close() {
	p.mu.Lock()
	p.done = true
	ws := make([]*poolWorker, 0, len(p.all))
	for w := range p.all {
		ws = append(ws, w)
	}
	p.all = map[*poolWorker]bool{}
	p.mu.Unlock()
	for _, w := range ws {
		w.req.Close()
	}
	for _, w := range ws {
		select {
		case <-w.exited:
		case <-time.After(5 * time.Second):
			w.kill("closed")
			<-w.exited
		}
	}
}

// extract implements store.Extractor, with the same outcomes and reasons
// as childExtractor.extract.
func (p *workerPool) extract(ctx context.Context, path string) (*budgetpdf.Document, []byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, &store.ExtractError{ExitCode: -1, Reason: err.Error()}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	w, err := p.get()
	if err != nil {
		return nil, nil, &store.ExtractError{ExitCode: -1, Reason: "run extractor: " + err.Error()}
	}
	limit := p.c.deadline(info.Size())
	w.stderr.reset()
	timer := time.AfterFunc(limit, func() { w.kill("deadline") })
	stopInterrupt := context.AfterFunc(ctx, func() { w.kill("interrupt") })
	code, out, msg, rerr := w.ask(path)
	timer.Stop()
	stopInterrupt()
	w.files++
	if rerr != nil { // the child died, or was killed, reading this file
		p.drop(w)
		w.kill("failed")
		<-w.exited
		switch {
		case w.whyKilled() == "interrupt" || ctx.Err() != nil:
			return nil, nil, ctx.Err()
		case w.whyKilled() == "deadline":
			return nil, nil, &store.ExtractError{ExitCode: -1,
				Reason: fmt.Sprintf("no result within the %s deadline: extraction killed", limit)}
		}
		werr := w.err
		if werr == nil {
			werr = rerr
		}
		return nil, nil, childFailure(werr, stripPrefix(w.stderr.String(), path))
	}
	p.put(w, true)
	if code != exitOK {
		return nil, nil, frameFailure(code, stripPrefix(msg, path))
	}
	doc, err := decodeChildOutput(out)
	if err != nil {
		return nil, nil, &store.ExtractError{ExitCode: -1, Reason: err.Error()}
	}
	return doc, out, nil
}

// frameFailure is childFailure for a file the child refused and lived.
func frameFailure(code int, stderr string) error {
	line := firstLine(stderr)
	if line == "" {
		line = fmt.Sprintf("extractor exited with status %d", code)
	}
	return &store.ExtractError{ExitCode: code, Reason: line}
}

// ask sends one path and reads its answer.
func (w *poolWorker) ask(path string) (code int, stdout []byte, stderr string, err error) {
	q, _ := json.Marshal(path)
	if _, err := w.req.Write(append(q, '\n')); err != nil {
		return 0, nil, "", err
	}
	return readFrame(w.resp)
}

// The answer to one file: a line "budgetpdf-frame CODE NOUT NERR", then
// NOUT bytes of what extract printed on stdout and NERR of its stderr.
const frameMagic = "budgetpdf-frame"

// maxFrame bounds what the parent reads for one answer.
const maxFrame = 1 << 30

func writeFrame(w *bufio.Writer, code int, stdout, stderr []byte) error {
	fmt.Fprintf(w, "%s %d %d %d\n", frameMagic, code, len(stdout), len(stderr))
	w.Write(stdout)
	w.Write(stderr)
	return w.Flush()
}

func readFrame(r *bufio.Reader) (code int, stdout []byte, stderr string, err error) {
	head, err := r.ReadString('\n')
	if err != nil {
		return 0, nil, "", err
	}
	var magic string
	var nout, nerr int
	if n, _ := fmt.Sscanf(head, "%s %d %d %d\n", &magic, &code, &nout, &nerr); n != 4 || magic != frameMagic ||
		nout < 0 || nerr < 0 || nout > maxFrame || nerr > maxFrame {
		return 0, nil, "", fmt.Errorf("extractor sent a bad answer %.80q", head)
	}
	buf := make([]byte, nout+nerr)
	if _, err := io.ReadFull(r, buf); err != nil {
		return 0, nil, "", err
	}
	return code, buf[:nout], string(buf[nout:]), nil
}

// serveExtract is the child's side (extract-worker --serve): it reads one
// JSON-quoted path a line on stdin and answers each on fd 3 with what
// `extract-worker -- FILE` would have printed and exited with. It ends at
// the end of its input.
func serveExtract(stdin io.Reader, stderr io.Writer) int {
	respFile := os.NewFile(3, "answers")
	if respFile == nil {
		fmt.Fprintln(stderr, "budgetpdf extract-worker --serve: no answer pipe (fd 3)")
		return exitFailed
	}
	resp := bufio.NewWriterSize(respFile, 64<<10)
	in := bufio.NewReader(stdin)
	var out, errb bytes.Buffer
	for {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) == 0 {
			if err != nil {
				return exitOK
			}
			continue
		}
		var path string
		if jerr := json.Unmarshal(line, &path); jerr != nil {
			fmt.Fprintf(stderr, "budgetpdf extract-worker --serve: bad request %.80q\n", line)
			return exitFailed
		}
		out.Reset()
		errb.Reset()
		code := extractOneFile(path, &out, &errb)
		if werr := writeFrame(resp, code, out.Bytes(), errb.Bytes()); werr != nil {
			return exitFailed // the parent is gone
		}
		if out.Cap() > 16<<20 { // do not keep a huge document's buffer
			out = bytes.Buffer{}
		}
	}
}
