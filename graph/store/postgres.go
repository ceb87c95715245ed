package store

import (
	"errors"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
)

// isSQL reports whether location names a PostgreSQL (or CockroachDB)
// database.
func isSQL(location string) bool {
	return strings.HasPrefix(location, "postgres://") || strings.HasPrefix(location, "postgresql://")
}

// openPostgres opens a PostgreSQL database as a Cayley quad store, creating
// Cayley's tables when the database has none. CockroachDB speaks the same
// protocol; a postgresql:// URL is accepted as a synonym. Several processes
// may open a new database at once: the one that loses the race to create
// the tables waits for the winner's and opens them.
func openPostgres(dsn string) (cgraph.QuadStore, error) {
	if strings.HasPrefix(dsn, "postgresql://") {
		dsn = "postgres://" + strings.TrimPrefix(dsn, "postgresql://")
	}
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 200 * time.Millisecond)
		}
		err = cgraph.InitQuadStore("postgres", dsn, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) && !strings.Contains(err.Error(), "duplicate key") {
			return nil, err
		}
		var qs cgraph.QuadStore
		if qs, err = cgraph.NewQuadStore("postgres", dsn, nil); err == nil {
			return qs, nil
		}
	}
	return nil, err
}
