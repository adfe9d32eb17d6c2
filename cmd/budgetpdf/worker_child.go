package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// extract-worker is what the importer runs in each child process: it applies
// the memory cap the parent set (envMaxMemory), then does exactly what
// `budgetpdf extract FILE` does.
func init() {
	register(func(a *app) *cobra.Command {
		return &cobra.Command{
			Use:    "extract-worker -- FILE",
			Short:  "extract one file under the importer's memory cap (internal)",
			Hidden: true,
			Args:   exactArgs(1, "FILE"),
			RunE: func(_ *cobra.Command, args []string) error {
				return exitWith(runExtractWorker(args[0], a.stdout, a.stderr))
			},
		}
	})
}

func runExtractWorker(file string, stdout, stderr io.Writer) int {
	if err := limitMemoryFromEnv(); err != nil {
		fmt.Fprintf(stderr, "budgetpdf extract-worker: %v\n", err)
		return exitFailed
	}
	return runExtract([]string{"--in-process", "--", file}, stdout, stderr)
}

// runExtract runs the extract command with args; tests replace it with a
// stand-in.
var runExtract = func(args []string, stdout, stderr io.Writer) int {
	return run(append([]string{"extract"}, args...), stdout, stderr)
}
