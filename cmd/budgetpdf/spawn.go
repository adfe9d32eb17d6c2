package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"sync"
	"syscall"
)

// Children die with their parent. Each extraction child is started with
// Pdeathsig = SIGKILL, so that the kernel kills it when the parent dies,
// even by kill -9. Pdeathsig fires when the thread that started the child
// exits, not the process, and the Go runtime ends a thread when a goroutine
// locked to it returns; so every child is started from one goroutine that
// locks its thread and never returns (startChild). The race of a parent
// dying between fork and prctl is handled by the runtime: the child checks
// its parent after setting Pdeathsig and kills itself if it changed.
//
// A parent that is asked to stop (SIGINT, SIGTERM) kills its children
// first: the commands that start them run under interruptContext, whose
// cancellation kills the child's process group (childCommand).

type spawnRequest struct {
	cmd  *exec.Cmd
	done chan error
}

var (
	spawnOnce     sync.Once
	spawnRequests chan spawnRequest
)

// startChild starts cmd from the spawner's locked thread.
func startChild(cmd *exec.Cmd) error {
	spawnOnce.Do(func() {
		spawnRequests = make(chan spawnRequest)
		go spawner(spawnRequests)
	})
	req := spawnRequest{cmd: cmd, done: make(chan error, 1)}
	spawnRequests <- req
	return <-req.done
}

// spawner starts the children; its thread lives as long as the process.
func spawner(reqs <-chan spawnRequest) {
	runtime.LockOSThread() // never unlocked, and this goroutine never returns
	for r := range reqs {
		r.done <- r.cmd.Start()
	}
}

// runChild is cmd.Run with the start on the spawner's thread.
func runChild(cmd *exec.Cmd) error {
	if err := startChild(cmd); err != nil {
		return fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	return cmd.Wait()
}

// interruptContext is cancelled by SIGINT or SIGTERM: the command then kills
// its children (their commands run under this context) and ends. stop
// restores the signals' default action.
func interruptContext() (ctx context.Context, stop context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
