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

	"github.com/kgraph/kg/graph/store/boltkv"
)

// lockWait is how long Open waits for another process's lock on a bolt file.
const lockWait = time.Second

// boltMmapSize is the size bolt maps a file with from the start (address
// space, not memory: only the pages read are resident). bolt otherwise
// maps a new file with 32 KiB and remaps it each time the file outgrows
// the map, doubling; every remap during a write copies everything the
// transaction has touched out of the old map, which made remapping most
// of the allocations of a large import (docs/scaling.md).
const boltMmapSize = 1 << 30

func openMemory() (cgraph.QuadStore, error) {
	return memstore.New(), nil
}

// openBolt opens the bolt file at path as a Cayley key-value quad store,
// initialising it when new. Unlike Cayley's registered bolt backend, which
// keeps a directory, the store is exactly one file.
func openBolt(_ context.Context, path string, opt Options) (cgraph.QuadStore, *valueBuckets, error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return nil, nil, errors.New("is a directory, not a kg store file")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, err
		}
	}
	db, err := boltdb.Open(path, 0o644, &boltdb.Options{Timeout: lockWait, ReadOnly: opt.ReadOnly && exists(path),
		InitialMmapSize: boltMmapSize})
	if errors.Is(err, boltdb.ErrTimeout) {
		return nil, nil, ErrLocked
	} else if err != nil {
		return nil, nil, err
	}
	qs, err := openKV(boltkv.New(db))
	if err != nil {
		return nil, nil, err
	}
	return qs, &valueBuckets{db: db}, nil
}

// openKV makes a Cayley quad store of a key-value database, initialising
// it when new; the database is closed on failure.
//
// Cayley's Bloom filters are off (kv.OptNoBloom). They are sized for 100
// million entries whatever the store: four of 78 MB for a new store (one
// of the quads, one of the values, one per index) and, for an existing
// one, one filled by reading every quad of the store at each open (2 s
// for the 2.2 million quads of the Wikinews corpus). kg's writes hardly
// use them: almost every quad kg adds names a new statement, sentence or
// article, which Cayley already knows cannot exist. Measured in
// docs/scaling.md: the same CPU time for bolt writes and imports, 5% more
// for LevelDB writes, 310 MB less memory for a new store.
func openKV(db hkv.KV) (cgraph.QuadStore, error) {
	opts := cgraph.Options{kv.OptNoBloom: true}
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
