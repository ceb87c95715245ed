package entity

import (
	"fmt"
	"testing"

	"github.com/kgraph/kg/graph"
)

// TestConcept holds that an unnamed noun phrase is a concept of its
// article, and that a phrase which is a name stays the named entity.
func TestConcept(t *testing.T) {
	lx := lexicon(t)
	var ns graph.Namespace
	tests := []struct {
		phrase    string
		wantID    graph.IRI
		wantLabel string
		wantType  graph.Type
	}{
		{"protesters", ns.Concept("a1", "protesters"), "protesters", graph.Concept},
		{"air defense forces", ns.Concept("a1", "air defense forces"), "air defense forces", graph.Concept},
		{"Government", ns.Concept("a1", "Government"), "Government", graph.Concept},
		// named in the article: the named entity, whatever its type
		{"Joe Biden", ns.Entity("Joe Biden"), "Joe Biden", graph.Person},
		// a gazetteer name the recogniser did not find here
		{"the Pentagon", ns.Entity("Pentagon"), "Pentagon", graph.Organization},
	}
	for _, tt := range tests {
		art := lx.NewArticle(ns)
		for _, m := range lx.Recognize(tagged("Joe/PROPN Biden/PROPN spoke/VERB")) {
			art.Learn(m)
			art.Resolve(m)
		}
		got := art.Concept("a1", tt.phrase)
		if got.ID != tt.wantID || got.Label != tt.wantLabel || got.Type != tt.wantType {
			t.Errorf("Concept(a1, %q) = %s %q %s; want %s %q %s", tt.phrase,
				got.ID, got.Label, got.Type, tt.wantID, tt.wantLabel, tt.wantType)
		}
	}
}

func TestConceptsStayInTheirArticle(t *testing.T) {
	lx := lexicon(t)
	var ns graph.Namespace
	one, two := lx.NewArticle(ns), lx.NewArticle(ns)
	a, b := one.Concept("a1", "report"), two.Concept("a2", "report")
	if a.ID == b.ID {
		t.Errorf("report in two articles is one node %s", a.ID)
	}
	if again := one.Concept("a1", "Report"); again.ID != a.ID || again.Label != "report" {
		t.Errorf("Report after report in one article = %+v, want %s labelled report", again, a.ID)
	}
	if n := len(one.Entities()); n != 1 {
		t.Errorf("article with one concept said twice has %d entities, want 1", n)
	}
	if named := one.Resolve(Mention{Text: "report", Type: graph.Thing}); named.ID == a.ID {
		t.Error("a named entity merged with the concept of the same words")
	}
}

func ExampleArticle_Concept() {
	lx, err := Default()
	if err != nil {
		panic(err)
	}
	art := lx.NewArticle(graph.Namespace{})
	e := art.Concept("enwikinews-736", "protesters")
	fmt.Println(e.Type, e.Label, e.ID)
	// Output: Concept protesters https://example.org/kg/id/article/enwikinews-736/concept/protesters
}
