package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// settleBase makes the store and the options agree on the IRI base: a store
// remembers the base it was first written with, and a different explicit
// base is an error rather than a silently split graph.
func (s *Store) settleBase(ctx context.Context, want string, readOnly bool) error {
	v, err := s.first(ctx, graph.StoreNode, graph.PropBase)
	if err != nil {
		return err
	}
	if v != nil {
		have := graph.Lexical(v)
		if want != "" && want != have {
			return fmt.Errorf("store was built with IRI base %q, not %q", have, want)
		}
		s.ns = graph.Namespace{Base: have}
		return nil
	}
	if readOnly {
		return nil
	}
	q := quad.Make(graph.StoreNode, graph.PropBase, quad.String(s.ns.Base), nil)
	return s.qs.ApplyDeltas([]cgraph.Delta{{Quad: q, Action: cgraph.Add}}, cgraph.IgnoreOpts{IgnoreDup: true})
}
