package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// docFiles are the pages whose examples are tested: the README and docs/.
func docFiles(t *testing.T) map[string]string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "docs", "*.md"))
	paths = append(paths, filepath.Join("..", "..", "README.md"))
	docs := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[p] = string(b)
	}
	return docs
}

// docQueries are the example queries of the pages: every ```sql block, and
// the SQL of every `budgetpdf query … "SQL"` line of a ```sh block.
func docQueries(docs map[string]string) map[string][]string {
	sqlBlock := regexp.MustCompile("(?s)```sql\n(.*?)```")
	shBlock := regexp.MustCompile("(?s)```sh\n(.*?)```")
	queryLine := regexp.MustCompile(`(?m)^budgetpdf query\s.*?"([^"]+)"`)
	out := map[string][]string{}
	for p, md := range docs {
		for _, m := range sqlBlock.FindAllStringSubmatch(md, -1) {
			out[p] = append(out[p], m[1])
		}
		for _, b := range shBlock.FindAllStringSubmatch(md, -1) {
			for _, m := range queryLine.FindAllStringSubmatch(b[1], -1) {
				out[p] = append(out[p], m[1])
			}
		}
	}
	return out
}

// TestDocs_QueriesReturnRows imports the bundled fixtures (testdata/: the
// dev-corpus PDFs, the real WPS disclosure, the diff pair, the sample text
// in its encodings, and a README.txt that is refused) with the real
// extractor, then runs every example query of the README and docs/ through
// `budgetpdf query`: each must run and return at least one row.
func TestDocs_QueriesReturnRows(t *testing.T) {
	if testing.Short() {
		t.Skip("imports every fixture")
	}
	td := filepath.Join("..", "..", "testdata")
	db := filepath.Join(t.TempDir(), "fixtures.db")
	code, _, errOut := runCLI("import", "--db", db, "--quiet", filepath.Join(td, "pdf"), filepath.Join(td, "diff"), filepath.Join(td, "text"), filepath.Join(td, "leting-renda-2023-targets.txt"))
	if code != exitFailed || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "README.txt") {
		t.Fatalf("import: exit %d, want 1 for README.txt alone; stderr:\n%s", code, errOut)
	}
	queries := docQueries(docFiles(t))
	n := 0
	for p, qs := range queries {
		for _, q := range qs {
			n++
			code, out, errOut := runCLI("query", "--db", db, "--csv", "--", q) // -- : the SQL may start with a comment
			lines := strings.Count(out, "\n")
			if code != exitOK {
				t.Errorf("%s: %s\nexit %d: %s", filepath.Base(p), q, code, errOut)
			} else if lines < 2 {
				t.Errorf("%s: %s\nno rows", filepath.Base(p), q)
			}
		}
	}
	if n < 11 {
		t.Errorf("%d example queries found, want every table's in docs/schema.md and the README's", n)
	}
}

// TestDocs_SelfContained: every link of the README and docs/ leads to a
// file of the repository, and no page names a path outside it (the
// shared/ folder beside the checkout is not part of a clone).
func TestDocs_SelfContained(t *testing.T) {
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	for p, md := range docFiles(t) {
		for _, m := range link.FindAllStringSubmatch(md, -1) {
			target := m[1]
			if strings.Contains(target, "://") {
				t.Errorf("%s: link out of the repository: %s", filepath.Base(p), target)
				continue
			}
			target, _, _ = strings.Cut(target, "#")
			if _, err := os.Stat(filepath.Join(filepath.Dir(p), target)); err != nil {
				t.Errorf("%s: broken link %s", filepath.Base(p), m[1])
			}
		}
		for _, outside := range []string{"shared/spec", "spec/diff.md", "spec/output.md", "../shared"} {
			if strings.Contains(md, outside) && !(strings.HasSuffix(p, "README.md") && outside == "../shared" && strings.Contains(md, "when ../shared is beside the checkout")) {
				t.Errorf("%s names %s, which is not in the repository", filepath.Base(p), outside)
			}
		}
	}
}
