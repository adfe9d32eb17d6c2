package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestTortureInputs runs the hostile inputs that are no PDF bytes through
// the binary, as make torture does: a named pipe and a device in an import
// folder (refused without reading, the batch goes on, no hang) and an
// export --out that is a symlink, a pipe or a device (refused, the target
// left as it was). Each run has a wall-time cap; a hang fails the case.
func TestTortureInputs(t *testing.T) {
	cli := newTortureCLI(t)
	dir := t.TempDir()
	runBin := func(args ...string) (int, string, time.Duration) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, cli.bin, args...)
		cmd.Env = cli.env
		var errb bytes.Buffer
		cmd.Stderr = &errb
		start := time.Now()
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			code = -1
		}
		if ctx.Err() != nil {
			code = -2 // hung: killed at the cap
		}
		return code, errb.String(), time.Since(start)
	}
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pdf", "dev-002.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(in, "good.pdf"), pdf, 0o644)
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	t.Run("import of a folder with a named pipe and a device", func(t *testing.T) {
		code, stderr, wall := runBin("import", "--quiet", "--db", db, in, "/dev/zero")
		if code != exitFailed || wall > 15*time.Second {
			t.Errorf("exit %d after %s, want exit 1 (two refused inputs) at once; stderr:\n%s", code, wall, stderr)
		}
		for _, want := range []string{"pipe.pdf", "/dev/zero"} {
			if !bytes.Contains([]byte(stderr), []byte(want)) {
				t.Errorf("stderr does not name %s:\n%s", want, stderr)
			}
		}
	})
	target := filepath.Join(dir, "keep.csv")
	os.WriteFile(target, []byte("keep"), 0o644)
	link := filepath.Join(dir, "link.csv")
	os.Symlink(target, link)
	fifo := filepath.Join(dir, "out.csv")
	syscall.Mkfifo(fifo, 0o644)
	for _, out := range []string{link, fifo, "/dev/full"} {
		t.Run(fmt.Sprintf("export --out %s", filepath.Base(out)), func(t *testing.T) {
			code, stderr, wall := runBin("export", "--db", db, "--format", "csv", "--out", out)
			if code != exitBadInput || wall > 15*time.Second {
				t.Errorf("exit %d after %s, want a refusal (exit 2) at once; stderr: %s", code, wall, stderr)
			}
		})
	}
	if b, _ := os.ReadFile(target); string(b) != "keep" {
		t.Errorf("the symlink's target was written: %q", b)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v %v", fi, err)
	}
}
