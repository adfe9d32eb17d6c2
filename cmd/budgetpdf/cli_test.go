package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

// visibleCommands lists the commands a user sees in the help, including
// the framework's own (help, completion).
func visibleCommands(t *testing.T) []string {
	t.Helper()
	var names []string
	for _, c := range newRoot(&app{}).Commands() {
		if !c.Hidden {
			names = append(names, c.Name())
		}
	}
	for _, want := range []string{"extract", "import", "query", "search", "export", "diff", "completion"} {
		if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+want+" ") {
			t.Fatalf("command %s missing from %v", want, names)
		}
	}
	return names
}

// TestCLI_HelpEverywhere: for every command, --help, -h and `help CMD`
// print the same help on stdout, nothing on stderr, and exit 0; the help
// names the command's usage line.
func TestCLI_HelpEverywhere(t *testing.T) {
	for _, name := range visibleCommands(t) {
		t.Run(name, func(t *testing.T) {
			code, want, errOut := runCLI(name, "--help")
			if code != exitOK || errOut != "" || !strings.Contains(want, "Usage:\n  budgetpdf "+name) {
				t.Fatalf("%s --help: exit %d, stderr %q, stdout:\n%s", name, code, errOut, want)
			}
			for _, args := range [][]string{{name, "-h"}, {"help", name}} {
				code, out, errOut := runCLI(args...)
				if code != exitOK || errOut != "" || out != want {
					t.Errorf("%q: exit %d, stderr %q; stdout differs from %s --help:\n%s", args, code, errOut, name, out)
				}
			}
		})
	}
	code, out, errOut := runCLI("--help")
	if code != exitOK || errOut != "" || !strings.Contains(out, "Exit codes:") || !strings.Contains(out, "extract") {
		t.Errorf("--help: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
}

// TestCLI_UsageErrors: every kind of bad usage, for every command, exits 2
// with nothing on stdout and two lines on stderr: what was wrong (once),
// and where the help is. No usage dump.
func TestCLI_UsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		says string
	}{
		{[]string{}, ""}, // the help, on stderr
		{[]string{"nope"}, `unknown command "nope"`},
		{[]string{"extract"}, "missing FILE"},
		{[]string{"extract", "a.pdf", "b.pdf"}, "got 2 arguments"},
		{[]string{"extract", "--timeout", "soon", "a.pdf"}, `invalid argument "soon"`},
		{[]string{"import", "--db", "x.db"}, "missing PATH"},
		{[]string{"import", "in/"}, "missing --db"},
		{[]string{"query", "--db", "x.db"}, "missing SQL"},
		{[]string{"query", "SELECT 1"}, "missing --db"},
		{[]string{"query", "--db", "x.db", ""}, "the SQL is empty"},
		{[]string{"query", "--db", "x.db", "  -- nothing\n/* at all */ "}, "the SQL is empty"},
		{[]string{"query", "--db", "x.db", "SELECT 1", "SELECT 2"}, "one argument"},
		{[]string{"query", "--db", "x.db", "--csv", "--json", "SELECT 1"}, "none of the others can be"},
		{[]string{"query", "--db", "x.db", "--format", "xml", "SELECT 1"}, `unknown --format "xml"`},
		{[]string{"query", "--db", "x.db", "--file", "/nonexistent/q.sql"}, "--file"},
		{[]string{"search", "--db", "x.db"}, "missing TERM"},
		{[]string{"search", "调研"}, "missing --db"},
		{[]string{"export", "--db", "x.db", "--format", "pdf"}, `unknown --format "pdf"`},
		{[]string{"export", "--db", "x.db", "--format", "csv", "--out", "x.xlsx"}, "ends in .xlsx"},
		{[]string{"export", "--db", "x.db", "--out", "x.txt"}, "cannot tell the format"},
		{[]string{"export", "--db", "x.db", "--out", "x.xlsx", "--bom"}, "--bom is for csv"},
		{[]string{"export", "--db", "x.db", "extra"}, "got 1 arguments"},
		{[]string{"diff", "a.pdf"}, "give two files"},
		{[]string{"diff", "--db", "x.db", "a.pdf"}, "give no files"},
		{[]string{"diff", "--format", "xml", "a.pdf", "b.pdf"}, `unknown format "xml"`},
		{[]string{"completion", "tcsh"}, "tcsh"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runCLI(tt.args...)
			if code != exitBadInput || out != "" {
				t.Fatalf("exit %d, stdout %q; want exit 2 and nothing on stdout (stderr %q)", code, out, errOut)
			}
			if len(tt.args) == 0 {
				if !strings.Contains(errOut, "Usage:") {
					t.Errorf("no command: stderr %q, want the help", errOut)
				}
				return
			}
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if len(lines) != 2 || !strings.Contains(lines[0], tt.says) || !strings.HasPrefix(lines[1], "Run 'budgetpdf") || !strings.HasSuffix(lines[1], " --help' for usage.") {
				t.Errorf("stderr %q: want one line saying %q, then where the help is", errOut, tt.says)
			}
		})
	}
	// The framework's own errors, for every command.
	for _, name := range visibleCommands(t) {
		code, out, errOut := runCLI(name, "--no-such-flag")
		want := "budgetpdf " + name + ": unknown flag: --no-such-flag\nRun 'budgetpdf " + name + " --help' for usage.\n"
		if code != exitBadInput || out != "" || errOut != want {
			t.Errorf("%s --no-such-flag: exit %d, stdout %q, stderr %q; want exit 2 and %q", name, code, out, errOut, want)
		}
	}
}

// TestCLI_Version: --version names the module version, the revision (or
// says it is unknown) and both schema versions.
func TestCLI_Version(t *testing.T) {
	code, out, errOut := runCLI("--version")
	for _, want := range []string{"budgetpdf ", "revision: ", "document schema: " + budgetpdf.Schema, "database schema: " + itoa(store.SchemaVersion())} {
		if !strings.Contains(out, want) {
			t.Errorf("--version lacks %q:\n%s", want, out)
		}
	}
	if code != exitOK || errOut != "" {
		t.Errorf("--version: exit %d, stderr %q", code, errOut)
	}
}

// TestCLI_Completion: the shells' completion scripts, and completion of
// a flag's values.
func TestCLI_Completion(t *testing.T) {
	for shell, want := range map[string]string{"bash": "bash completion", "zsh": "#compdef budgetpdf", "fish": "complete -c budgetpdf", "powershell": "Register-ArgumentCompleter"} {
		code, out, errOut := runCLI("completion", shell)
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("completion %s: exit %d, stderr %q, no %q in the script", shell, code, errOut, want)
		}
	}
	code, out, _ := runCLI("__complete", "query", "--format", "")
	if code != exitOK || !strings.Contains(out, "jsonl\n") || !strings.Contains(out, "tsv\n") {
		t.Errorf("completing query --format: exit %d\n%s", code, out)
	}
}

// TestCLI_ExitCodeTableInReadme: the README's exit-code table is the one
// the CLI prints.
func TestCLI_ExitCodeTableInReadme(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	for _, e := range exitCodeTable {
		row := "| " + itoa(e.code) + " | " + e.meaning + " |"
		if !strings.Contains(readme, row) {
			t.Errorf("README.md lacks the row %q", row)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
