package canon

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"
)

// Source yields the quads of a store; *store.Store is one.
type Source interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
}

// Each calls fn with every quad of src in canonical form, in store order.
// It stops at the first error, from the source, a value or fn.
func Each(ctx context.Context, src Source, fn func(quad.Quad) error) error {
	return src.Quads(ctx, func(q quad.Quad) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, err := Quad(q)
		if err != nil {
			return fmt.Errorf("quad %s: %w", q.NQuad(), err)
		}
		return fn(c)
	})
}
