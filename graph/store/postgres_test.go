package store_test

import (
	"context"
	"testing"

	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

func TestPostgres(t *testing.T) {
	storetest.PostgresServer(t)
	storetest.Run(t, storetest.Backend{Fresh: storetest.FreshPostgres, Persistent: true})
}

func TestPostgresBadDSN(t *testing.T) {
	storetest.PostgresServer(t)
	if s, err := store.Open(context.Background(), "postgres://nobody:wrong@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", store.Options{}); err == nil {
		s.Close()
		t.Error("opening an unreachable PostgreSQL server succeeded")
	}
}
