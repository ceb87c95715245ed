package store

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// scanBatch is the number of quads scan takes before reading their values.
const scanBatch = 512

// maxScanValues bounds scan's cache of values: a walk over a store of
// millions of quads starts afresh when it holds more.
const maxScanValues = 1 << 16

// scan calls fn for every quad the iterator yields.
//
// Cayley's Quad reads a quad's values one at a time, each in a read
// transaction of its own: a pass over a store read every value again for
// every quad naming it. scan takes the quads a batch at a time, reads the
// values it has not met yet in one call, and keeps them, since a walk meets
// the same predicates, subjects and entities again and again.
func (s *Store) scan(ctx context.Context, sh iterator.Shape, fn func(quad.Quad) error) error {
	it := sh.Iterate()
	defer it.Close()
	r := valueReader{qs: s.qs, cache: make(map[any]quad.Value)}
	batch := make([]cgraph.Ref, 0, scanBatch)
	for {
		more := it.Next(ctx)
		if more {
			batch = append(batch, it.Result())
		}
		if len(batch) == scanBatch || !more && len(batch) > 0 {
			if err := r.each(ctx, batch, fn); err != nil {
				return err
			}
			batch = batch[:0]
		}
		if !more {
			return it.Err()
		}
	}
}

// valueReader turns quad references into quads through a cache of values.
type valueReader struct {
	qs    cgraph.QuadStore
	cache map[any]quad.Value // by refs.ToKey of the value's reference
	dirs  []cgraph.Ref       // the batch's value references, four a quad
	miss  []cgraph.Ref       // those not in the cache, each once
}

// each reads the quads of refs and calls fn for each, in order.
func (r *valueReader) each(ctx context.Context, quads []cgraph.Ref, fn func(quad.Quad) error) error {
	if len(r.cache) > maxScanValues {
		clear(r.cache)
	}
	r.dirs, r.miss = r.dirs[:0], r.miss[:0]
	for _, q := range quads {
		for _, d := range quad.Directions {
			v, err := r.qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			r.dirs = append(r.dirs, v)
			if v == nil {
				continue
			}
			if _, ok := r.cache[refs.ToKey(v)]; !ok {
				r.cache[refs.ToKey(v)] = nil // read below, once
				r.miss = append(r.miss, v)
			}
		}
	}
	if len(r.miss) > 0 {
		vals, err := cgraph.ValuesOf(ctx, r.qs, r.miss)
		if err != nil {
			return err
		}
		for i, v := range r.miss {
			r.cache[refs.ToKey(v)] = vals[i]
		}
	}
	for i := range quads {
		var q quad.Quad
		for j, d := range quad.Directions {
			if v := r.dirs[i*len(quad.Directions)+j]; v != nil {
				q.Set(d, r.cache[refs.ToKey(v)])
			}
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}
