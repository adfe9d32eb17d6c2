package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A watchdog runs one extraction in a child process (this binary, with
// extract --in-process) under a deadline and a memory cap. Some inputs make
// the PDF library loop forever or allocate until the machine gives out
// (libraries.md §2.5); neither can be recovered inside a Go process, so the
// parent stays out of harm's way and reports one line instead.
type watchdog struct {
	timeout   time.Duration // base deadline
	perMB     time.Duration // added per MB of input
	maxMemory int64         // bytes; 0 = no cap
	command   []string      // the child's subcommand; extract --in-process when empty
}

// The limits one file gets by default, for extract, import and diff alike.
const (
	defaultTimeout   = 30 * time.Second // plus defaultPerMB for each MB
	defaultPerMB     = 2 * time.Second
	defaultMaxMemory = "1G"
)

// defaultWatchdog applies the default limits.
func defaultWatchdog() watchdog {
	mem, _ := parseSize(defaultMaxMemory)
	return watchdog{timeout: defaultTimeout, perMB: defaultPerMB, maxMemory: mem}
}

// childResult is what a finished child left.
type childResult struct {
	stdout []byte
	code   int    // exit code to pass on
	reason string // one line for stderr when code != 0
}

// run extracts path in a child with args (flags for extract, path last).
func (w watchdog) run(ctx context.Context, path string, args []string) childResult {
	exe, err := os.Executable()
	if err != nil {
		return childResult{code: exitFailed, reason: "cannot find this program to run the extraction: " + err.Error()}
	}
	limit := w.timeout
	if info, err := os.Stat(path); err == nil {
		limit += time.Duration(info.Size()>>20) * w.perMB
	}
	cctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	sub := w.command
	if len(sub) == 0 {
		sub = []string{"extract", "--in-process"}
	}
	cmd := childCommand(cctx, exe, w.maxMemory, append(append([]string(nil), sub...), args...)...)
	var stdout bytes.Buffer
	stderr := &headWriter{max: 8192}
	cmd.Stdout, cmd.Stderr = &stdout, stderr
	runErr := runChild(cmd)
	switch {
	case errors.Is(cctx.Err(), context.DeadlineExceeded):
		return childResult{code: exitBadInput, reason: fmt.Sprintf("%s: no result within the %s time limit (--timeout): the file is too slow to read, or the PDF library loops on it; extraction stopped", path, limit)}
	case ctx.Err() != nil:
		return childResult{code: exitInterrupted, reason: path + ": interrupted"}
	case runErr == nil:
		return childResult{stdout: stdout.Bytes()}
	}
	return w.failure(path, runErr, stderr.String())
}

// failure explains a child that exited with an error or was killed.
func (w watchdog) failure(path string, err error, stderr string) childResult {
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return childResult{code: exitFailed, reason: path + ": run extraction: " + err.Error()}
	}
	ws, _ := exit.Sys().(syscall.WaitStatus)
	switch {
	case outOfMemory(stderr) || (ws.Signaled() && ws.Signal() == syscall.SIGKILL) || w.nearCap(exit.ProcessState):
		return childResult{code: exitBadInput, reason: fmt.Sprintf("%s: reading this file needs more than the %s memory limit (--max-memory); extraction stopped", path, formatSize(w.maxMemory))}
	case ws.Signaled():
		return childResult{code: exitBadInput, reason: fmt.Sprintf("%s: extraction killed by %s", path, ws.Signal())}
	case crashed(stderr):
		return childResult{code: exitBadInput, reason: fmt.Sprintf("%s: the PDF library failed on this file (%s)", path, crashCause(stderr))}
	}
	line := firstLine(stderr)
	if line == "" {
		line = fmt.Sprintf("%s: extraction exited with status %d", path, exit.ExitCode())
	}
	return childResult{code: exit.ExitCode(), reason: strings.TrimPrefix(line, "budgetpdf: ")}
}

// nearCap reports whether the child's peak memory reached most of the cap:
// then it died of memory, however the runtime worded its end (a failed
// allocation inside the runtime can surface as a segmentation fault).
func (w watchdog) nearCap(ps *os.ProcessState) bool {
	if w.maxMemory <= 0 || ps == nil {
		return false
	}
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	return ok && ru.Maxrss*1024 >= w.maxMemory/10*6
}

func outOfMemory(stderr string) bool {
	return strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory")
}

// crashCause is the first line of a crash report, without its prefix.
func crashCause(stderr string) string {
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimSpace(l)
		for _, p := range []string{"panic: ", "fatal error: "} {
			if strings.HasPrefix(l, p) {
				return strings.TrimPrefix(l, p)
			}
		}
	}
	return "crashed"
}

// childCommand prepares `exe args…` in a process group of its own (so a
// deadline or an interrupt kills it and anything it started) with a memory
// cap, killed by the kernel if this process dies first (Pdeathsig; start it
// with runChild, see spawn.go).
func childCommand(ctx context.Context, exe string, maxMemory int64, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Env = append(os.Environ(), envMaxMemory+"="+strconv.FormatInt(maxMemory, 10))
	if maxMemory > 0 {
		cmd.Env = append(cmd.Env, "GOMEMLIMIT="+strconv.FormatInt(maxMemory/4*3, 10))
	}
	if _, set := os.LookupEnv("GOGC"); !set {
		// An extraction's heap is short-lived garbage around one document;
		// collecting at twice the live heap instead of at 100 % growth costs
		// 5-7 % less CPU for about 20 MB more at peak, and GOMEMLIMIT still
		// makes the collector work harder near the cap.
		cmd.Env = append(cmd.Env, "GOGC="+childGOGC)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	return cmd
}

// childGOGC is the GOGC of extraction children (when the user set none).
const childGOGC = "200"

// formatSize prints a byte count the way --max-memory takes it.
func formatSize(n int64) string {
	switch {
	case n <= 0:
		return "unlimited"
	case n%(1<<30) == 0:
		return fmt.Sprintf("%dG", n>>30)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%dM", n>>20)
	}
	return strconv.FormatInt(n, 10)
}
