package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"syscall"
)

// hashFile returns the hex sha256 of the file's bytes. Anything but a
// regular file is refused before a byte is read: the open does not wait
// for a named pipe's writer (O_NONBLOCK), and /dev/zero never ends.
func hashFile(path string) (string, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	if !info.Mode().IsRegular() {
		if info.IsDir() {
			return "", fmt.Errorf("a folder, not a file")
		}
		return "", notRegular(info.Mode())
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
