package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

func entities(t *testing.T, s *store.Store, f store.EntityFilter) []store.EntityRecord {
	t.Helper()
	var out []store.EntityRecord
	if err := s.Entities(context.Background(), f, func(e store.EntityRecord) error {
		out = append(out, e)
		return nil
	}); err != nil {
		t.Fatalf("entities: %v", err)
	}
	return out
}

func testEntities(t *testing.T, b Backend) {
	s := Open(t, b)
	write(t, s, Documents(s.Namespace()))
	all := entities(t, s, store.EntityFilter{})
	if len(all) != 8 {
		t.Errorf("got %d entities, want 8", len(all))
	}
	people := entities(t, s, store.EntityFilter{Type: graph.Person})
	if len(people) != 2 || people[0].Label != "Joe Biden" || people[1].Label != "Volodymyr Zelensky" {
		t.Fatalf("people = %+v", people)
	}
	if z := people[1]; z.Mentions != 1 || len(z.Aliases) != 2 || z.Aliases[0] != "Zelensky" {
		t.Errorf("Zelensky = %+v, want 1 mention and aliases [Zelensky Zelenskyy]", z)
	}
	if got := entities(t, s, store.EntityFilter{Name: "kiev"}); len(got) != 1 || got[0].Label != "Kyiv" {
		t.Errorf("name filter by alias: %+v", got)
	}
	if got := entities(t, s, store.EntityFilter{Source: "b", Type: graph.Place}); len(got) != 2 {
		t.Errorf("places of article b: %+v", got)
	}
	us := entities(t, s, store.EntityFilter{Name: "United States"})
	if len(us) != 1 || us[0].Mentions != 2 {
		t.Errorf("United States = %+v, want 2 mentions", us)
	}
}

func testFilters(t *testing.T, b Backend) {
	s := Open(t, b)
	write(t, s, Documents(s.Namespace()))
	ns := s.Namespace()
	tests := []struct {
		name string
		f    store.Filter
		want int
	}{
		{"all", store.Filter{}, 6},
		{"subject substring", store.Filter{Subject: "biden"}, 1},
		{"subject iri", store.Filter{Subject: string(ns.Entity("United States"))}, 2},
		{"predicate", store.Filter{Predicate: "provide"}, 2},
		{"object", store.Filter{Object: "ukraine"}, 1},
		{"source", store.Filter{Source: "b"}, 3},
		{"type", store.Filter{Type: graph.Money}, 1},
		{"min confidence", store.Filter{MinConfidence: 0.6}, 3},
		{"none", store.Filter{Source: "missing"}, 0},
	}
	for _, tc := range tests {
		if got := len(Statements(t, s, tc.f)); got != tc.want {
			t.Errorf("%s: got %d statements, want %d", tc.name, got, tc.want)
		}
	}
	n := 0
	err := s.Statements(context.Background(), store.Filter{}, func(store.Record) error {
		n++
		return errStop
	})
	if err != errStop || n != 1 {
		t.Errorf("stopping early: err %v after %d calls", err, n)
	}
}

// testEntitiesOnce stores one entity as a Person in one article and as a
// Thing under another spelling of its label in a second: kg's resolver
// types and labels an entity article by article, so a store of many
// articles holds several type and name quads for it. Entities lists it
// once, as its most specific type, with the other label among its aliases,
// and statements show the same entity.
func testEntitiesOnce(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	a, other := docs[0], docs[1]
	biden := a.Entities[0]
	lower := biden
	lower.Label, lower.Type, lower.Aliases = "joe biden", graph.Thing, []string{"Biden", "President Biden"}
	other.Entities = append(append([]graph.Entity(nil), other.Entities...), lower)
	other.Statements = append(append([]graph.Statement(nil), other.Statements...), other.Statements[0])
	other.Statements[len(other.Statements)-1].Subject = graph.EntityTerm(lower)
	write(t, s, []graph.Document{a, other})

	joe := []string{"Joe Biden Person [Biden President Biden joe biden] 2"}
	tests := []struct {
		name string
		f    store.EntityFilter
		want []string
	}{
		{"any type", store.EntityFilter{Name: "biden"}, joe},
		{"persons", store.EntityFilter{Name: "biden", Type: graph.Person}, joe},
		{"things", store.EntityFilter{Name: "biden", Type: graph.Thing}, nil},
		{"by the other label", store.EntityFilter{Name: "joe biden", Source: "b"}, joe},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range entities(t, s, tc.f) {
			got = append(got, fmt.Sprintf("%s %s %v %d", e.Label, e.Type, e.Aliases, e.Mentions))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	all := entities(t, s, store.EntityFilter{})
	seen := map[graph.IRI]bool{}
	for _, e := range all {
		if seen[e.ID] {
			t.Errorf("entity %s listed twice", e.ID)
		}
		seen[e.ID] = true
	}
	if len(all) != 8 {
		t.Errorf("got %d entities, want 8", len(all))
	}
	for _, r := range Statements(t, s, store.Filter{Subject: string(biden.ID)}) {
		if r.Subject != graph.EntityTerm(graph.Entity{ID: biden.ID, Label: "Joe Biden", Type: graph.Person}) {
			t.Errorf("statement %s: subject %+v, want the Person Joe Biden", r.ID, r.Subject)
		}
	}
}
