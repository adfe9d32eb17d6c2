package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestChildrenDieWithParent runs extract, diff and import (this test binary
// as the CLI) on files whose extraction never ends (the fake extractor's
// HANG), waits until their children run, then kills the parent with
// SIGKILL, SIGTERM or SIGINT. No child may outlive it: SIGKILL is answered
// by the kernel (Pdeathsig), SIGTERM and SIGINT by the parent killing its
// children before it exits, with exit 130. The children are found in /proc as the
// processes whose parent was the killed one.
func TestChildrenDieWithParent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes for about 20s")
	}
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("needs /proc")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	for i := range 3 {
		writeTestFile(t, filepath.Join(in, fmt.Sprintf("hang-%d.pdf", i)), "HANG")
	}
	hang := filepath.Join(in, "hang-0.pdf")
	commands := map[string]struct {
		args     []string
		children int // how many children to wait for before the signal
	}{
		"extract": {[]string{"extract", "--timeout", "2m", hang}, 1},
		"diff":    {[]string{"diff", hang, filepath.Join(in, "hang-1.pdf")}, 1},
		"import":  {[]string{"import", "--db", filepath.Join(dir, "x.db"), "--jobs", "2", "--timeout", "2m", in}, 2},
	}
	for _, name := range []string{"extract", "diff", "import"} {
		for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM, syscall.SIGINT} {
			c := commands[name]
			t.Run(name+"/"+sig.String(), func(t *testing.T) {
				checkChildrenDie(t, c.args, c.children, sig)
			})
		}
	}
}

func checkChildrenDie(t *testing.T, args []string, want int, sig syscall.Signal) {
	cmd := exec.Command(testExe(t), args...)
	cmd.Env = append(os.Environ(), "BUDGETPDF_TEST_MAIN=1", "BUDGETPDF_TEST_FAKE_EXTRACT=1", "BUDGETPDF_TEST_FAKE_IN_PROCESS=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	parent := cmd.Process.Pid
	var kids []proc
	defer func() { // whatever happened, leave no process behind
		cmd.Process.Kill()
		for _, k := range kids {
			if k.alive() {
				syscall.Kill(k.pid, syscall.SIGKILL)
			}
		}
	}()
	for deadline := time.Now().Add(30 * time.Second); len(kids) < want; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d children after 30s, want %d; stderr %q", len(kids), want, stderr.String())
		}
		kids = childrenOf(parent)
	}
	if err := syscall.Kill(parent, sig); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(15 * time.Second):
		t.Fatalf("parent still running 15s after %s", sig)
	}
	if code := cmd.ProcessState.ExitCode(); sig != syscall.SIGKILL && code != exitInterrupted {
		t.Errorf("exit %d after %s, want %d (interrupted); stderr %q", code, sig, exitInterrupted, stderr.String())
	}
	// The kernel delivers Pdeathsig as the parent's threads exit; give the
	// children a moment to be killed and reaped.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		var alive []string
		for _, k := range kids {
			if k.alive() {
				alive = append(alive, strconv.Itoa(k.pid))
			}
		}
		if len(alive) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s of the parent, children %s still run; parent stderr %q", sig, strings.Join(alive, ", "), stderr.String())
		}
	}
}

// proc identifies a process: its pid and start time (a reused pid has
// another start time).
type proc struct {
	pid   int
	start string
}

// childrenOf lists the running processes whose parent is ppid.
func childrenOf(ppid int) []proc {
	entries, _ := os.ReadDir("/proc")
	var out []proc
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if st, ok := procStat(pid); ok && st.ppid == ppid && st.state != "Z" {
			out = append(out, proc{pid, st.start})
		}
	}
	return out
}

// alive reports whether the process still runs (a zombie does not).
func (p proc) alive() bool {
	st, ok := procStat(p.pid)
	return ok && st.start == p.start && st.state != "Z" && st.state != "X"
}

type stat struct {
	state, start string
	ppid         int
}

// procStat reads /proc/PID/stat: state (field 3), ppid (4), starttime (22).
func procStat(pid int) (stat, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return stat{}, false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')') // the command name may hold spaces and parentheses
	if i < 0 {
		return stat{}, false
	}
	f := strings.Fields(s[i+1:]) // f[0] is field 3
	if len(f) < 20 {
		return stat{}, false
	}
	ppid, _ := strconv.Atoi(f[1])
	return stat{state: f[0], ppid: ppid, start: f[19]}, true
}
