package look

import (
	"testing"

	"github.com/kgraph/kg/graph"
)

// TestEveryTypeHasItsLook holds that no two entity types are drawn alike,
// so that a legend tells every kind of node apart, and that literals are
// white boxes.
func TestEveryTypeHasItsLook(t *testing.T) {
	seen := map[Look]graph.Type{}
	for _, typ := range graph.EntityTypes {
		l, ok := looks[typ]
		if !ok {
			t.Errorf("%s has no look of its own", typ)
			continue
		}
		if other, ok := seen[l]; ok {
			t.Errorf("%s and %s are both drawn as %s", typ, other, l.Words)
		}
		seen[l] = typ
		if got := Of(typ); got != l {
			t.Errorf("Of(%s) = %+v, want %+v", typ, got, l)
		}
	}
	for _, typ := range []graph.Type{graph.Date, graph.Money, graph.Quantity, graph.Text} {
		if got := Of(typ); got != literal || Colour(typ) != "#ffffff" {
			t.Errorf("%s is drawn as %+v (%s), want a white box", typ, got, Colour(typ))
		}
	}
}
