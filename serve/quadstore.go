package serve

import (
	"context"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// quadStore is what the server reads of a Cayley store directly.
type quadStore interface {
	ValueOf(quad.Value) (refs.Ref, error)
	QuadIterator(quad.Direction, refs.Ref) iterator.Shape
	Quad(refs.Ref) (quad.Quad, error)
}

// quads returns the quads whose direction d holds v (none when v is not
// in the store). The first error is kept in r.err and ends all reading.
func (r *quadReader) quads(ctx context.Context, d quad.Direction, v quad.Value) []quad.Quad {
	if r.err != nil {
		return nil
	}
	ref, err := r.qs.ValueOf(v)
	if err != nil || ref == nil {
		r.err = err
		return nil
	}
	it := r.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := r.qs.Quad(it.Result())
		if err != nil {
			r.err = err
			return nil
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		r.err = err
	}
	return out
}
