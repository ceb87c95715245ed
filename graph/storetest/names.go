package storetest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// TextC is the text of the article that testNameFilters adds to Documents:
// one entity is labelled "George W Bush", another's label contains "George
// W. Bush", and a literal is that name.
const TextC = "George W. Bush met the George W. Bush Texas Air National Guard. " +
	"The guard praised Bush. Bush said \"George W. Bush\" twice."

// bushDocument is the article of TextC.
func bushDocument(ns graph.Namespace) graph.Document {
	gwb := graph.Entity{ID: ns.Entity("George W Bush"), Label: "George W Bush", Type: graph.Person,
		Aliases: []string{"Bush", "George W. Bush"}}
	guard := graph.Entity{ID: ns.Entity("George W. Bush Texas Air National Guard"),
		Label: "George W. Bush Texas Air National Guard", Type: graph.Organization}
	c := doc("c", "Bush", TextC, 3)
	c.Entities = []graph.Entity{gwb, guard}
	c.Sentences = []graph.Sentence{sentence(TextC, 0, "George W. Bush met"), sentence(TextC, 1, "The guard"), sentence(TextC, 2, "Bush said")}
	c.Statements = []graph.Statement{
		stmt(TextC, "c", 0, gwb, "meet", "met", graph.EntityTerm(guard), "George W. Bush met the George W. Bush Texas Air National Guard", 0.9),
		stmt(TextC, "c", 1, guard, "praise", "praised", graph.EntityTerm(gwb), "The guard praised Bush", 0.8),
		stmt(TextC, "c", 2, gwb, "say", "said", graph.Literal(graph.Text, "George W. Bush"), "Bush said \"George W. Bush\"", 0.7),
	}
	return c
}

// testNameFilters selects statements by the names of their subjects and
// objects (store.Filter): whole names (labels or aliases) up to case and
// punctuation select their entities only, parts of names and values the
// rest; every statement selected passes Filter.Match.
func testNameFilters(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	write(t, s, append(docs, bushDocument(s.Namespace())))
	odd := docs[1].Entities[2].Label
	gwb := []string{"George W Bush meet George W. Bush Texas Air National Guard", "George W Bush say George W. Bush"}
	tests := []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"subject by alias", store.Filter{Subject: "George W. Bush"}, gwb},
		{"subject by label", store.Filter{Subject: "George W Bush"}, gwb},
		{"subject folded", store.Filter{Subject: "  GEORGE w. bush "}, gwb},
		{"subject by short alias", store.Filter{Subject: "bush"}, gwb},
		{"subject by alias, other label", store.Filter{Subject: "Zelenskyy"}, []string{"Volodymyr Zelensky request Patriot licence"}},
		{"subject alias without periods", store.Filter{Subject: "U.S"}, []string{"United States provide $67 billion", "United States provide on 2024-04-22"}},
		{"subject part of a label", store.Filter{Subject: "w. bush texas"}, []string{"George W. Bush Texas Air National Guard praise George W Bush"}},
		{"subject part of an alias", store.Filter{Subject: "KIE"}, []string{"Kyiv say " + odd}},
		{"subject unknown", store.Filter{Subject: "Laura Bush"}, nil},
		{"subject and source", store.Filter{Subject: "George W. Bush", Source: "a"}, nil},
		{"object by name, not the literal", store.Filter{Object: "george w. bush"}, []string{"George W. Bush Texas Air National Guard praise George W Bush"}},
		{"object part of a label", store.Filter{Object: "with <TAGS>"}, []string{"Kyiv say " + odd}},
		{"object part of a name", store.Filter{Object: "Texas Air"}, []string{"George W Bush meet George W. Bush Texas Air National Guard"}},
		{"object part of a value", store.Filter{Object: "67 BILLION"}, []string{"United States provide $67 billion"}},
		{"object without letters", store.Filter{Object: "$"}, []string{"United States provide $67 billion"}},
		{"object quoted", store.Filter{Object: "tanks"}, []string{"decision reach on \"tanks\""}},
		{"subject name, object part", store.Filter{Subject: "Bush", Object: "national guard"}, gwb[:1]},
		{"subject part, object name", store.Filter{Subject: "texas", Object: "Bush"}, []string{"George W. Bush Texas Air National Guard praise George W Bush"}},
	}
	for _, tc := range tests {
		var got []string
		for _, r := range Statements(t, s, tc.f) {
			got = append(got, fmt.Sprintf("%s %s %s", r.Subject.Text, r.Predicate.Lemma, r.Object.Text))
			if !tc.f.Match(r) {
				t.Errorf("%s: Statements selected %s, which Match refuses", tc.name, r.ID)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %+v\n got %q\nwant %q", tc.name, tc.f, got, tc.want)
		}
	}
}
