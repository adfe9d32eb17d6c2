package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf/extract"
	"github.com/budgetpdf/budgetpdf/internal/textinput"
	"github.com/budgetpdf/budgetpdf/textgrid"
)

func init() { register(newExtractCmd) }

// extractOpts are the extract command's flags.
type extractOpts struct {
	layout, compact, inProcess bool
	timeout                    time.Duration
	maxMemory, maxSize         string
}

func newExtractCmd(a *app) *cobra.Command {
	var o extractOpts
	c := &cobra.Command{
		Use:   "extract [flags] FILE",
		Short: "print one disclosure (PDF or text) as a budgetpdf/v1 JSON document",
		Long: `Reads one budget disclosure (a PDF, or the text pdftotext made of one:
UTF-8, UTF-16 or GB18030/GBK) and prints the budgetpdf/v1 document as JSON
on stdout: unit, year, narrative sections, every project target table with
its indicators parsed, and every table as a grid. A failure prints nothing
on stdout and one line on stderr.

The file is read in a child process under a time and a memory limit, so a
PDF that makes the PDF library loop or exhaust memory is refused with a
reason instead of hanging or crashing.

Exit codes: 0 ok; 2 not a readable PDF or text file (damaged, needs a
password, not a PDF, over a limit, text that is not a budget disclosure);
3 a PDF without a text layer (scanned: OCR it first); 130 interrupted.`,
		Example: `  budgetpdf extract 2024-部门预算.pdf > doc.json
  budgetpdf extract 2024-部门预算.pdf --compact | jq .unit
  budgetpdf extract --layout 2024-部门预算.pdf | less
  budgetpdf extract --timeout 2m --max-memory 4G huge.pdf`,
		Args: exactArgs(1, "FILE (one PDF or text file)"),
		RunE: func(_ *cobra.Command, args []string) error {
			return exitWith(extractCommand(o, args[0], a.stdout, a.stderr))
		},
	}
	f := c.Flags()
	f.BoolVar(&o.layout, "layout", false, "print what the page geometry gave (tables with their cells, lines) instead of the document")
	f.BoolVar(&o.compact, "compact", false, "print the JSON on one line")
	f.DurationVar(&o.timeout, "timeout", defaultTimeout, "time limit for one file, plus 2s per MB")
	f.StringVar(&o.maxMemory, "max-memory", defaultMaxMemory, "memory limit for reading one file (K, M, G suffixes; 0 = none)")
	f.StringVar(&o.maxSize, "max-size", "100M", "refuse files larger than this (K, M, G suffixes)")
	f.BoolVar(&o.inProcess, "in-process", false, "extract in this process, without the watchdog child (for debugging; the watchdog runs the child this way)")
	return c
}

func extractCommand(o extractOpts, path string, stdout, stderr io.Writer) int {
	mem, err1 := parseSize(o.maxMemory)
	size, err2 := parseSize(o.maxSize)
	if err1 != nil || err2 != nil {
		fmt.Fprintf(stderr, "budgetpdf extract: bad size: %v\n", firstErr(err1, err2))
		return exitBadInput
	}
	if !o.inProcess {
		return extractInChild(path, o.childArgs(), watchdog{timeout: o.timeout, perMB: defaultPerMB, maxMemory: mem}, stdout, stderr)
	}
	if err := limitMemoryFromEnv(); err != nil {
		fmt.Fprintf(stderr, "budgetpdf: %v\n", err)
		return exitFailed
	}
	lim := extract.DefaultLimits
	lim.MaxFileBytes = size
	return extractInProcess(path, lim, o.layout, o.compact, stdout, stderr)
}

// childArgs are the flags the watchdog child gets (it adds --in-process).
func (o extractOpts) childArgs() []string {
	args := []string{"--max-size", o.maxSize}
	if o.layout {
		args = append(args, "--layout")
	}
	if o.compact {
		args = append(args, "--compact")
	}
	return args
}

// extractInProcess is extractHere; tests replace it with a stand-in.
var extractInProcess = extractHere

// extractInChild runs the extraction under the watchdog and passes its
// output on; the child gets the flags, then the file after "--" (a file
// name may start with "-").
func extractInChild(path string, flags []string, w watchdog, stdout, stderr io.Writer) int {
	ctx, stop := interruptContext()
	defer stop()
	res := w.run(ctx, path, append(flags, "--", path))
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

// extractHere runs the pipeline in this process and prints the result.
func extractHere(path string, lim extract.Limits, layout, compact bool, stdout, stderr io.Writer) int {
	doc, pages, err := extractWithPages(path, lim)
	if layout && pages != nil {
		return printLayout(stdout, stderr, pages)
	}
	if layout && err == nil { // text input: what the text path rebuilt
		if text, ok := textOf(path); ok {
			return printTextLayout(stdout, textgrid.Read(text).Items)
		}
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

// textOf reads a text file decoded as the pipeline decodes it.
func textOf(path string) ([]byte, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	text, _, err := textinput.Decode(data)
	return text, err == nil
}
