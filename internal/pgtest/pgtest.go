// Package pgtest gives tests a PostgreSQL database of their own, on a real
// server: the one BUDGETPDF_PG_DSN names (a role that may CREATE
// DATABASE), or else a throwaway cluster this test process starts once
// with scripts/pg-test-server (initdb + pg_ctl on a Unix socket in a
// temporary folder; stopped when the process exits). Each call of DSN
// creates a new, empty database, dropped when the test ends.
//
// When neither can be had (BUDGETPDF_PG_DSN unset and no initdb on PATH
// or in /usr/lib/postgresql/*/bin) the test is skipped, saying so, unless
// BUDGETPDF_PG_REQUIRED=1 (CI sets it): then it fails. A server that is
// there but does not start fails the test.
package pgtest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

var (
	once     sync.Once
	adminDSN string // a connection string to the server's postgres database
	skipWhy  string // why there is no server ("" when there is one)
	startErr error
	counter  atomic.Int64
)

// Available reports whether a server can be had, and if not, why not.
func Available() (bool, string) {
	once.Do(setup)
	if startErr != nil {
		return false, startErr.Error()
	}
	return skipWhy == "", skipWhy
}

// DSN returns the connection string (postgres://…) of a new, empty
// database on the test server, or skips t (see the package comment).
func DSN(t testing.TB) string {
	t.Helper()
	once.Do(setup)
	switch {
	case startErr != nil:
		t.Fatalf("PostgreSQL: %v", startErr)
	case skipWhy != "" && os.Getenv("BUDGETPDF_PG_REQUIRED") == "1":
		t.Fatalf("PostgreSQL: %s (BUDGETPDF_PG_REQUIRED=1)", skipWhy)
	case skipWhy != "":
		t.Skipf("PostgreSQL half skipped: %s", skipWhy)
	}
	name := fmt.Sprintf("budgetpdf_test_%d_%d", os.Getpid(), counter.Add(1))
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, adminDSN)
	if err != nil {
		t.Fatalf("PostgreSQL: connect: %v", err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
		t.Fatalf("PostgreSQL: create database: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, adminDSN)
		if err != nil {
			t.Logf("PostgreSQL: drop %s: %v", name, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			t.Logf("PostgreSQL: drop %s: %v", name, err)
		}
	})
	return withDatabase(adminDSN, name)
}

// withDatabase is dsn (a URL) naming database db instead.
func withDatabase(dsn, db string) string {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		// key=value settings: a later dbname wins
		return strings.TrimPrefix(strings.TrimPrefix(dsn, "postgresql:"), "postgres:") + " dbname=" + db
	}
	u.Path = "/" + db
	return u.String()
}

func setup() {
	if dsn := os.Getenv("BUDGETPDF_PG_DSN"); dsn != "" {
		adminDSN = dsn
		return
	}
	script, err := script()
	if err != nil {
		skipWhy = err.Error()
		return
	}
	if _, err := exec.LookPath("initdb"); err != nil {
		if m, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb"); len(m) == 0 {
			skipWhy = "BUDGETPDF_PG_DSN is unset and there is no initdb on PATH or in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
			return
		}
	}
	dir, err := os.MkdirTemp("", "budgetpdf-pg-")
	if err != nil {
		startErr = err
		return
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(script, "start", dir, strconv.Itoa(os.Getpid()))
	cmd.Stdout, cmd.Stderr = &out, &errb
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		startErr = fmt.Errorf("start a test server: %w", err)
		return
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		err = fmt.Errorf("timed out")
	}
	if err != nil {
		startErr = fmt.Errorf("start a test server (%s start %s): %v: %s", script, dir, err, strings.TrimSpace(errb.String()))
		return
	}
	adminDSN = strings.TrimSpace(out.String())
}

// script finds scripts/pg-test-server at the module's root.
func script() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "scripts", "pg-test-server"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the test's folder: cannot find scripts/pg-test-server")
		}
		dir = parent
	}
}
