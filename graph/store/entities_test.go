package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// TestEntityNames stores an entity with the names and types several
// articles gave it and checks the one label, type and aliases it is read
// with.
func TestEntityNames(t *testing.T) {
	tests := []struct {
		names, aliases []string
		types          []graph.Type
		want           string // label, type, aliases
	}{
		{[]string{"George W. Bush"}, []string{"Bush"}, []graph.Type{graph.Person}, "George W. Bush Person Bush"},
		{[]string{"GEORGE W. BUSH", "George W Bush", "George W. Bush"}, []string{"Bush", "George W Bush"}, []graph.Type{graph.Thing, graph.Person},
			"George W Bush Person Bush|GEORGE W. BUSH|George W. Bush"},
		{[]string{"agency", "Agency"}, nil, []graph.Type{graph.Thing, graph.Organization}, "Agency Organization agency"},
		{[]string{"al Qaeda", "Al Qaeda"}, []string{"al-Qaeda"}, []graph.Type{graph.Organization, graph.Place}, "Al Qaeda Organization al Qaeda|al-Qaeda"},
		{[]string{"NATO", "nato"}, nil, []graph.Type{graph.Thing}, "NATO Thing nato"},
		{nil, nil, []graph.Type{graph.Event}, "https://example.org/kg/id/entity/x Event "},
	}
	ctx := context.Background()
	for _, tc := range tests {
		s := memory(t, "")
		id := quad.IRI(s.Namespace().Entity("x"))
		var qs []quad.Quad
		for _, n := range tc.names {
			qs = append(qs, quad.Quad{Subject: id, Predicate: graph.PropName, Object: quad.String(n)})
		}
		for _, a := range tc.aliases {
			qs = append(qs, quad.Quad{Subject: id, Predicate: graph.PropAlternateName, Object: quad.String(a)})
		}
		for _, typ := range tc.types {
			qs = append(qs, quad.Quad{Subject: id, Predicate: graph.PropType, Object: graph.ClassOf(typ)})
		}
		if err := s.AddQuads(ctx, qs); err != nil {
			t.Fatal(err)
		}
		var got []string
		err := s.Entities(ctx, store.EntityFilter{}, func(e store.EntityRecord) error {
			got = append(got, e.Label+" "+string(e.Type)+" "+strings.Join(e.Aliases, "|"))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{tc.want}; !slices.Equal(got, want) {
			t.Errorf("names %q, aliases %q, types %v: got %q, want %q", tc.names, tc.aliases, tc.types, got, want)
		}
	}
}
