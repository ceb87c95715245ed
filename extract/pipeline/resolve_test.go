package pipeline

import (
	"testing"

	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/graph"
)

// TestConceptsBelongToTheirArticle processes two articles with the same
// unnamed subject ("protesters") and the same name kg cannot type: the
// protesters are a concept of each article, the name one entity of both.
func TestConceptsBelongToTheirArticle(t *testing.T) {
	p := newTestPipeline(t)
	text := "Protesters blocked the main road on Monday.\nZorblax announced a merger with its rival."
	byArticle := map[string]map[string]graph.Entity{}
	for _, id := range []string{"a", "b"} {
		d, err := p.Process(input.Article{ID: id, Text: text, Origin: "test"})
		if err != nil {
			t.Fatal(err)
		}
		byArticle[id] = map[string]graph.Entity{}
		for _, e := range d.Entities {
			byArticle[id][e.Label] = e
		}
		for _, st := range d.Statements {
			if st.Subject.Type == graph.Concept && st.Subject.ID != p.ns.Concept(id, st.Subject.Text) {
				t.Errorf("article %s: concept subject %q has IRI %s", id, st.Subject.Text, st.Subject.ID)
			}
		}
	}
	a, b := byArticle["a"]["protesters"], byArticle["b"]["protesters"]
	if a.Type != graph.Concept || b.Type != graph.Concept || a.ID == b.ID {
		t.Errorf("protesters in two articles: %+v and %+v, want two concepts", a, b)
	}
	za, zb := byArticle["a"]["Zorblax"], byArticle["b"]["Zorblax"]
	if za.ID == "" || za.ID != zb.ID || !za.Type.IsNamed() {
		t.Errorf("Zorblax in two articles: %+v and %+v, want one named entity", za, zb)
	}
}
