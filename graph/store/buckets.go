package store

import (
	"fmt"
	"sync/atomic"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// A write creates every value bucket first (valueBuckets) when it has
// bulkWrite quads or more, or bulkValues distinct values or more. kg
// build's batches (64 articles, 20,000-30,000 quads with 10,000-16,000
// values) stay below both: for them creating all the buckets costs more CPU
// than it saves; an import of 100,000 quads needs 2.6 times less CPU with
// it, and one of 34,000 quads with 68,000 values 4 times less time
// (docs/scaling.md, TestScan).
const (
	bulkWrite  = 50000
	bulkValues = 30000
)

// valueBuckets readies a bolt file's value buckets for large writes.
//
// Cayley's key-value store files each value under the first two bytes of
// its hash, in one of 2 × 65,536 buckets ('v' and 'n' followed by the two
// bytes) that it creates on first use. bolt keeps the root bucket's
// entries in one in-memory node until the transaction commits, and
// inserting a bucket there moves every entry after it: a transaction that
// creates tens of thousands of buckets in hash order (the first large
// write into a new store) spent more than half its time in those moves.
// Created in key order, each one is appended, and the whole set costs
// about a second once; an empty bucket is harmless (Cayley's own
// "upfront" option creates the same set).
type valueBuckets struct {
	db    *boltdb.DB
	ready atomic.Bool
}

// prepare creates the missing value buckets, in a transaction of their
// own, before a large write of deltas; it does nothing for small writes,
// after the first success, and on other backends (b nil).
func (b *valueBuckets) prepare(deltas []cgraph.Delta) error {
	if b == nil || b.ready.Load() || !bulk(deltas) {
		return nil
	}
	err := b.db.Update(func(tx *boltdb.Tx) error {
		for _, kind := range []byte{'n', 'v'} {
			for i := 0; i < 1<<16; i++ {
				if _, err := tx.CreateBucketIfNotExists([]byte{kind, byte(i >> 8), byte(i)}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("create value buckets: %w", err)
	}
	b.ready.Store(true)
	return nil
}

// bulk reports whether deltas make a large write: bulkWrite quads, or
// bulkValues distinct values (counted only when there can be as many).
func bulk(deltas []cgraph.Delta) bool {
	if len(deltas) >= bulkWrite {
		return true
	}
	if len(deltas)*len(quad.Directions) < bulkValues {
		return false
	}
	values := make(map[quad.Value]struct{}, bulkValues)
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				values[v] = struct{}{}
			}
		}
		if len(values) >= bulkValues {
			return true
		}
	}
	return false
}
