package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// Stats summarises a store.
type Stats struct {
	Articles    int
	Sentences   int // sentences of main text in all articles
	Statements  int
	Quads       int64
	Entities    map[graph.Type]int
	Predicates  map[string]int // statements by predicate lemma
	NegatedRate float64
}

// Stats counts what the store holds in one pass over its quads: facts (the
// quads in a statement's named graph) by predicate, entities by type,
// articles and their sentence counts, negation flags. An entity typed
// several ways (kg types entities article by article) counts once, as its
// most specific type, the one Entities lists it as.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	defer s.guard.read()()
	st := Stats{Entities: map[graph.Type]int{}, Predicates: map[string]int{}}
	byRel := map[quad.Value]int{}
	rank := map[quad.Value]int{} // each entity's most specific type, as an index into graph.EntityTypes
	negated := 0
	err := s.scan(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) error {
		st.Quads++
		switch {
		case q.Label != nil:
			st.Statements++
			byRel[q.Predicate]++
		case q.Predicate == graph.PropType && q.Object == graph.ClassArticle:
			st.Articles++
		case q.Predicate == graph.PropType:
			rankType(rank, q)
		case q.Predicate == graph.PropSentenceCount:
			var n int
			if _, err := fmt.Sscan(graph.Lexical(q.Object), &n); err != nil {
				return fmt.Errorf("article %s: bad sentence count", q.Subject)
			}
			st.Sentences += n
		case q.Predicate == graph.PropNegated && graph.Lexical(q.Object) == "true":
			negated++
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	for _, i := range rank {
		st.Entities[graph.EntityTypes[i]]++
	}
	r := newReader(s)
	for rel, n := range byRel {
		l, err := r.lemma(ctx, rel)
		if err != nil {
			return st, err
		}
		st.Predicates[l] += n
	}
	if st.Statements > 0 {
		st.NegatedRate = float64(negated) / float64(st.Statements)
	}
	return st, nil
}

// rankType records in rank the entity type a type quad gives its subject,
// an IRI, when it is more specific (earlier in graph.EntityTypes) than
// those recorded before.
func rankType(rank map[quad.Value]int, q quad.Quad) {
	if _, ok := q.Subject.(quad.IRI); !ok {
		return
	}
	t, _ := graph.TypeOfClass(q.Object)
	i := slices.Index(graph.EntityTypes, t)
	if r, seen := rank[q.Subject]; i >= 0 && (!seen || i < r) {
		rank[q.Subject] = i
	}
}
