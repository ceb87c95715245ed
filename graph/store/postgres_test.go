package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq"

	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// postgresServer returns the DSN of a PostgreSQL server the tests may
// create databases on (env KG_TEST_POSTGRES, e.g.
// postgres://kg:kg@127.0.0.1:5432/postgres?sslmode=disable). Without it the
// tests fail in CI and skip elsewhere.
func postgresServer(t *testing.T) string {
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

// freshPostgres creates an empty database for one test and drops it after.
func freshPostgres(t *testing.T) string {
	t.Helper()
	server := postgresServer(t)
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

func TestPostgres(t *testing.T) {
	postgresServer(t)
	storetest.Run(t, storetest.Backend{Fresh: freshPostgres, Persistent: true})
}

func TestPostgresBadDSN(t *testing.T) {
	postgresServer(t)
	if s, err := store.Open(context.Background(), "postgres://nobody:wrong@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", store.Options{}); err == nil {
		s.Close()
		t.Error("opening an unreachable PostgreSQL server succeeded")
	}
}
