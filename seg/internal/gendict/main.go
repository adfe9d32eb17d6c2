// Command gendict writes seg's embedded dictionary: the simplified-Chinese
// dictionary shipped with github.com/go-ego/gse (data/dict/zh/s_1.txt, which
// comes from jieba), trimmed to the words of frequency ≥ -min and stored as
// gzip-compressed "word freq" lines, sorted as in the source.
//
// Run from the seg directory (go generate does this):
//
//	go run ./internal/gendict -min 20 -out dict.txt.gz
//
// The source is found in the module cache through `go list -m`, so the
// version is the one go.mod requires.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	src := flag.String("src", "", "gse dictionary file (default: data/dict/zh/s_1.txt of the gse module in go.mod)")
	minFreq := flag.Float64("min", 20, "keep words with at least this frequency")
	out := flag.String("out", "dict.txt.gz", "output file")
	flag.Parse()
	if err := run(*src, *out, *minFreq); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run(src, out string, minFreq float64) error {
	if src == "" {
		dir, err := moduleDir("github.com/go-ego/gse")
		if err != nil {
			return err
		}
		src = filepath.Join(dir, "data", "dict", "zh", "s_1.txt")
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("open source dictionary: %w", err)
	}
	defer in.Close()
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	kept, err := trim(in, f, minFreq)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gendict: %d words with frequency >= %g from %s\n", kept, minFreq, src)
	return nil
}

// trim copies the "word freq [pos]" lines of r with freq ≥ minFreq to w as
// gzip-compressed "word freq" lines and returns how many it kept.
func trim(r io.Reader, w io.Writer, minFreq float64) (int, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	sc := bufio.NewScanner(r)
	kept := 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		freq, err := strconv.ParseFloat(fields[1], 64)
		if err != nil || freq < minFreq {
			continue
		}
		fmt.Fprintf(bw, "%s %s\n", fields[0], fields[1])
		kept++
	}
	if err := sc.Err(); err != nil {
		return kept, fmt.Errorf("read source dictionary: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return kept, err
	}
	return kept, zw.Close()
}

func moduleDir(path string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		return "", fmt.Errorf("locate module %s (is it in go.mod and downloaded?): %w", path, err)
	}
	return strings.TrimSpace(string(out)), nil
}
