package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/budgetpdf/budgetpdf"
	"github.com/budgetpdf/budgetpdf/store"
)

// Store one document, find it by a two-character word, and read it back.
func Example() {
	dir, _ := os.MkdirTemp("", "store-example")
	defer os.RemoveAll(dir)
	db, err := store.Open(filepath.Join(dir, "budget.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	raw, _ := os.ReadFile("testdata/full.json")
	var doc budgetpdf.Document
	json.Unmarshal(raw, &doc)
	ctx := context.Background()
	out, err := db.Put(ctx, store.Entry{File: "full.pdf", SHA256: "3f1c…", Doc: &doc, JSON: raw}, false)
	fmt.Println(out, err)

	hits, _ := db.Search(ctx, []string{"培训"}, 10)
	for _, h := range hits {
		fmt.Println(h.Kind, h.Page, h.Snippet)
	}
	back, _ := db.Document("长沙市测试局", 2024)
	fmt.Println(back.Projects[0].Name, len(back.Projects[0].Indicators))
	// Unordered output:
	// inserted <nil>
	// indicator 2 开展业务【培训】次数
	// section 1 …要职能 负责全市统计调研工作。 组织业务【培训】。
	// 统计调研经费 2
}
