package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// TestKnownQuads writes two articles that mention the same people, one
// batch each: the second batch sends none of the people's quads again,
// and the store still describes them (storetest's SharedAgain checks the
// forgetting).
func TestKnownQuads(t *testing.T) {
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "kg.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ns := s.Namespace()
	a := storetest.Documents(ns)[0]
	if _, err := s.Write(ctx, []graph.Document{a}); err != nil {
		t.Fatal(err)
	}
	// c: article a under another id, so every entity, relation and
	// extractor quad is already stored.
	c := a
	c.Article.ID = "c"
	c.Statements = slices.Clone(a.Statements)
	for i := range c.Statements {
		c.Statements[i].Prov.Article = "c"
	}
	all := graph.Encoder{NS: ns}.Quads(c)
	shared := 0
	for _, q := range all {
		if iri, ok := q.Subject.(quad.IRI); ok && q.Label == nil && ns.Shared(string(iri)) {
			shared++
		}
	}
	if shared < 10 {
		t.Fatalf("only %d shared quads in the test article", shared)
	}
	st, err := s.Write(ctx, []graph.Document{c})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.QuadsIn, len(all)-shared; got != want {
		t.Errorf("second article sent %d quads, want %d (%d, less the %d already stored)", got, want, len(all), shared)
	}
	var labels []string
	err = s.Entities(ctx, store.EntityFilter{Source: "c"}, func(e store.EntityRecord) error {
		labels = append(labels, e.Label)
		return nil
	})
	if err != nil || len(labels) != len(c.Entities) || labels[0] != "Joe Biden" {
		t.Errorf("entities of the second article: %q (%v), want its %d", labels, err, len(c.Entities))
	}
}
