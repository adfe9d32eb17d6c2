// Package shareddir finds the shared evaluation material (the corpus, the
// real disclosures) for tests that use it when it is there: the folder
// named shared beside the checkout, as the README and CI lay it out.
package shareddir

import (
	"os"
	"path/filepath"
)

// Dir is the shared folder beside the module's root, or "" when there is
// none (the tests that need it skip).
func Dir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(shared); err == nil && st.IsDir() {
				return shared
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path joins elem under Dir, or gives "" when there is no shared folder.
func Path(elem ...string) string {
	d := Dir()
	if d == "" {
		return ""
	}
	return filepath.Join(append([]string{d}, elem...)...)
}
