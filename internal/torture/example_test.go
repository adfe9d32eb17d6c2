package torture_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/budgetpdf/budgetpdf/internal/torture"
)

// Write one case to disk; a runner then runs `budgetpdf extract` on it and
// checks the outcome against Want and the reason against Reasons.
func ExampleCases() {
	cases, err := torture.Cases(filepath.Join("..", "..", "testdata", "pdf"))
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, _ := os.MkdirTemp("", "torture")
	defer os.RemoveAll(dir)
	for _, c := range cases {
		if c.Name == "encrypted/aes-256-user-password.pdf" {
			if err := c.WriteFile(filepath.Join(dir, "case.pdf")); err != nil {
				fmt.Println(err)
			}
			fmt.Println(c.Name, "→", c.Want, "naming one of", c.Reasons())
		}
	}
	// Output: encrypted/aes-256-user-password.pdf → exit 2 naming one of [password]
}
