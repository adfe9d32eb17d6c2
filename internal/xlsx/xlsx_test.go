package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A workbook written here reads back through excelize with the sheets in
// the order first used and every cell as excelize's own stream writer
// would have stored it.
func TestRoundTripThroughExcelize(t *testing.T) {
	long := strings.Repeat("预算", 20000) // 40,000 characters: cut at 32,767
	rows := map[string][][]any{
		"project":    {{"id", "name", "value", "ok"}, {int64(1), " 绩效目标 ", 12.5, true}, {int64(2), "a_x0041_b", nil, false}},
		"department": {{"id", "name"}, {int64(3), "<&>\"'\n二行"}, {0.1 + 0.2, long}, {[]byte("bytes"), 1e21}},
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, name := range []string{"project", "department", "project", "department", "department"} {
		s, err := w.Sheet(name)
		if err != nil {
			t.Fatal(err)
		}
		if s.rows < len(rows[name]) {
			if err := s.AddRow(rows[name][s.rows]); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, name := range []string{"project", "department"} {
		s, _ := w.Sheet(name)
		for s.rows < len(rows[name]) {
			if err := s.AddRow(rows[name][s.rows]); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != "project,department" {
		t.Fatalf("sheets %q", got)
	}
	want := map[string][][]string{
		"project":    {{"id", "name", "value", "ok"}, {"1", " 绩效目标 ", "12.5", "TRUE"}, {"2", "a_x0041_b", "", "FALSE"}},
		"department": {{"id", "name"}, {"3", "<&>\"'\n二行"}, {"0.3", string([]rune(long)[:32767])}, {"bytes", "1000000000000000000000"}},
	}
	for name, wrows := range want {
		got, err := f.GetRows(name, excelize.Options{RawCellValue: false})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(wrows) {
			t.Fatalf("%s: %d rows, want %d", name, len(got), len(wrows))
		}
		for i := range wrows {
			for j := range wrows[i] {
				g := ""
				if j < len(got[i]) {
					g = got[i][j]
				}
				if g != wrows[i][j] {
					t.Errorf("%s row %d col %d = %.40q, want %.40q", name, i+1, j+1, g, wrows[i][j])
				}
			}
		}
	}
}

func TestSheetNames(t *testing.T) {
	w := NewWriter(&bytes.Buffer{})
	defer w.Close()
	for _, bad := range []string{"", "a/b", "'x", strings.Repeat("名", 32)} {
		if _, err := w.Sheet(bad); err == nil {
			t.Errorf("Sheet(%q) accepted", bad)
		}
	}
	if _, err := w.Sheet(strings.Repeat("名", 31)); err != nil {
		t.Error(err)
	}
}

func TestColName(t *testing.T) {
	for n, want := range map[int]string{1: "A", 26: "Z", 27: "AA", 52: "AZ", 703: "AAA"} {
		if got := colName(n); got != want {
			t.Errorf("colName(%d) = %s, want %s", n, got, want)
		}
	}
}
