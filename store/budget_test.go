package store

import (
	"context"
	"math"
	"os"
	"regexp"
	"testing"
)

// TestBudgetByClassQuery runs docs/schema.md's "total 一般公共预算 spending
// by 类 for every imported unit" on the budget fixture and compares each
// 类 with the fixture's typed rows converted to 万元 by hand.
func TestBudgetByClassQuery(t *testing.T) {
	onEngines(t, func(t *testing.T) {
		md, err := os.ReadFile("../docs/schema.md")
		if err != nil {
			t.Fatal(err)
		}
		re := "(?s)Total 一般公共预算 spending by 类 for every imported unit:\n\n```sql\n(.*?)```"
		if onPostgres(t) { // its PostgreSQL spelling follows it
			re = "(?s)Total 一般公共预算 spending by 类 for every imported unit:\n\n```sql\n.*?```\n+```sql postgres\n(.*?)```"
		}
		m := regexp.MustCompile(re).FindSubmatch(md)
		if m == nil {
			t.Fatal("docs/schema.md lost the query by 类")
		}
		db := openTemp(t)
		ctx := context.Background()
		d, raw := loadFixture(t, "budget.json")
		if _, err := db.Put(ctx, Entry{File: "budget.json", SHA256: "budget", Doc: d, JSON: raw}, false); err != nil {
			t.Fatal(err)
		}
		want := map[string]float64{}
		for _, bt := range d.BudgetTables {
			if bt.Kind != "general_expenditure" {
				continue
			}
			if bt.MoneyUnit != "元" {
				t.Fatalf("the fixture's table is in %q, the test expects 元", bt.MoneyUnit)
			}
			for _, r := range bt.Rows {
				if r.Level == 1 && r.Values[0] != nil {
					want[r.Class] += *r.Values[0] / 10000
				}
			}
		}
		if len(want) < 3 {
			t.Fatalf("fixture has %d 类, want several", len(want))
		}
		rows, err := db.Reader().Query(string(m[1]))
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		got := map[string]float64{}
		for rows.Next() {
			var unit, class, name string
			var year int
			var wan float64
			if err := rows.Scan(&unit, &year, &class, &name, &wan); err != nil {
				t.Fatal(err)
			}
			if unit != d.Unit.Name || year != d.Year {
				t.Errorf("row of %s %d, want %s %d", unit, year, d.Unit.Name, d.Year)
			}
			got[class] = wan
		}
		for c, w := range want {
			if math.Abs(got[c]-w) > 0.005 {
				t.Errorf("类 %s: query gives %.2f 万元, the typed rows %.2f", c, got[c], w)
			}
		}
		if len(got) != len(want) {
			t.Errorf("query gives %d 类, the fixture has %d", len(got), len(want))
		}
	})
}
