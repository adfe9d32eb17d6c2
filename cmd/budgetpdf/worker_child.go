package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// extract-worker is what the importer runs in each child process: it applies
// the memory cap the parent set (envMaxMemory), then does exactly what
// `budgetpdf extract FILE` does; with --serve, for every file the worker
// pool sends it (worker_pool.go).
func init() {
	register(command{
		name:    "extract-worker",
		summary: "extract one file under the importer's memory cap (internal)",
		run:     runExtractWorker,
		hidden:  true,
	})
}

func runExtractWorker(args []string, stdout, stderr io.Writer) int {
	if err := limitMemoryFromEnv(); err != nil {
		fmt.Fprintf(stderr, "budgetpdf extract-worker: %v\n", err)
		return exitFailed
	}
	if len(args) == 1 && args[0] == "--serve" { // import's worker pool
		return serveExtract(os.Stdin, stderr)
	}
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: budgetpdf extract-worker -- FILE | --serve")
		return exitBadInput
	}
	return extractOneFile(args[0], stdout, stderr)
}

// extractOneFile does what `budgetpdf extract FILE` does, in this process.
func extractOneFile(file string, stdout, stderr io.Writer) int {
	if strings.HasPrefix(file, "-") { // not a flag to extract
		file = "./" + file
	}
	return runExtract([]string{"--in-process", file}, stdout, stderr)
}

// runExtract runs the extract command; tests replace it with a stand-in.
var runExtract = func(args []string, stdout, stderr io.Writer) int {
	c, ok := commands["extract"]
	if !ok {
		fmt.Fprintln(stderr, "budgetpdf: this build has no extract command")
		return exitFailed
	}
	return c.run(args, stdout, stderr)
}
