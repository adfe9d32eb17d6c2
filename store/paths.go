package store

import (
	"errors"
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

// ExpandPaths is Expand's list of files, for callers that need no refusals.
func ExpandPaths(args []string) ([]string, error) {
	in, err := Expand(args)
	return in.Files, err
}

// Inputs are what import arguments name.
type Inputs struct {
	Files   []string  // sorted, unique
	Refused []Failure // found but not to be read: a folder that could not be read, a path that is not a regular file
}

// Expand turns import arguments into a sorted list of unique files:
// a file is itself, a directory is every input file below it (recursively,
// skipping hidden names), and an argument with glob characters is its
// matches. An argument that names nothing is an error. A folder the walk
// cannot read, and a named path or an input-named entry that is not a
// regular file (a named pipe, a device, a socket: reading one could block
// forever), are Refused, each with its reason, and the rest goes on.
func Expand(args []string) (Inputs, error) {
	seen := map[string]bool{}
	var in Inputs
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			in.Files = append(in.Files, p)
		}
	}
	refuse := func(p string, err error) {
		if !seen[p] {
			seen[p] = true
			in.Refused = append(in.Refused, Failure{File: p, ExitCode: 2, Reason: err.Error()})
		}
	}
	for _, arg := range args {
		matches := []string{arg}
		if strings.ContainsAny(arg, "*?[") {
			m, err := filepath.Glob(arg)
			if err != nil {
				return Inputs{}, fmt.Errorf("pattern %q: %w", arg, err)
			}
			if len(m) == 0 {
				return Inputs{}, fmt.Errorf("%s: no file matches", arg)
			}
			matches = m
		}
		for _, m := range matches {
			if err := expandOne(m, add, refuse); err != nil {
				return Inputs{}, err
			}
		}
	}
	sort.Strings(in.Files)
	sort.Slice(in.Refused, func(i, j int) bool { return in.Refused[i].File < in.Refused[j].File })
	return in, nil
}

func expandOne(path string, add func(string), refuse func(string, error)) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return err
	case err != nil:
		refuse(path, err)
		return nil
	case info.Mode().IsRegular():
		add(path)
		return nil
	case !info.IsDir():
		refuse(path, notRegular(info.Mode()))
		return nil
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			refuse(p, fmt.Errorf("unreadable folder: %w", err))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		hidden := p != path && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case hidden || d.IsDir() || !isInput(d.Name()):
		case d.Type().IsRegular():
			add(p)
		case d.Type()&fs.ModeSymlink == 0: // a symlink is not followed, as before
			refuse(p, notRegular(d.Type()))
		}
		return nil
	})
}

// notRegular says what kind of non-regular file mode is.
func notRegular(mode fs.FileMode) error {
	kind := "not a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeCharDevice != 0:
		kind = "a character device"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%s, not a regular file: not read", kind)
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
