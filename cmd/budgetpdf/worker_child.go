package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// extract-worker is what the importer runs in each child process: it applies
// the memory cap the parent set (envMaxMemory), then does exactly what
// `budgetpdf extract --compact FILE` does; with --serve, for every file the worker
// pool sends it (worker_pool.go).
func init() {
	register(func(a *app) *cobra.Command {
		var serve bool
		c := &cobra.Command{
			Use:    "extract-worker -- FILE | --serve",
			Short:  "extract files under the importer's memory cap (internal)",
			Hidden: true,
			Args: func(c *cobra.Command, args []string) error {
				if serve {
					return exactArgs(0, "")(c, args)
				}
				return exactArgs(1, "FILE")(c, args)
			},
			RunE: func(_ *cobra.Command, args []string) error {
				if serve {
					return exitWith(runExtractServer(a.stderr))
				}
				return exitWith(runExtractWorker(args[0], a.stdout, a.stderr))
			},
		}
		c.Flags().BoolVar(&serve, "serve", false, "extract every file the worker pool sends, one at a time")
		return c
	})
}

func runExtractWorker(file string, stdout, stderr io.Writer) int {
	if err := limitMemoryFromEnv(); err != nil {
		fmt.Fprintf(stderr, "budgetpdf extract-worker: %v\n", err)
		return exitFailed
	}
	return extractOneFile(file, stdout, stderr)
}

// runExtractServer is the pool's child (extract-worker --serve): the
// memory cap, then one file after the other from the pool.
func runExtractServer(stderr io.Writer) int {
	if err := limitMemoryFromEnv(); err != nil {
		fmt.Fprintf(stderr, "budgetpdf extract-worker: %v\n", err)
		return exitFailed
	}
	return serveExtract(os.Stdin, stderr)
}

// extractOneFile does what `budgetpdf extract --compact FILE` does, in this
// process. The importer stores what it prints as the document's json and
// decodes it for the rows: on one line, real-cn's 34 documents are 7.9 MB
// instead of 13.7 MB of indented JSON to encode, send, decode and store.
func extractOneFile(file string, stdout, stderr io.Writer) int {
	return runExtract([]string{"--in-process", "--compact", "--", file}, stdout, stderr)
}

// runExtract runs the extract command with args; tests replace it with a
// stand-in.
var runExtract = func(args []string, stdout, stderr io.Writer) int {
	return run(append([]string{"extract"}, args...), stdout, stderr)
}
