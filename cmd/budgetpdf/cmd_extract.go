package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/budgetpdf/budgetpdf/extract"
)

func init() {
	register(command{name: "extract", summary: "print one disclosure (PDF or text) as a budgetpdf/v1 JSON document", run: extractCommand})
}

func extractCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	layout := fs.Bool("layout", false, "print what the page geometry gave (tables with their cells, lines) instead of the document")
	compact := fs.Bool("compact", false, "print the JSON on one line")
	timeout := fs.Duration("timeout", defaultTimeout, "time limit for one file, plus 2s per MB")
	maxMemory := fs.String("max-memory", defaultMaxMemory, "memory limit for reading one file (K, M, G suffixes; 0 = none)")
	maxSize := fs.String("max-size", "100M", "refuse files larger than this (K, M, G suffixes)")
	inProcess := fs.Bool("in-process", false, "extract in this process, without the watchdog child (for debugging; the watchdog runs the child this way)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: budgetpdf extract [flags] FILE

Reads one budget disclosure (a PDF, or the text pdftotext made of one) and
prints the budgetpdf/v1 document as JSON on stdout: unit, year, narrative
sections, every project target table with its indicators parsed, and every
table as a grid. A failure prints nothing on stdout and one line on stderr.

The file is read in a child process under a time and a memory limit, so a
PDF that makes the PDF library loop or exhaust memory is refused with a
reason instead of hanging or crashing.

Exit codes: 0 ok; 2 not a readable PDF or text file (damaged, needs a
password, not a PDF, over a limit); 3 a PDF without a text layer (scanned:
OCR it first).

Examples:
  budgetpdf extract 2024-部门预算.pdf > doc.json
  budgetpdf extract --layout 2024-部门预算.pdf | less
  budgetpdf extract --timeout 2m --max-memory 4G huge.pdf

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitBadInput
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitBadInput
	}
	mem, err1 := parseSize(*maxMemory)
	size, err2 := parseSize(*maxSize)
	if err1 != nil || err2 != nil {
		fmt.Fprintf(stderr, "budgetpdf extract: bad size: %v\n", firstErr(err1, err2))
		return exitBadInput
	}
	path := fs.Arg(0)
	if !*inProcess {
		return extractInChild(path, args, watchdog{timeout: *timeout, perMB: defaultPerMB, maxMemory: mem}, stdout, stderr)
	}
	if err := limitMemoryFromEnv(); err != nil {
		fmt.Fprintf(stderr, "budgetpdf: %v\n", err)
		return exitFailed
	}
	lim := extract.DefaultLimits
	lim.MaxFileBytes = size
	return extractHere(path, lim, *layout, *compact, stdout, stderr)
}

// extractInChild runs the extraction under the watchdog and passes its
// output on; the child gets the same flags.
func extractInChild(path string, args []string, w watchdog, stdout, stderr io.Writer) int {
	ctx, stop := interruptContext()
	defer stop()
	res := w.run(ctx, path, withoutPath(args, path))
	if res.code != exitOK {
		fmt.Fprintf(stderr, "budgetpdf: %s\n", res.reason)
		return res.code
	}
	if _, err := stdout.Write(res.stdout); err != nil {
		fmt.Fprintf(stderr, "budgetpdf: writing output: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// withoutPath returns the flag arguments with the file last, after "--"
// (a file name may start with "-").
func withoutPath(args []string, path string) []string {
	out := make([]string, 0, len(args)+1)
	for i, a := range args {
		if a == path && i == len(args)-1 {
			continue
		}
		if a == "--" {
			continue
		}
		out = append(out, a)
	}
	return append(out, "--", path)
}

// extractHere runs the pipeline in this process and prints the result.
func extractHere(path string, lim extract.Limits, layout, compact bool, stdout, stderr io.Writer) int {
	doc, pages, err := extractWithPages(path, lim)
	if layout && pages != nil {
		return printLayout(stdout, stderr, pages)
	}
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf: %v\n", err)
		return exitCodeFor(err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if !compact {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(doc); err != nil {
		fmt.Fprintf(stderr, "budgetpdf: writing output: %v\n", err)
		return exitFailed
	}
	return exitOK
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
