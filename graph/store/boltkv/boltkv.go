// Package boltkv puts hidalgo's hierarchical key-value interface (kv.KV),
// which Cayley's key-value quad store writes through, on a bolt file.
//
// A key is a path: every part but the last names a bucket, nested in the
// one before; the last is the key within the innermost bucket (a key of
// one part lives in the root bucket). A write creates the buckets its key
// names when they are missing. An iterator walks a bucket's keys in
// order, descending into nested buckets, and yields only keys with
// values; a prefix of n parts iterates the bucket named by its first n-1
// parts, from the first key that starts with the last part, for as long
// as keys do.
//
// It behaves as hidalgo's own bolt package does, except that a write into
// a bucket that exists finds it through bolt's table of the buckets the
// transaction has opened. hidalgo's tries to create the bucket first,
// which costs a search of the root bucket for every write: for Cayley,
// whose values live in 131,072 buckets of the root, that was 3.5% of the
// CPU time in a profile of a whole-corpus kg build (docs/scaling.md).
package boltkv

import (
	"context"
	"errors"

	"github.com/boltdb/bolt"
	"github.com/hidal-go/hidalgo/kv"
)

// DB is a bolt file as a kv.KV.
type DB struct {
	db *bolt.DB
}

var _ kv.KV = (*DB)(nil)

// New returns db as a kv.KV; closing it closes db.
func New(db *bolt.DB) *DB { return &DB{db: db} }

// Close closes the bolt file.
func (db *DB) Close() error { return db.db.Close() }

// Tx begins a transaction, read-write when rw is set.
func (db *DB) Tx(_ context.Context, rw bool) (kv.Tx, error) {
	tx, err := db.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &Tx{tx: tx}, nil
}

// View runs fn in a read-only transaction.
func (db *DB) View(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.View(ctx, db, fn)
}

// Update runs fn in a read-write transaction, committed when fn succeeds.
func (db *DB) Update(ctx context.Context, fn func(tx kv.Tx) error) error {
	return kv.Update(ctx, db, fn)
}

// Tx is a bolt transaction as a kv.Tx.
type Tx struct {
	tx *bolt.Tx
}

var _ kv.Tx = (*Tx)(nil)

// root returns the root bucket, which bolt's API does not name: a cursor
// of the transaction iterates it.
func (tx *Tx) root() *bolt.Bucket { return tx.tx.Cursor().Bucket() }

// bucket returns the bucket that every part of key but the last names, and
// what is left of key: its last part, or more when a bucket is missing
// (then the bucket returned is nil).
func (tx *Tx) bucket(key kv.Key) (*bolt.Bucket, kv.Key) {
	if len(key) <= 1 {
		return tx.root(), key
	}
	b := tx.tx.Bucket(key[0])
	for key = key[1:]; b != nil && len(key) > 1; key = key[1:] {
		b = b.Bucket(key[0])
	}
	if b == nil {
		return nil, key
	}
	return b, key
}

// Get returns the value of key, or kv.ErrNotFound.
func (tx *Tx) Get(_ context.Context, key kv.Key) (kv.Value, error) {
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, kv.ErrNotFound
	}
	if v := b.Get(k[0]); v != nil {
		return v, nil
	}
	return nil, kv.ErrNotFound
}

// GetBatch returns the values of keys, nil for those not found.
func (tx *Tx) GetBatch(ctx context.Context, keys []kv.Key) ([]kv.Value, error) {
	vals := make([]kv.Value, len(keys))
	for i, key := range keys {
		if b, k := tx.bucket(key); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

// Put sets the value of key, creating the buckets it names. A key whose
// last part and value are both empty only creates the buckets.
func (tx *Tx) Put(_ context.Context, key kv.Key, val kv.Value) error {
	if len(key) == 0 {
		return errors.New("put: empty key")
	}
	var b *bolt.Bucket // nil: the root
	for ; len(key) > 1; key = key[1:] {
		var err error
		if b, err = tx.child(b, key[0]); err != nil {
			return writeError(err)
		}
	}
	if len(key[0]) == 0 && len(val) == 0 {
		return nil
	}
	if b == nil {
		b = tx.root()
	}
	return writeError(b.Put(key[0], val))
}

// child returns the bucket name in parent (nil: the root), created when
// missing. bolt keeps the buckets a transaction has opened, so finding one
// again costs a map lookup.
func (tx *Tx) child(parent *bolt.Bucket, name []byte) (*bolt.Bucket, error) {
	if parent == nil {
		if b := tx.tx.Bucket(name); b != nil {
			return b, nil
		}
		return tx.tx.CreateBucket(name)
	}
	if b := parent.Bucket(name); b != nil {
		return b, nil
	}
	return parent.CreateBucket(name)
}

// Del removes key; a missing key is not an error.
func (tx *Tx) Del(_ context.Context, key kv.Key) error {
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil
	}
	return writeError(b.Delete(k[0]))
}

// writeError is err, with bolt's refusal to write in a read-only
// transaction as hidalgo's.
func writeError(err error) error {
	if errors.Is(err, bolt.ErrTxNotWritable) {
		return kv.ErrReadOnly
	}
	return err
}

// Scan returns an iterator over every key, changed by opts (a prefix, say).
func (tx *Tx) Scan(_ context.Context, opts ...kv.IteratorOption) kv.Iterator {
	var it kv.Iterator = &Iterator{tx: tx, bucket: tx.root()}
	return kv.ApplyIteratorOptions(it, opts)
}

// Commit writes the transaction's changes.
func (tx *Tx) Commit(context.Context) error { return tx.tx.Commit() }

// Close abandons the transaction (nothing, after Commit).
func (tx *Tx) Close() error {
	if err := tx.tx.Rollback(); err != nil && !errors.Is(err, bolt.ErrTxClosed) {
		return err
	}
	return nil
}
