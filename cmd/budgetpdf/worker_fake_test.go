package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/budgetpdf/budgetpdf/extract"
)

// TestMain lets the test binary stand in for the budgetpdf binary: with
// BUDGETPDF_TEST_MAIN=1 it runs the CLI instead of the tests. The importer
// re-executes os.Executable() for every file, so its children are this
// binary too, and with BUDGETPDF_TEST_FAKE_EXTRACT=1 they run fakeExtract
// instead of the real extract command.
func TestMain(m *testing.M) {
	if os.Getenv("BUDGETPDF_TEST_FAKE_EXTRACT") == "1" {
		runExtract = fakeExtract
	}
	if os.Getenv("BUDGETPDF_TEST_FAKE_IN_PROCESS") == "1" {
		fakeInProcess() // extract's and diff's watchdog child too
	}
	if os.Getenv("BUDGETPDF_TEST_MAIN") == "1" && !testingArgs(os.Args[1:]) {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	// Children of the tests (extract's watchdog child, import's workers)
	// re-execute this binary: they must run the CLI, not the tests.
	os.Setenv("BUDGETPDF_TEST_MAIN", "1")
	os.Exit(m.Run())
}

// testingArgs reports whether args are the testing package's own (-test.*
// flags): then this process is the test binary, or a fuzz worker the
// coordinator started with the environment it inherited (which says
// BUDGETPDF_TEST_MAIN=1), and it must run the tests. The CLI never gets a
// -test.* flag.
func testingArgs(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-test.") || strings.HasPrefix(a, "--test.") {
			return true
		}
	}
	return false
}

// fakeExtract behaves like `budgetpdf extract FILE` for a corpus input
// with a NAME.truth.json beside it (it prints the truth, or exits with its
// expect_exit), and for files whose content says what to do: a budgetpdf/v1 document is printed as is (after
// BUDGETPDF_TEST_DELAY milliseconds); {"expect_exit": N} exits N; HANG
// never returns, like the PDF library's infinite loop; EATMEM allocates
// until the memory cap stops it; %PDF… is a truncated PDF; anything else is
// not a PDF.
func fakeExtract(args []string, stdout, stderr io.Writer) int {
	file := args[len(args)-1]
	if truth := strings.TrimSuffix(file, filepath.Ext(file)) + ".truth.json"; fileExists(truth) {
		file = truth // the corpus: NAME.pdf extracts to NAME.truth.json
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBadInput
	}
	s := string(raw)
	var exit struct {
		ExpectExit int    `json:"expect_exit"`
		Schema     string `json:"schema"`
	}
	json.Unmarshal(raw, &exit)
	switch {
	case exit.Schema != "":
		if ms, _ := strconv.Atoi(os.Getenv("BUDGETPDF_TEST_DELAY")); ms > 0 {
			time.Sleep(time.Duration(ms) * time.Millisecond)
		}
		stdout.Write(raw)
		return exitOK
	case exit.ExpectExit != 0:
		fmt.Fprintf(stderr, "expected failure %d\n", exit.ExpectExit)
		return exit.ExpectExit
	case strings.HasPrefix(s, "HANG"):
		for {
			time.Sleep(time.Hour)
		}
	case strings.HasPrefix(s, "EATMEM"):
		var keep [][]byte
		for {
			b := make([]byte, 64<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1 // one byte a page commits the page: fast even on a loaded machine
			}
			keep = append(keep, b)
		}
	case strings.HasPrefix(s, "%PDF"):
		fmt.Fprintln(stderr, "truncated PDF: no end-of-file marker")
		return exitBadInput
	}
	fmt.Fprintln(stderr, "not a PDF")
	return exitBadInput
}

// fakeInProcess makes `extract --in-process` (the watchdog's child, which
// extract and diff start) run fakeExtract.
func fakeInProcess() {
	extractInProcess = func(path string, _ extract.Limits, _, _ bool, stdout, stderr io.Writer) int {
		return fakeExtract([]string{path}, stdout, stderr)
	}
}

var errEOF = io.EOF

func testExe(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func contextWithTimeout(t *testing.T, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(t.Context(), d)
}

// TestFuzzWorkerRunsTests starts this test binary the way the fuzzing
// coordinator starts its workers: with -test.* flags and the environment
// TestMain left (BUDGETPDF_TEST_MAIN=1). It must run the tests, not the CLI,
// or `go test -fuzz` of this package's fuzz targets dies with "fuzzing
// process terminated without fuzzing".
func TestFuzzWorkerRunsTests(t *testing.T) {
	if os.Getenv("BUDGETPDF_TEST_PROBE") == "1" {
		return
	}
	cmd := exec.Command(testExe(t), "-test.run", "^TestFuzzWorkerRunsTests$", "-test.v")
	cmd.Env = append(os.Environ(), "BUDGETPDF_TEST_MAIN=1", "BUDGETPDF_TEST_PROBE=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestFuzzWorkerRunsTests") {
		t.Errorf("test binary with -test.* flags and BUDGETPDF_TEST_MAIN=1 did not run the tests: %v\n%s", err, out)
	}
}
