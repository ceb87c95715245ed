package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// testSharedAgain writes an entity back after it went: removed with the
// only article that mentioned it, dropped by a replacement, or deleted
// through Apply, it gets its name, type and aliases again when a later
// article mentions it. (A store that remembers which entity quads it has
// written, to send them once, must forget them on every delete.)
func testSharedAgain(t *testing.T, b Backend) {
	s := Open(t, b)
	ctx := context.Background()
	ns := s.Namespace()
	a := Documents(ns)[0]
	biden, zelensky := a.Entities[0], a.Entities[2]
	write(t, s, []graph.Document{a})
	want := describe(entities(t, s, store.EntityFilter{}))

	if _, err := s.Remove(ctx, []string{"a"}); err != nil {
		t.Fatal(err)
	}
	write(t, s, []graph.Document{a})
	if got := describe(entities(t, s, store.EntityFilter{})); !slices.Equal(got, want) {
		t.Errorf("entities after removing and writing article a again:\n got %q\nwant %q", got, want)
	}

	// Replace a with a version that names Biden alone: Zelensky goes.
	write(t, s, []graph.Document{speech("a", "Joe Biden spoke.", biden)})
	if got := entities(t, s, store.EntityFilter{Name: zelensky.Label}); len(got) != 0 {
		t.Fatalf("Zelensky still stored after the replacement: %+v", got)
	}
	write(t, s, []graph.Document{speech("c", "Volodymyr Zelensky spoke.", zelensky)})
	checkEntity(t, s, "after a replacement dropped it", zelensky)

	del := quad.Quad{Subject: quad.IRI(zelensky.ID), Predicate: graph.PropName, Object: quad.String(zelensky.Label)}
	if err := s.Apply([]cgraph.Delta{{Quad: del, Action: cgraph.Delete}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	write(t, s, []graph.Document{speech("d", "Volodymyr Zelensky spoke again.", zelensky)})
	checkEntity(t, s, "after Apply deleted its name", zelensky)
}

// speech returns article id: text, one sentence, in which e speaks.
func speech(id, text string, e graph.Entity) graph.Document {
	d := doc(id, "", text, 1)
	d.Entities = []graph.Entity{e}
	d.Sentences = []graph.Sentence{sentence(text, 0, text[:4])}
	d.Statements = []graph.Statement{stmt(text, id, 0, e, "speak", "spoke", graph.Literal(graph.Text, "nothing"), text[:len(text)-1], 0.6)}
	return d
}

// checkEntity fails unless s holds e with its label, type and aliases.
func checkEntity(t *testing.T, s *store.Store, when string, e graph.Entity) {
	t.Helper()
	got := entities(t, s, store.EntityFilter{Type: e.Type, Name: e.Label})
	if len(got) != 1 || got[0].ID != e.ID || got[0].Label != e.Label || !slices.Equal(got[0].Aliases, e.Aliases) {
		t.Errorf("%s %s: got %+v, want its label, type %s and aliases %q", e.Label, when, got, e.Type, e.Aliases)
	}
}

// describe lists entities as "IRI label type alias|alias".
func describe(es []store.EntityRecord) []string {
	var out []string
	for _, e := range es {
		out = append(out, string(e.ID)+" "+e.Label+" "+string(e.Type)+" "+strings.Join(e.Aliases, "|"))
	}
	return out
}
