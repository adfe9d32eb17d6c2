package store

import (
	"context"
	"os"
	"regexp"
	"testing"
)

// TestSchemaDocQueries runs every SQL example of docs/schema.md on a
// database holding the fixtures; each must run and return rows.
func TestSchemaDocQueries(t *testing.T) {
	md, err := os.ReadFile("../docs/schema.md")
	if err != nil {
		t.Fatal(err)
	}
	queries := regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllSubmatch(md, -1)
	if len(queries) < 10 {
		t.Fatalf("found %d SQL examples in docs/schema.md, want one per table", len(queries))
	}
	db := openTemp(t)
	ctx := context.Background()
	for _, name := range fixtures {
		d, raw := loadFixture(t, name)
		if _, err := db.Put(ctx, Entry{File: name, SHA256: name, Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.RecordFailure(ctx, Failure{File: "bad.pdf", SHA256: "bad", ExitCode: 2, Reason: "not a PDF"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range queries {
		rows, err := db.Reader().Query(string(q[1]))
		if err != nil {
			t.Errorf("%s: %v", q[1], err)
			continue
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s: no rows", q[1])
		}
	}
}
