package storetest

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the driver CreateDatabase talks through
)

// PostgresServer returns the URL of the PostgreSQL server tests may create
// databases on (env KG_TEST_POSTGRES, e.g.
// postgres://kg:kg@127.0.0.1:5432/postgres?sslmode=disable). Without it the
// test fails in CI and is skipped elsewhere.
func PostgresServer(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("KG_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("KG_TEST_POSTGRES is not set in CI (.ci/run starts PostgreSQL and sets it)")
		}
		t.Skip("KG_TEST_POSTGRES not set: no PostgreSQL server to test against")
	}
	return dsn
}

// FreshPostgres creates an empty database on that server for one test,
// drops it when the test ends, and returns its URL.
func FreshPostgres(t *testing.T) string {
	t.Helper()
	server := PostgresServer(t)
	admin, err := sql.Open("postgres", server)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("kgtest_%d", rand.Uint64())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE " + name + " WITH (FORCE)") })
	u, err := url.Parse(server)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
