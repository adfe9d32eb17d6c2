package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/budgetpdf/budgetpdf"
)

// TestMigrate_ProjectUnit: a version-4 database gains projects.unit_name
// (migration 0005), filled from the stored JSON; a project extracted
// before the field existed gets ”.
func TestMigrate_ProjectUnit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.db")
	raw, tx := atVersion(t, path, 4)
	res, err := tx.Exec(`INSERT INTO documents (file, sha256, pages, unit, year, schema, status, imported_at, json)
		VALUES ('a.pdf', 'a', 1, '某市司法局', 2026, 'budgetpdf/v1', 'ok', 'now', ?)`,
		`{"projects":[{"name":"日常保障运行","unit_name":"某市第一监狱"},{"name":"法律援助"}]}`)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	for seq, name := range []string{"日常保障运行", "法律援助"} {
		if _, err := tx.Exec(`INSERT INTO projects (document_id, seq, code, name, purpose, goal, pages) VALUES (?, ?, '', ?, '', '', '[]')`, id, seq, name); err != nil {
			t.Fatal(err)
		}
	}
	db := migrateOn(t, raw, tx, path)
	var got string
	if err := db.Reader().QueryRow(`SELECT group_concat(unit_name, '|') FROM (SELECT unit_name FROM projects ORDER BY seq)`).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != "某市第一监狱|" {
		t.Errorf("unit_name after migration = %q, want 某市第一监狱|", got)
	}
}

// TestPut_ProjectUnit: Put writes each project's unit to projects.unit_name.
func TestPut_ProjectUnit(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d, raw := loadFixture(t, "full.json")
		d.Projects = append(d.Projects, budgetpdf.Project{Name: "日常保障运行", UnitName: "某市第一监狱"})
		if _, err := db.Put(context.Background(), Entry{File: "full.json", SHA256: "full", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		var unit string
		if err := db.Reader().QueryRow(`SELECT unit_name FROM projects WHERE name = '日常保障运行'`).Scan(&unit); err != nil {
			t.Fatal(err)
		}
		if unit != "某市第一监狱" {
			t.Errorf("unit_name = %q, want 某市第一监狱", unit)
		}
	})
}
