package store

import (
	"context"
	"os"
	"regexp"
	"testing"
)

// TestSchemaDocQueries runs every SQL example of docs/schema.md on a
// database holding the fixtures, on both engines; each must run and return
// rows. On PostgreSQL an example followed by a ```sql postgres block (its
// spelling there) runs as that block.
func TestSchemaDocQueries(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		md, err := os.ReadFile("../docs/schema.md")
		if err != nil {
			t.Fatal(err)
		}
		blocks := regexp.MustCompile("(?s)```sql\n(.*?)```(?:\\s*```sql postgres\n(.*?)```)?").FindAllSubmatch(md, -1)
		if len(blocks) < 10 {
			t.Fatalf("found %d SQL examples in docs/schema.md, want one per table", len(blocks))
		}
		var queries [][]byte
		for _, b := range blocks {
			q := b[1]
			if onPostgres(t) && b[2] != nil {
				q = b[2]
			}
			queries = append(queries, q)
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
			rows, err := db.Reader().Query(string(q))
			if err != nil {
				t.Errorf("%s: %v", q, err)
				continue
			}
			n := 0
			for rows.Next() {
				n++
			}
			rows.Close()
			if n == 0 {
				t.Errorf("%s: no rows", q)
			}
		}
	})
}
