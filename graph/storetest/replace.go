package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// testReplaceOrphans replaces an article whose text changed, in a batch
// with a new article: the entities only its old version mentioned (its
// old concept, a person it no longer names) go in the same write, as
// Remove would take them; those the new version, another article or the
// new article of the batch mention stay as they were. Removing every
// article afterwards leaves no entity behind.
func testReplaceOrphans(t *testing.T, b Backend) {
	s := Open(t, b)
	ns := s.Namespace()
	ctx := context.Background()
	person := func(label string, aliases ...string) graph.Entity {
		return graph.Entity{ID: ns.Entity(label), Label: label, Type: graph.Person, Aliases: aliases}
	}
	harris := person("Kamala Harris")                   // only in a's old version
	blinken := person("Antony Blinken", "Tony Blinken") // in both versions of a
	austin := person("Lloyd Austin", "Lloyd J. Austin") // in a's old version and in c
	docs := conceptDocuments(ns)                        // a and b: Joe Biden, a concept each
	oldA := docs[0]
	oldA.Entities = append(slices.Clone(oldA.Entities), harris, blinken, austin)
	write(t, s, []graph.Document{oldA, docs[1]})

	textA := "Crowds cheered Joe Biden and Antony Blinken."
	crowds := graph.Entity{ID: ns.Concept("a", "crowds"), Label: "crowds", Type: graph.Concept}
	biden := oldA.Entities[1]
	newA := doc("a", "", textA, 1)
	newA.Entities = []graph.Entity{crowds, biden, {ID: blinken.ID, Label: blinken.Label, Type: graph.Person}}
	newA.Sentences = []graph.Sentence{sentence(textA, 0, "Crowds")}
	newA.Statements = []graph.Statement{stmt(textA, "a", 0, crowds, "cheer", "cheered", graph.EntityTerm(biden), "Crowds cheered Joe Biden", 0.8)}
	c := speech("c", "Lloyd Austin spoke.", graph.Entity{ID: austin.ID, Label: austin.Label, Type: graph.Person})

	st := write(t, s, []graph.Document{newA, c})
	if st.Replaced != 1 || st.Added != 1 || st.Entities != 2 {
		t.Errorf("write stats %+v, want 1 replaced, 1 added, 2 entities removed (a's old concept, Kamala Harris)", st)
	}
	var got []string
	for _, e := range entities(t, s, store.EntityFilter{}) {
		got = append(got, string(e.ID)+" "+e.Label+" "+string(e.Type)+" "+strings.Join(e.Aliases, "|"))
	}
	want := []string{
		string(blinken.ID) + " Antony Blinken Person Tony Blinken",
		string(biden.ID) + " Joe Biden Person ",
		string(austin.ID) + " Lloyd Austin Person Lloyd J. Austin",
		string(ns.Concept("a", "crowds")) + " crowds Concept ",
		string(ns.Concept("b", "protesters")) + " protesters Concept ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("entities after replacing a:\n got %q\nwant %q", got, want)
	}
	if stats, err := s.Stats(ctx); err != nil || stats.Entities[graph.Person] != 3 || stats.Entities[graph.Concept] != 2 {
		t.Errorf("stats after replacing a: entities %v (%v), want 3 persons and 2 concepts", stats.Entities, err)
	}

	rm, err := s.Remove(ctx, []string{"a", "b", "c"})
	if err != nil {
		t.Fatal(err)
	}
	if rm.Articles != 3 || rm.Entities != 5 {
		t.Errorf("remove stats %+v, want 3 articles and 5 entities", rm)
	}
	if left := entities(t, s, store.EntityFilter{}); len(left) != 0 {
		t.Errorf("%d entities left after removing every article: %+v", len(left), left)
	}
}
