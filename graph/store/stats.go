package store

import (
	"context"
	"fmt"

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
// quads in a statement's named graph) by predicate, entities by class,
// articles and their sentence counts, negation flags.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	defer s.guard.read()()
	st := Stats{Entities: map[graph.Type]int{}, Predicates: map[string]int{}}
	byRel := map[quad.Value]int{}
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
			if t, ok := graph.TypeOfClass(q.Object); ok {
				st.Entities[t]++
			}
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
