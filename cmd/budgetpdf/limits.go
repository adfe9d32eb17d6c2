package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// envMaxMemory names the environment variable that caps a child's memory,
// in bytes or with a K/M/G suffix (binary units). The import worker sets it
// for every extraction child; extract applies it at start through
// limitMemoryFromEnv.
const envMaxMemory = "BUDGETPDF_MAX_MEMORY"

// limitMemory caps the memory this process can map for data at max bytes
// and sets the Go soft memory limit to three quarters of it, so that a
// runaway allocation in the PDF library fails this process and nothing else.
//
// The cap is RLIMIT_DATA, not RLIMIT_AS: a Go 1.26 process reserves about
// 1.5 GB of address space at start (VmSize) while using 25 MB (VmRSS), so an
// address-space cap of 1 GB killed healthy children at random with "fatal
// error: runtime: cannot allocate memory". Since Linux 4.7 RLIMIT_DATA counts
// private writable mappings — memory the Go heap (and C malloc) actually
// uses — and not the runtime's PROT_NONE reservations.
func limitMemory(max int64) error {
	if max <= 0 {
		return nil
	}
	lim := &syscall.Rlimit{Cur: uint64(max), Max: uint64(max)}
	if err := syscall.Setrlimit(syscall.RLIMIT_DATA, lim); err != nil {
		return fmt.Errorf("limit memory to %d bytes: %w", max, err)
	}
	debug.SetMemoryLimit(max / 4 * 3)
	return nil
}

// limitMemoryFromEnv applies envMaxMemory when it is set.
func limitMemoryFromEnv() error {
	v := os.Getenv(envMaxMemory)
	if v == "" {
		return nil
	}
	n, err := parseSize(v)
	if err != nil {
		return fmt.Errorf("%s: %w", envMaxMemory, err)
	}
	return limitMemory(n)
}

// parseSize reads a byte count: "1073741824", "512M", "1G", "1GiB", "64k".
// Suffixes are binary (K = 1024). "0" means no limit.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if n := len(t); n > 0 {
		switch t[n-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:n-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("bad size %q (want bytes, or a number with K, M or G)", s)
	}
	return n * mult, nil
}
