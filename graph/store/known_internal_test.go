package store

import (
	"testing"

	"github.com/cayleygraph/quad"
)

// TestAppendValue checks that different values encode differently.
func TestAppendValue(t *testing.T) {
	values := []quad.Value{
		nil,
		quad.IRI("x"),
		quad.String("x"),
		quad.String(""),
		quad.String("x1:"),
		quad.TypedString{Value: "x", Type: "t"},
		quad.TypedString{Value: "x", Type: "u"},
		quad.TypedString{Value: "x1:", Type: ""},
		quad.LangString{Value: "x", Lang: "en"},
		quad.Int(1),
		quad.Bool(true),
		quad.BNode("x"),
	}
	seen := map[string]quad.Value{}
	for _, v := range values {
		k := string(appendValue(nil, v))
		if w, ok := seen[k]; ok {
			t.Errorf("%#v and %#v both encode as %q", w, v, k)
		}
		seen[k] = v
	}
	// Quads whose parts split the same bytes differently differ too.
	q1 := quad.Quad{Subject: quad.IRI("ab"), Predicate: quad.IRI("c")}
	q2 := quad.Quad{Subject: quad.IRI("a"), Predicate: quad.IRI("bc")}
	k := newKnownQuads()
	if k.sum(q1) == k.sum(q2) {
		t.Errorf("%v and %v hash alike", q1, q2)
	}
}
