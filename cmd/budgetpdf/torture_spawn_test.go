package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// Peak memory is read from the child's rusage (ru_maxrss), but Go starts
// children with vfork, and Linux charges the parent's own peak RSS to a
// vforked child at exec (exec_mmap records the shared mm's high-water
// mark). Measured straight from the test process, every case would read at
// least the test's own peak. So the torture run starts each extraction
// through a launcher — this test binary again, before any test has run,
// at its start-up size — which runs the CLI, waits for it, and reports the
// CLI's exit status and peak RSS on file descriptor 3. The CLI's peak
// includes the watchdog's child: wait4 returns the larger of a process's
// own peak and its waited-for children's.
const envTortureSpawn = "BUDGETPDF_TORTURE_SPAWN"

func init() {
	if os.Getenv(envTortureSpawn) == "1" {
		os.Exit(tortureSpawn(os.Args[1:]))
	}
}

// tortureSpawn runs args with this process's stdout and stderr and writes
// "EXIT SIGNAL MAXRSS_KB" to fd 3; SIGNAL is 0 unless a signal ended it.
func tortureSpawn(args []string) int {
	report := os.NewFile(3, "torture-report")
	if len(args) == 0 || report == nil {
		fmt.Fprintln(os.Stderr, "torture launcher: nothing to run")
		return 125
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, envTortureSpawn+"=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintf(os.Stderr, "torture launcher: %v\n", err)
		return 125
	}
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss // KiB on Linux
	}
	sig := 0
	if ws.Signaled() {
		sig = int(ws.Signal())
	}
	fmt.Fprintf(report, "%d %d %d\n", ws.ExitStatus(), sig, rss)
	report.Close()
	return 0
}
