package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// AddQuads adds raw quads (read from an N-Quads or JSON-LD file, say) in
// one transaction: either all are stored or, on error, none. Quads the
// store already holds, and repeated quads, are ignored.
//
// Every quad must have an IRI or blank node subject, an IRI predicate, an
// object and a nil, IRI or blank node label. A quad giving the store's IRI
// base (kg:store kg:base "...") must agree with the store's base: a graph
// exported from a store of another base is refused rather than mixed in.
func (s *Store) AddQuads(ctx context.Context, quads []quad.Quad) error {
	defer s.guard.write()()
	deltas := make([]cgraph.Delta, 0, len(quads))
	seen := make(map[quad.Quad]bool, len(quads))
	for i, q := range quads {
		if err := s.checkQuad(q); err != nil {
			return fmt.Errorf("quad %d (%s): %w", i+1, q.NQuad(), err)
		}
		if !seen[q] {
			seen[q] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if len(deltas) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.buckets.prepare(deltas); err != nil {
		return err
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("add %d quads: %w", len(deltas), err)
	}
	return nil
}

func (s *Store) checkQuad(q quad.Quad) error {
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return fmt.Errorf("subject %v is neither an IRI nor a blank node", q.Subject)
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Errorf("predicate %v is not an IRI", q.Predicate)
	}
	if q.Object == nil {
		return fmt.Errorf("no object")
	}
	switch q.Label.(type) {
	case nil, quad.IRI, quad.BNode:
	default:
		return fmt.Errorf("graph label %v is neither an IRI nor a blank node", q.Label)
	}
	if q.Subject == graph.StoreNode && q.Predicate == graph.PropBase && q.Label == nil {
		if base := graph.Lexical(q.Object); base != s.ns.Base {
			return fmt.Errorf("the quads come from a store of IRI base %q; this store's base is %q (open a new store with --base %s)",
				base, s.ns.Base, base)
		}
	}
	return nil
}
