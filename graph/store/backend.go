package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// lockWait is how long Open waits for another process's lock on a bolt file.
const lockWait = time.Second

func openMemory() (cgraph.QuadStore, error) {
	return memstore.New(), nil
}

// openBolt opens the bolt file at path as a Cayley key-value quad store,
// initialising it when new. Unlike Cayley's registered bolt backend, which
// keeps a directory, the store is exactly one file.
func openBolt(_ context.Context, path string, opt Options) (cgraph.QuadStore, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, errors.New("is a directory, not a kg store file")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	db, err := hbolt.Open(path, &boltdb.Options{Timeout: lockWait, ReadOnly: opt.ReadOnly && exists(path)})
	if errors.Is(err, boltdb.ErrTimeout) {
		return nil, ErrLocked
	} else if err != nil {
		return nil, err
	}
	return openKV(db)
}

// openKV makes a Cayley quad store of a key-value database, initialising
// it when new; the database is closed on failure.
func openKV(db hkv.KV) (cgraph.QuadStore, error) {
	opts := cgraph.Options{}
	if err := kv.Init(db, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, err
	}
	qs, err := kv.New(db, opts)
	if err != nil {
		db.Close()
		return nil, err
	}
	return qs, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
