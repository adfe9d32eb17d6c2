package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
)

func init() {
	register(command{name: "extract", summary: "print one disclosure (PDF or text) as a budgetpdf/v1 JSON document", run: extractCommand})
}

func extractCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	layout := fs.Bool("layout", false, "print what the page geometry gave (tables with their cells) instead of the document")
	compact := fs.Bool("compact", false, "print the JSON on one line")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: budgetpdf extract [--layout] [--compact] FILE

Reads one budget disclosure (a PDF, or the text pdftotext made of one) and
prints the budgetpdf/v1 document as JSON on stdout: unit, year, narrative
sections, every project target table with its indicators parsed, and every
table as a grid. A failure prints nothing on stdout and one line on stderr.

Exit codes: 0 ok; 2 not a readable PDF or text file; 3 a PDF without a text
layer (scanned: OCR it first).

Examples:
  budgetpdf extract 2024-部门预算.pdf > doc.json
  budgetpdf extract --layout 2024-部门预算.pdf | less
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
	path := fs.Arg(0)
	doc, pages, err := extractWithPages(path)
	if *layout && pages != nil {
		return printLayout(stdout, stderr, pages)
	}
	if err != nil {
		fmt.Fprintf(stderr, "budgetpdf: %v\n", err)
		return exitCodeFor(err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if !*compact {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(doc); err != nil {
		fmt.Fprintf(stderr, "budgetpdf: writing output: %v\n", err)
		return exitFailed
	}
	return exitOK
}
