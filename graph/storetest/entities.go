package storetest

import (
	"context"
	"fmt"
	"maps"
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
// statements show the same entity, and Stats counts it once, as that type.
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
	// Stats counts each entity once, as the type Entities lists it as.
	byType := map[graph.Type]int{}
	for _, e := range all {
		byType[e.Type]++
	}
	if st, err := s.Stats(context.Background()); err != nil || !maps.Equal(st.Entities, byType) || st.Entities[graph.Thing] != 1 {
		t.Errorf("stats: entities %v (%v), want %v as listed (Joe Biden a Person, not also a Thing)", st.Entities, err, byType)
	}
	for _, r := range Statements(t, s, store.Filter{Subject: string(biden.ID)}) {
		if r.Subject != graph.EntityTerm(graph.Entity{ID: biden.ID, Label: "Joe Biden", Type: graph.Person}) {
			t.Errorf("statement %s: subject %+v, want the Person Joe Biden", r.ID, r.Subject)
		}
	}
}

// conceptDocuments returns two articles that both say "protesters", an
// unnamed noun phrase and so a concept of each, and both name Joe Biden.
func conceptDocuments(ns graph.Namespace) []graph.Document {
	biden := graph.Entity{ID: ns.Entity("Joe Biden"), Label: "Joe Biden", Type: graph.Person}
	var docs []graph.Document
	for _, a := range []struct{ id, text, words string }{
		{"a", "Protesters met Joe Biden.", "Protesters met Joe Biden"},
		{"b", "Protesters blocked a road near Joe Biden.", "Protesters blocked a road"},
	} {
		protesters := graph.Entity{ID: ns.Concept(a.id, "protesters"), Label: "protesters", Type: graph.Concept}
		d := doc(a.id, "", a.text, 1)
		d.Entities = []graph.Entity{protesters, biden}
		d.Sentences = []graph.Sentence{sentence(a.text, 0, "Protesters")}
		obj := graph.EntityTerm(biden)
		if a.id == "b" {
			obj = graph.Literal(graph.Text, "a road")
		}
		d.Statements = []graph.Statement{stmt(a.text, a.id, 0, protesters, "meet", "met", obj, a.words, 0.8)}
		docs = append(docs, d)
	}
	return docs
}

// testConcepts stores the same concept phrase in two articles: two
// entities of type Concept, listed after the named ones, left out by a
// Named filter, each gone with its article.
func testConcepts(t *testing.T, b Backend) {
	s := Open(t, b)
	ns := s.Namespace()
	write(t, s, conceptDocuments(ns))
	show := func(f store.EntityFilter) []string {
		var out []string
		for _, e := range entities(t, s, f) {
			out = append(out, fmt.Sprintf("%s %s %s %d", e.ID, e.Label, e.Type, e.Mentions))
		}
		return out
	}
	biden := fmt.Sprintf("%s Joe Biden Person 1", ns.Entity("Joe Biden"))
	inA := fmt.Sprintf("%s protesters Concept 1", ns.Concept("a", "protesters"))
	inB := fmt.Sprintf("%s protesters Concept 1", ns.Concept("b", "protesters"))
	tests := []struct {
		name string
		f    store.EntityFilter
		want []string
	}{
		{"every entity", store.EntityFilter{}, []string{biden, inA, inB}},
		{"named", store.EntityFilter{Named: true}, []string{biden}},
		{"concepts", store.EntityFilter{Type: graph.Concept}, []string{inA, inB}},
		{"concepts by name", store.EntityFilter{Name: "Protesters"}, []string{inA, inB}},
		{"named by a concept's name", store.EntityFilter{Name: "protesters", Named: true}, nil},
		{"concepts of b", store.EntityFilter{Type: graph.Concept, Source: "b"}, []string{inB}},
		{"named concepts", store.EntityFilter{Type: graph.Concept, Named: true}, nil},
	}
	for _, tc := range tests {
		if got := show(tc.f); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	if st, err := s.Stats(context.Background()); err != nil || st.Entities[graph.Concept] != 2 || st.Entities[graph.Person] != 1 {
		t.Errorf("stats: entities %v (%v), want 2 concepts and 1 person", st.Entities, err)
	}
	rm, err := s.Remove(context.Background(), []string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	if rm.Entities != 1 {
		t.Errorf("removing a removed %d entities, want 1 (its concept)", rm.Entities)
	}
	if got, want := show(store.EntityFilter{}), []string{
		fmt.Sprintf("%s Joe Biden Person 0", ns.Entity("Joe Biden")), inB}; !slices.Equal(got, want) {
		t.Errorf("after removing a: %q, want %q", got, want)
	}
}
