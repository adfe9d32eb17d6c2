package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

// Exit codes shared by every command: the one table, printed by
// `budgetpdf --help` and in the README (a test keeps the two the same).
const (
	exitOK          = 0
	exitFailed      = 1 // something failed (an import with failed files, a bad query); diff --exit-code: changes
	exitBadInput    = 2 // bad usage; not a readable PDF or text file, or text that is no disclosure
	exitScanned     = 3 // a PDF with no text layer
	exitInterrupted = 130
)

// exitCodeTable documents the exit codes, in order.
var exitCodeTable = []struct {
	code    int
	meaning string
}{
	{exitOK, "ok"},
	{exitFailed, "something failed: an import with failed files, a bad query, a database that fails; diff --exit-code: the documents differ"},
	{exitBadInput, "bad usage (unknown command or flag, missing argument), or an input that cannot be read: not a PDF, damaged, over a limit, text that is not a budget disclosure"},
	{exitScanned, "a PDF without a text layer (scanned: OCR it first)"},
	{exitInterrupted, "interrupted (Ctrl-C, SIGINT or SIGTERM): children killed, finished work kept"},
}

func exitCodesText() string {
	var b strings.Builder
	b.WriteString("Exit codes:\n")
	for _, e := range exitCodeTable {
		fmt.Fprintf(&b, "  %3d  %s\n", e.code, e.meaning)
	}
	return b.String()
}

// An app is one run of the CLI: where its commands read and write.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// commandBuilders make the commands; each command file (cmd_NAME.go)
// registers its own in init. A fresh tree is built for every run, so flag
// values never leak from one run (or test) to the next.
var commandBuilders []func(*app) *cobra.Command

func register(build func(*app) *cobra.Command) { commandBuilders = append(commandBuilders, build) }

// exitError ends a command with a code; what went wrong has been printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// exitWith turns a command's exit code into its RunE result.
func exitWith(code int) error {
	if code == exitOK {
		return nil
	}
	return &exitError{code}
}

// usageError is bad usage found by a command itself (a combination of
// flags that cannot go together, an empty query): reported like the
// framework's own usage errors, with exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

func main() {
	os.Exit(runWith(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the CLI with args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	return runWith(args, os.Stdin, stdout, stderr)
}

func runWith(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(&app{stdin: stdin, stdout: stdout, stderr: stderr})
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Anything else is bad usage, found by the framework (unknown command
	// or flag, wrong number of arguments, a missing required flag) or by
	// the command (usageError): say what, and where the help is.
	name := "budgetpdf"
	if cmd != nil {
		name = cmd.CommandPath()
	}
	fmt.Fprintf(stderr, "%s: %s\nRun '%s --help' for usage.\n", name, strings.TrimSpace(err.Error()), name)
	return exitBadInput
}

func newRoot(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "budgetpdf",
		Short: "turn Chinese budget disclosures (部门预算 / 绩效目标表) into data",
		Long: `budgetpdf turns Chinese budget disclosures (部门预算 / 绩效目标表, PDF or the
text pdftotext made of one) into JSON documents, a SQLite database, and
year-over-year diffs.

Flags may come before or after the arguments; '--' ends the flags (for a
file name that starts with '-'). 'budgetpdf help COMMAND' or
'budgetpdf COMMAND --help' shows a command's flags and examples.

` + exitCodesText(),
		Version:       versionText(),
		SilenceErrors: true,
		SilenceUsage:  true,
		// Without a command: the help, on stderr, as bad usage.
		RunE: func(c *cobra.Command, args []string) error {
			c.SetOut(a.stderr)
			c.Help()
			return &exitError{exitBadInput}
		},
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetVersionTemplate("{{.Version}}")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err.Error()} })
	for _, build := range commandBuilders {
		root.AddCommand(build(a))
	}
	// The framework's commands, made now (not at Execute) so that tests
	// and the help see them: help CMD, and completion SHELL, whose bad
	// shell name is bad usage like any other.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Args = cobra.ArbitraryArgs
			c.RunE = func(_ *cobra.Command, args []string) error {
				if len(args) == 0 {
					return usagef("missing SHELL (bash, zsh, fish or powershell)")
				}
				return usagef("unknown shell %q (bash, zsh, fish or powershell)", args[0])
			}
		}
	}
	return root
}

// linkedRevision is the VCS revision the Makefile passes to the linker,
// for builds the go command does not stamp (a git worktree).
var linkedRevision string

// versionText is what --version prints: the module version, the VCS
// revision it was built from, and the versions of the two schemas a
// release promises (the JSON document and the SQLite database).
func versionText() string {
	version, revision, when, modified, tags := "(unknown)", "", "", false, ""
	goVersion := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		version, goVersion = bi.Main.Version, bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			case "-tags":
				tags = s.Value
			}
		}
	}
	if revision == "" && linkedRevision != "" {
		revision, modified = strings.CutSuffix(linkedRevision, "+dirty")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "budgetpdf %s\n", version)
	switch {
	case revision == "":
		b.WriteString("revision: unknown (built without VCS information: make build stamps it)\n")
	default:
		fmt.Fprintf(&b, "revision: %s", revision)
		if when != "" {
			fmt.Fprintf(&b, " (%s)", when)
		}
		if modified {
			b.WriteString(" with local changes")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "document schema: %s\n", budgetpdf.Schema)
	fmt.Fprintf(&b, "database schema: %d\n", store.SchemaVersion())
	if goVersion != "" {
		fmt.Fprintf(&b, "built with: %s, tags %q\n", goVersion, tags)
	}
	return b.String()
}

// exactArgs, rangeArgs and minArgs check the positional arguments and
// say in words what is missing or extra.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		switch {
		case len(args) < n:
			return usagef("missing %s", what)
		case len(args) > n:
			return usagef("expected %s, got %d arguments: %s", what, len(args), strings.Join(quoteAll(args), " "))
		}
		return nil
	}
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("missing %s", what)
		}
		return nil
	}
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = fmt.Sprintf("%q", a)
	}
	return out
}

// requireDB is the check every database command makes first.
func requireDB(db string) error {
	if db == "" {
		return usagef("missing --db FILE (the SQLite database)")
	}
	return nil
}
