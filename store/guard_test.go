package store

import (
	"slices"
	"testing"
)

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		sql  string
		want []string
	}{
		{"", nil},
		{" ; ;\n", nil},
		{"SELECT 1", []string{"SELECT 1"}},
		{"SELECT 1;", []string{"SELECT 1"}},
		{"SELECT 1; -- the end", []string{"SELECT 1"}},
		{"SELECT ';' AS s", []string{"SELECT ';' AS s"}},
		{`SELECT "a;b", [c;d], ` + "`e;f`" + ` FROM t`, []string{`SELECT "a;b", [c;d], ` + "`e;f`" + ` FROM t`}},
		{"SELECT 'it''s; ok'", []string{"SELECT 'it''s; ok'"}},
		{"SELECT 1 /* ; */ ; DELETE FROM t", []string{"SELECT 1", "DELETE FROM t"}},
		{"SELECT 1 -- ;\n; PRAGMA user_version = 7", []string{"SELECT 1", "PRAGMA user_version = 7"}},
		{"PRAGMA query_only=0; ATTACH 'x' AS m; DELETE FROM m.t", []string{"PRAGMA query_only=0", "ATTACH 'x' AS m", "DELETE FROM m.t"}},
		{"SELECT 'unterminated; DELETE", []string{"SELECT 'unterminated; DELETE"}},
		{"SELECT 1 /* unterminated ; DELETE", []string{"SELECT 1"}},
	}
	for _, tt := range tests {
		if got := splitStatements(tt.sql); !slices.Equal(got, tt.want) {
			t.Errorf("splitStatements(%q) = %q, want %q", tt.sql, got, tt.want)
		}
	}
}
