package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// TestKinds: one unit and year stored as a 部门预算 (twice: the later
// import wins), a 单位预算 and a file without a printed kind; the readers
// keep them apart.
func TestKinds(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		db := openTemp(t)
		d, _ := loadFixture(t, "full.json")
		put := func(file, kind string, year int) {
			t.Helper()
			c := *d
			c.Kind, c.Year = kind, year
			c.Source.File = file
			if _, err := db.Put(context.Background(), Entry{File: file, SHA256: file, Doc: &c}, false); err != nil {
				t.Fatal(err)
			}
		}
		put("dept.pdf", "部门预算", 2024)
		put("unit.pdf", "单位预算", 2024)
		put("dept-again.pdf", "部门预算", 2024)
		put("forms.pdf", "", 2024)
		put("dept-2025.pdf", "部门预算", 2025)

		got, err := db.Kinds(d.Unit.Name, 2024)
		if err != nil {
			t.Fatal(err)
		}
		want := []Stored{{d.Unit.Name, "", "forms.pdf", 2024}, {d.Unit.Name, "单位预算", "unit.pdf", 2024}, {d.Unit.Name, "部门预算", "dept-again.pdf", 2024}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Kinds =\n%v\nwant\n%v", got, want)
		}
		if byCode, _ := db.Kinds(d.Unit.Code, 2024); len(byCode) != 3 {
			t.Errorf("Kinds by code: %v", byCode)
		}

		uks, err := db.UnitKindYears()
		if err != nil {
			t.Fatal(err)
		}
		if g := fmt.Sprint(uks); g != fmt.Sprintf("[{%[1]s  2024} {%[1]s 单位预算 2024} {%[1]s 部门预算 2024} {%[1]s 部门预算 2025}]", d.Unit.Name) {
			t.Errorf("UnitKindYears = %s", g)
		}

		for _, tt := range []struct {
			kind string
			file string
		}{{"部门预算", "dept-again.pdf"}, {"单位预算", "unit.pdf"}, {"", "forms.pdf"}} {
			doc, err := db.DocumentOfKind(d.Unit.Name, 2024, tt.kind)
			if err != nil || doc.Source.File != tt.file || doc.Kind != tt.kind {
				t.Errorf("DocumentOfKind(%q) = %v, %v; want %s", tt.kind, doc, err, tt.file)
			}
		}
		if _, err := db.DocumentOfKind(d.Unit.Name, 2025, "单位预算"); !errors.Is(err, ErrNotFound) {
			t.Errorf("DocumentOfKind of a kind not stored: %v, want ErrNotFound", err)
		}
	})
}
