package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

// The torture run: every case of internal/torture goes through `budgetpdf
// extract FILE` in a child process, as users and the scorer run it, and
// must end as the case expects — parsed, or refused with exit 2/3 and one
// line naming the cause — never with a panic trace, never past the
// deadline, within the case's memory cap.
//
// Environment:
//   - BUDGETPDF_TORTURE=1 runs the slow cases too (the 200 MB file, the GB
//     bombs, 6000 pages, 200k glyphs, every fixture's every damaged copy)
//     and prints the table; `make torture` sets it. Without it (and under
//     -short) the fast cases run: about 45, 20 seconds.
//   - BUDGETPDF_TORTURE_BIN=path runs that binary instead of this test
//     binary standing in for the CLI.
const (
	envTorture    = "BUDGETPDF_TORTURE"
	envTortureBin = "BUDGETPDF_TORTURE_BIN"
	// tortureTimeout is passed as --timeout when extract has the flag.
	tortureTimeout = 10 * time.Second
	// tortureMargin is how long after the deadline a child may still end
	// (process start, writing the reason, the kernel reaping it).
	tortureMargin = 5 * time.Second
)

func TestTorture(t *testing.T) {
	full := os.Getenv(envTorture) == "1" && !testing.Short()
	cases, err := torture.Cases(filepath.Join("..", "..", "testdata", "pdf"))
	if err != nil {
		t.Fatal(err)
	}
	cli := newTortureCLI(t)
	dir := t.TempDir()
	var rows []tortureRow
	for _, c := range cases {
		if c.Slow && !full {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			path := filepath.Join(dir, "case.pdf")
			if err := c.WriteFile(path); err != nil {
				t.Fatal(err)
			}
			defer os.Remove(path)
			res := cli.run(path)
			problems := judgeTorture(c, res)
			rows = append(rows, tortureRow{c, res, problems})
			for _, p := range problems {
				t.Errorf("%s: %s (stderr: %.300q)", c.Name, p, res.stderr)
			}
		})
	}
	if full {
		printTortureTable(os.Stdout, rows, cli)
	}
}
