package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tortureCLI is how the torture run starts `budgetpdf extract`.
type tortureCLI struct {
	bin        string
	env        []string
	hasTimeout bool // extract takes --timeout
}

// extractPerMB mirrors extract's deadline rule (--help: "time limit for one
// file, plus 2s per MB"): a run may take this much longer per MB of input.
const extractPerMB = 2 * time.Second

// limit is how long a run on a file of size bytes may take: extract's own
// deadline plus the margin.
func (c *tortureCLI) limit(size int64) time.Duration {
	return tortureTimeout + time.Duration(size>>20)*extractPerMB + tortureMargin
}

// newTortureCLI picks the binary (BUDGETPDF_TORTURE_BIN, or this test
// binary running the CLI) and asks its extract --help whether it has the
// --timeout flag.
func newTortureCLI(t *testing.T) *tortureCLI {
	c := &tortureCLI{bin: os.Getenv(envTortureBin)}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "BUDGETPDF_TEST_") {
			c.env = append(c.env, kv)
		}
	}
	if c.bin == "" {
		c.bin = os.Args[0]
		c.env = append(c.env, "BUDGETPDF_TEST_MAIN=1")
	}
	help, _ := exec.Command(c.bin, "extract", "--help").CombinedOutput()
	c.hasTimeout = bytes.Contains(help, []byte("-timeout"))
	t.Logf("torture: %s (extract --timeout: %v)", c.bin, c.hasTimeout)
	return c
}

// tortureResult is what one child run did.
type tortureResult struct {
	path     string
	limit    time.Duration // how long it was allowed
	exit     int           // -1 when killed by a signal
	guardHit bool          // the runner had to kill it
	wall     time.Duration
	maxRSSKB int64
	stdout   []byte
	stderr   string
}

// run extracts path in a child process group, killing the group when it
// outlives its limit by another margin, so that a hung child cannot hang
// the run.
func (c *tortureCLI) run(path string) tortureResult {
	var size int64
	if info, err := os.Stat(path); err == nil {
		size = info.Size()
	}
	args := []string{"extract", "--compact"}
	if c.hasTimeout {
		args = append(args, "--timeout", tortureTimeout.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.limit(size)+tortureMargin)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.bin, append(args, path)...)
	cmd.Env = c.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	res := tortureResult{path: path, limit: c.limit(size), wall: time.Since(start), stdout: stdout.Bytes(), stderr: stderr.String(), guardHit: ctx.Err() != nil}
	if cmd.ProcessState == nil {
		res.exit, res.stderr = -1, res.stderr+"\nrunner: "+err.Error()
		return res
	}
	res.exit = cmd.ProcessState.ExitCode()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.maxRSSKB = ru.Maxrss // KiB on Linux
	}
	return res
}
