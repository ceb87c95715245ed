package store

import (
	"context"
	"fmt"

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

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[graph.Type]int{}, Predicates: map[string]int{}}
	arts, err := s.subjectsOf(ctx, graph.PropType, graph.ClassArticle)
	if err != nil {
		return st, err
	}
	st.Articles = len(arts)
	for _, a := range arts {
		v, err := s.first(ctx, a, graph.PropSentenceCount)
		if err != nil {
			return st, err
		}
		var n int
		if v != nil {
			if _, err := fmt.Sscan(graph.Lexical(v), &n); err != nil {
				return st, fmt.Errorf("article %s: bad sentence count", a)
			}
		}
		st.Sentences += n
	}
	for _, t := range graph.EntityTypes {
		ids, err := s.subjectsOf(ctx, graph.PropType, graph.ClassOf(t))
		if err != nil {
			return st, err
		}
		if len(ids) > 0 {
			st.Entities[t] = len(ids)
		}
	}
	negated := 0
	err = s.Statements(ctx, Filter{}, func(r Record) error {
		st.Statements++
		st.Predicates[r.Predicate.Lemma]++
		if r.Negated {
			negated++
		}
		return nil
	})
	if st.Statements > 0 {
		st.NegatedRate = float64(negated) / float64(st.Statements)
	}
	gs, gerr := s.qs.Stats(ctx, true)
	if gerr == nil {
		st.Quads = gs.Quads.Value
	}
	return st, err
}
