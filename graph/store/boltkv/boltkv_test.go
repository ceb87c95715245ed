package boltkv_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	"github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	"github.com/hidal-go/hidalgo/kv/options"

	"github.com/kgraph/kg/graph/store/boltkv"
)

// TestSuite runs hidalgo's test suite for key-value stores.
func TestSuite(t *testing.T) {
	kvtest.RunTestLocal(t, func(dir string) (kv.KV, error) {
		db, err := bolt.Open(filepath.Join(dir, "kv.db"), 0o644, nil)
		if err != nil {
			return nil, err
		}
		return boltkv.New(db), nil
	}, nil)
}

// open returns a fresh bolt file as a kv.KV, by this package or by hidalgo's.
func open(t testing.TB, hidalgo bool) kv.KV {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "kv.db"), 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if hidalgo {
		return hbolt.New(db)
	}
	return boltkv.New(db)
}

// op is one write of the differential test: a key of one to three parts
// drawn from a small alphabet (so that keys, prefixes and bucket names
// collide), and a value or, when empty, a delete.
type op struct {
	key kv.Key
	val []byte
}

// ops decodes data into writes.
func ops(data []byte) []op {
	var out []op
	names := [][]byte{[]byte("a"), []byte("ab"), []byte("b"), []byte("v\x00"), []byte("v\x01")}
	for len(data) >= 3 {
		n := int(data[0])%3 + 1
		var key kv.Key
		for i := range n {
			key = append(key, names[int(data[1+i%2])%len(names)])
		}
		var val []byte
		if data[2]%4 != 0 {
			val = []byte{data[2]}
		}
		out = append(out, op{key, val})
		data = data[3:]
	}
	return out
}

// apply writes ops in one transaction and returns the errors by op.
func apply(t testing.TB, db kv.KV, ops []op) []bool {
	ctx := context.Background()
	failed := make([]bool, len(ops))
	err := db.Update(ctx, func(tx kv.Tx) error {
		for i, o := range ops {
			var err error
			if o.val == nil {
				err = tx.Del(ctx, o.key)
			} else {
				err = tx.Put(ctx, o.key, o.val)
			}
			failed[i] = err != nil
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return failed
}

// dump lists what db holds under each prefix, and what Get finds for
// every key ops name.
func dump(t testing.TB, db kv.KV, ops []op) []string {
	ctx := context.Background()
	var out []string
	prefixes := []kv.Key{nil, {[]byte("a")}, {[]byte("v")}, {[]byte("a"), []byte("a")}, {[]byte("ab"), []byte("")}, {[]byte("zz"), []byte("a")}}
	err := db.View(ctx, func(tx kv.Tx) error {
		for _, p := range prefixes {
			it := tx.Scan(ctx, options.WithPrefixKV(p))
			for it.Next(ctx) {
				out = append(out, fmt.Sprintf("%q: %q = %q", p, it.Key(), it.Val()))
			}
			it.Close()
		}
		for _, o := range ops {
			v, err := tx.Get(ctx, o.key)
			out = append(out, fmt.Sprintf("get %q: %q %v", o.key, v, err))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzSameAsHidalgo applies the same writes through this package and
// through hidalgo's bolt package: both refuse the same writes and then
// hold and iterate the same keys.
func FuzzSameAsHidalgo(f *testing.F) {
	f.Add([]byte{0, 0, 1, 1, 0, 2, 2, 1, 3, 1, 1, 0, 2, 3, 3})
	f.Add([]byte{1, 1, 1, 0, 0, 2, 2, 0, 1, 1, 3, 5, 2, 4, 4, 1, 4, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		w := ops(data)
		mine, theirs := open(t, false), open(t, true)
		if got, want := apply(t, mine, w), apply(t, theirs, w); !slices.Equal(got, want) {
			t.Fatalf("failed writes %v, hidalgo's %v", got, want)
		}
		if got, want := dump(t, mine, w), dump(t, theirs, w); !slices.Equal(got, want) {
			t.Errorf("holds\n%s\nhidalgo's\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
}
