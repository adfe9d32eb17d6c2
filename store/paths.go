package store

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// InputExtensions are the file name endings a directory walk picks up.
// Files named explicitly, or matched by a glob, are taken whatever their name.
var InputExtensions = []string{".pdf", ".txt"}

// ExpandPaths turns import arguments into a sorted list of unique files:
// a file is itself, a directory is every input file below it (recursively,
// skipping hidden names), and an argument with glob characters is its matches.
// An argument that names nothing is an error.
func ExpandPaths(args []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, arg := range args {
		matches := []string{arg}
		if strings.ContainsAny(arg, "*?[") {
			m, err := filepath.Glob(arg)
			if err != nil {
				return nil, fmt.Errorf("pattern %q: %w", arg, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no file matches", arg)
			}
			matches = m
		}
		for _, m := range matches {
			if err := expandOne(m, add); err != nil {
				return nil, err
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

func expandOne(path string, add func(string)) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		add(path)
		return nil
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := p != path && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case d.Type().IsRegular() && !hidden && isInput(d.Name()):
			add(p)
		}
		return nil
	})
}

func isInput(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range InputExtensions {
		if ext == e {
			return true
		}
	}
	return false
}
