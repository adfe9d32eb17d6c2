package buildtags

import (
	"os/exec"
	"strings"
	"testing"
)

// TestBuildWithoutTagsFailsWithTheReason compiles this package without
// sqlite_fts5, as a plain `go build` or `go install` would: it must fail,
// and the error must say which tags to give.
func TestBuildWithoutTagsFailsWithTheReason(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command(goBin, "build", "-tags", "ne", ".")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("built without sqlite_fts5; want a compile error")
	}
	if !strings.Contains(string(out), "budgetpdf needs the build tags sqlite_fts5 and ne: go build -tags 'sqlite_fts5 ne'") {
		t.Errorf("the compile error does not say which tags to give:\n%s", out)
	}
	// And with the tags it builds.
	if out, err := exec.Command(goBin, "build", "-tags", "sqlite_fts5 ne", ".").CombinedOutput(); err != nil {
		t.Errorf("with the tags: %v\n%s", err, out)
	}
}
