package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
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
	probe := exec.Command(c.bin, "extract", "--help")
	probe.Env = c.env
	help, _ := probe.CombinedOutput()
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
// the run. (The watchdog's own child has a group of its own; if the guard
// ever fires, the case has failed anyway, and that child may linger until
// it ends.)
func (c *tortureCLI) run(path string) tortureResult {
	var size int64
	if info, err := os.Stat(path); err == nil {
		size = info.Size()
	}
	args := []string{c.bin, "extract", "--compact"}
	if c.hasTimeout {
		args = append(args, "--timeout", tortureTimeout.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.limit(size)+tortureMargin)
	defer cancel()
	reportR, reportW, err := os.Pipe()
	if err != nil {
		return tortureResult{path: path, exit: -1, stderr: "runner: " + err.Error()}
	}
	defer reportR.Close()
	cmd := exec.CommandContext(ctx, os.Args[0], append(args, path)...) // the launcher, see torture_spawn_test.go
	cmd.Env = append(c.env, envTortureSpawn+"=1")
	cmd.ExtraFiles = []*os.File{reportW}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // the CLI joins the launcher's group
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	reportW.Close()
	res := tortureResult{path: path, limit: c.limit(size), wall: time.Since(start), stdout: stdout.Bytes(), stderr: stderr.String(), guardHit: ctx.Err() != nil}
	report, _ := io.ReadAll(reportR)
	var sig int
	if n, _ := fmt.Sscan(string(report), &res.exit, &sig, &res.maxRSSKB); n != 3 || err != nil {
		res.exit = -1
		res.stderr += fmt.Sprintf("\nrunner: launcher failed (%v), report %q", err, report)
	} else if sig != 0 {
		res.exit = -1
	}
	return res
}
