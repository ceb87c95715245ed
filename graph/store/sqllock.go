package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lib/pq"
)

// Several build processes may write one PostgreSQL (or CockroachDB)
// database at once. Removing an article, or replacing it, deletes the
// entities that no other article mentions: the store checks the mentions,
// then deletes. Without more, another process could write an article
// naming such an entity between the check and the delete: its write skips
// the entity's type and name as already stored, the delete then takes
// them, and the new article mentions an entity without a name.
//
// So each write of a SQL store holds a transaction-level advisory lock on
// a connection of its own: shared while it only adds, exclusive while it
// checks for orphans and deletes. Writers that only add run side by side;
// a deletion waits for them and they wait for it. The lock guards only kg's
// own writes; Cayley's transaction is committed before the lock is let go.

// writeLock orders a Store's writes against deletions by other processes.
type writeLock interface {
	// acquire blocks until the lock is held (exclusive or shared) and
	// returns its release.
	acquire(ctx context.Context, exclusive bool) (release func(), err error)
	Close() error
}

// noLock is the lock of the embedded backends, which one process at a
// time opens (bolt and LevelDB lock their files; memory is private).
type noLock struct{}

func (noLock) acquire(context.Context, bool) (func(), error) { return func() {}, nil }
func (noLock) Close() error                                  { return nil }

// advisoryKey is the advisory lock kg's writers share ("kg-writes").
const advisoryKey int64 = 0x6b672d7772697465

// advisoryLock takes PostgreSQL's transaction-level advisory locks.
type advisoryLock struct{ db *sql.DB }

// openAdvisoryLock connects to the database at dsn for advisory locks. A
// server without them (CockroachDB before 26.1) gives noLock: such a
// cluster must not run removals or replacements while other processes
// build (docs/scaling.md).
func openAdvisoryLock(ctx context.Context, dsn string) (writeLock, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	l := &advisoryLock{db: db}
	release, err := l.acquire(ctx, false)
	var pqErr *pq.Error
	switch {
	case errors.As(err, &pqErr) && pqErr.Code == "42883": // undefined_function
		db.Close()
		return noLock{}, nil
	case err != nil:
		db.Close()
		return nil, err
	}
	release()
	return l, nil
}

func (l *advisoryLock) acquire(ctx context.Context, exclusive bool) (func(), error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("write lock: %w", err)
	}
	fn := "pg_advisory_xact_lock_shared"
	if exclusive {
		fn = "pg_advisory_xact_lock"
	}
	if _, err := tx.ExecContext(ctx, "SELECT "+fn+"($1)", advisoryKey); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("write lock: %w", err)
	}
	return func() { tx.Rollback() }, nil // ending the transaction releases the lock
}

func (l *advisoryLock) Close() error { return l.db.Close() }
