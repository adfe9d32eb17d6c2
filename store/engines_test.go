package store

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/budgetpdf/budgetpdf/internal/pgtest"
)

// onEngines runs body as two subtests, sqlite and postgres: the same test
// on both engines. Inside body (and its own subtests) openTemp and tempDSN
// open a database of the engine the subtest's name says. The postgres
// subtest skips, saying why, when no server can be had (internal/pgtest).
func onEngines(t *testing.T, body func(t *testing.T)) {
	t.Helper()
	t.Run("sqlite", body)
	t.Run("postgres", body)
}

// onPostgres reports whether t runs inside onEngines' postgres subtest.
func onPostgres(t testing.TB) bool {
	return strings.Contains("/"+t.Name()+"/", "/postgres/")
}

// tempDSN is a new, empty database of t's engine: a file in a temporary
// folder, or a database of its own on the test server.
func tempDSN(t testing.TB) string {
	t.Helper()
	if onPostgres(t) {
		return pgtest.DSN(t)
	}
	return filepath.Join(t.TempDir(), "budget.db")
}
