package store

import (
	"context"
	"path/filepath"
	"testing"
)

// TestMigrate_KindAndTableMoney: a version-2 database gains documents.kind
// and tables.money_unit (migration 0003), filled from the stored JSON; a
// document extracted before kind existed gets ”.
func TestMigrate_KindAndTableMoney(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	raw, tx := atVersion(t, path, 2)
	docs := []struct{ sha, json string }{
		{"new", `{"kind":"单位预算","tables":[{"money_unit":"元"},{"money_unit":""},{"money_unit":"万元"}]}`},
		{"old", `{"tables":[{}]}`},
	}
	for _, d := range docs {
		res, err := tx.Exec(`INSERT INTO documents (file, sha256, pages, unit, year, schema, status, imported_at, json)
			VALUES (?, ?, 1, '某某局', 2026, 'budgetpdf/v1', 'ok', 'now', ?)`, d.sha+".pdf", d.sha, d.json)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		n := map[string]int{"new": 3, "old": 1}[d.sha]
		for seq := range n {
			if _, err := tx.Exec(`INSERT INTO tables (document_id, seq, page, row_count) VALUES (?, ?, 1, 0)`, id, seq); err != nil {
				t.Fatal(err)
			}
		}
	}
	db := migrateOn(t, raw, tx, path)
	rows, err := db.Reader().Query(`SELECT d.sha256, d.kind, (SELECT group_concat(money_unit, '|')
		FROM (SELECT money_unit FROM tables WHERE document_id = d.id ORDER BY seq)) FROM documents d`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]string{}
	for rows.Next() {
		var sha, kind, money string
		if err := rows.Scan(&sha, &kind, &money); err != nil {
			t.Fatal(err)
		}
		got[sha] = kind + " " + money
	}
	if got["new"] != "单位预算 元||万元" || got["old"] != " " {
		t.Errorf("after migration: %q, want new: \"单位预算 元||万元\", old: \" \"", got)
	}
}

// TestPut_KindAndTableMoney: Put writes the document's kind and each
// table's money unit to their columns.
func TestPut_KindAndTableMoney(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d, raw := loadFixture(t, "full.json")
		if _, err := db.Put(context.Background(), Entry{File: "full.json", SHA256: "full", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		var kind, money string
		q := `SELECT d.kind, group_concat(t.money_unit, '|') FROM documents d
		JOIN (SELECT document_id, money_unit FROM tables ORDER BY seq) t ON t.document_id = d.id`
		if onPostgres(t) {
			q = `SELECT d.kind, string_agg(t.money_unit, '|' ORDER BY t.seq) FROM documents d
			JOIN tables t ON t.document_id = d.id GROUP BY d.id`
		}
		err := db.Reader().QueryRow(q).Scan(&kind, &money)
		if err != nil {
			t.Fatal(err)
		}
		if kind != "部门预算" || money != "元|" {
			t.Errorf("kind %q, table money units %q; want 部门预算, 元|", kind, money)
		}
	})
}
