package exporttest

import (
	"fmt"
	"math/bits"
	"strings"

	"github.com/kgraph/kg/graph"
)

// Synthetic returns a generator of n articles of two sentences each, whose
// statements link entities "Entity 0", "Entity 1", ... so that low
// numbers are the most connected. Sentence 0 of article i says that
// entity i+10 relates to entity t, t the number of trailing zero bits of
// i+1 (Entity 0 is the object of every other article, Entity 1 of every
// fourth, ...); sentence 1 that entity i+10 relates to a date (one of 28).
// Every fourth statement is negated.
func Synthetic(n int) func(graph.Namespace) []graph.Document {
	return func(ns graph.Namespace) []graph.Document {
		docs := make([]graph.Document, n)
		for i := range docs {
			docs[i] = syntheticDoc(ns, i)
		}
		return docs
	}
}

func syntheticEntity(ns graph.Namespace, k int) graph.Entity {
	l := fmt.Sprintf("Entity %d", k)
	return graph.Entity{ID: ns.Entity(l), Label: l, Type: graph.EntityTypes[k%len(graph.EntityTypes)]}
}

// syntheticDoc returns article i of Synthetic.
func syntheticDoc(ns graph.Namespace, i int) graph.Document {
	id := fmt.Sprintf("syn%d", i)
	var text strings.Builder
	d := graph.Document{Article: graph.Article{ID: id, Hash: fmt.Sprintf("%064x", i+1), Sentences: 2}}
	seen := map[graph.IRI]bool{}
	for j := 0; j < 2; j++ {
		from, to := syntheticEntity(ns, i+10), syntheticEntity(ns, bits.TrailingZeros(uint(i+1)))
		start := text.Len()
		fmt.Fprintf(&text, "%s relates to %s. ", from.Label, to.Label)
		d.Sentences = append(d.Sentences, graph.Sentence{Index: j, Start: start, End: text.Len() - 1,
			Text: strings.TrimSpace(text.String()[start:])})
		for _, e := range []graph.Entity{from, to} {
			if !seen[e.ID] {
				seen[e.ID] = true
				d.Entities = append(d.Entities, e)
			}
		}
		obj := graph.EntityTerm(to)
		if j == 1 {
			obj = graph.Literal(graph.Date, fmt.Sprintf("2024-01-%02d", i%28+1))
		}
		d.Statements = append(d.Statements, graph.Statement{
			Subject:   graph.EntityTerm(from),
			Predicate: graph.Predicate{Lemma: "relate to", Surface: "relates to"},
			Object:    obj,
			Negated:   (i+j)%4 == 3,
			Prov: graph.Provenance{Article: id, Sentence: j, Start: start, End: text.Len() - 2,
				Extractor: "synthetic", Version: "1", Confidence: float64((i+j)%10) / 10},
		})
	}
	return d
}
