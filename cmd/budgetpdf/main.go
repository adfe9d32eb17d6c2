package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// A command is one subcommand of the CLI. Each lives in its own file
// (cmd_NAME.go) and registers itself in init. Run gets the arguments after
// the subcommand name and returns the process exit code.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
	hidden  bool
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// Exit codes shared by every subcommand.
const (
	exitOK       = 0
	exitFailed   = 1 // something failed (an import with failed files, a bad query)
	exitBadInput = 2 // not a readable PDF or text file; bad usage
	exitScanned  = 3 // a PDF with no text layer
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return exitBadInput
		}
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "budgetpdf: unknown command %q (run 'budgetpdf --help')\n", args[0])
		return exitBadInput
	}
	return c.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprint(w, `budgetpdf turns Chinese budget disclosures (部门预算 / 绩效目标表) into data.

Usage: budgetpdf COMMAND [flags] ARGS

Commands:
`)
	names := make([]string, 0, len(commands))
	for n, c := range commands {
		if !c.hidden {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `
Run 'budgetpdf COMMAND --help' for a command's flags and examples.
Exit codes: 0 ok, 1 something failed, 2 unreadable input or bad usage,
3 a PDF without a text layer (scanned).
`)
}
