package store

import (
	"errors"
	"os"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv/leveldb"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// openLevelDB opens (creating if needed) a LevelDB directory as a Cayley
// key-value quad store. It is an alternative to the default bolt file,
// measured against it in docs/benchmarks.md.
func openLevelDB(dir string) (cgraph.QuadStore, error) {
	var db hkv.KV
	var err error
	if _, statErr := os.Stat(dir); errors.Is(statErr, os.ErrNotExist) {
		db, err = leveldb.Create(dir, nil)
	} else {
		db, err = leveldb.Open(dir, nil)
	}
	if err != nil {
		return nil, err
	}
	return openKV(db)
}
