package boltkv

import (
	"bytes"
	"context"

	"github.com/boltdb/bolt"
	"github.com/hidal-go/hidalgo/kv"
)

// Iterator walks the keys of one bucket in order, depth first through the
// buckets nested in it, yielding the keys that have values. Its keys and
// values are valid until the next call of Next.
type Iterator struct {
	tx     *Tx
	bucket *bolt.Bucket // the bucket walked; nil: nothing
	path   kv.Key       // its key
	pref   []byte       // only its keys that start with this

	started bool
	open    []*bolt.Cursor // the cursors from bucket down to the current key's bucket
	names   kv.Key         // the names of the nested buckets descended into
	k, v    []byte
}

var (
	_ kv.Iterator       = (*Iterator)(nil)
	_ kv.PrefixIterator = (*Iterator)(nil)
)

// WithPrefix replaces it with an iterator over the keys that start with
// pref: those of the bucket its first parts name whose key in that bucket
// starts with its last part.
func (it *Iterator) WithPrefix(pref kv.Key) kv.Iterator {
	b, rest := it.tx.bucket(pref)
	*it = Iterator{tx: it.tx}
	if b == nil || len(rest) > 1 {
		return it // a bucket it names is missing: nothing to iterate
	}
	it.bucket, it.path = b, pref[:len(pref)-len(rest)]
	if len(rest) == 1 {
		it.pref = rest[0]
	}
	return it
}

// Reset returns to before the first key.
func (it *Iterator) Reset() {
	it.started, it.open, it.names, it.k, it.v = false, it.open[:0], it.names[:0], nil, nil
}

// Next moves to the next key with a value and reports whether there is one.
func (it *Iterator) Next(context.Context) bool {
	if it.bucket == nil {
		return false
	}
	if !it.started {
		it.started = true
		c := it.bucket.Cursor()
		it.open = append(it.open[:0], c)
		if len(it.pref) == 0 {
			it.k, it.v = c.First()
		} else {
			it.k, it.v = c.Seek(it.pref)
		}
	} else if len(it.open) > 0 {
		it.k, it.v = it.open[len(it.open)-1].Next()
	}
	for len(it.open) > 0 {
		depth := len(it.open) - 1
		if it.k == nil || depth == 0 && !bytes.HasPrefix(it.k, it.pref) {
			it.up()
			continue
		}
		if it.v == nil { // a nested bucket, or a key without a value
			if b := it.open[depth].Bucket().Bucket(it.k); b != nil {
				c := b.Cursor()
				it.open = append(it.open, c)
				it.names = append(it.names, it.k)
				it.k, it.v = c.First()
				continue
			}
		}
		return true
	}
	it.k, it.v = nil, nil
	return false
}

// up leaves the current bucket and moves its parent's cursor on; at the
// top it ends the walk.
func (it *Iterator) up() {
	it.open = it.open[:len(it.open)-1]
	if len(it.open) == 0 {
		return
	}
	it.names = it.names[:len(it.names)-1]
	it.k, it.v = it.open[len(it.open)-1].Next()
}

// Key returns the current key, whole (the parts of the walked bucket's
// key, the nested buckets' names, the key), as a copy.
func (it *Iterator) Key() kv.Key {
	if len(it.open) == 0 {
		return nil
	}
	k := make(kv.Key, 0, len(it.path)+len(it.names)+1)
	k = append(k, it.path...)
	k = append(k, it.names...)
	return append(k, it.k).Clone()
}

// Val returns the current value.
func (it *Iterator) Val() kv.Value { return it.v }

// Err returns nil: bolt reads do not fail.
func (it *Iterator) Err() error { return nil }

// Close ends the iterator.
func (it *Iterator) Close() error {
	*it = Iterator{}
	return nil
}
