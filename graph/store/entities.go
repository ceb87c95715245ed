package store

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// EntityRecord is a stored entity with the number of statements that
// mention it (as subject or object).
type EntityRecord struct {
	graph.Entity
	Mentions int
}

// EntityFilter selects entities: Name matches a part of the label or of
// an alias, both folded as Filter's names are (case, accents, periods and
// apostrophes ignored, other runs of spaces and punctuation read as one
// space), Type exactly, Source an article that mentions the entity. Named
// leaves out the concepts (graph.Concept, the unnamed noun phrases of each
// article); the zero filter selects every entity, concepts included.
type EntityFilter struct {
	Name   string
	Type   graph.Type
	Source string
	Named  bool
}

// Entities calls fn once for every entity the filter matches, ordered by
// type (in graph.EntityTypes order: concepts last) and then by IRI. An
// entity typed several ways (kg types entities article by article) has the
// type Store.entity gives it, its most specific: it is listed, and matches
// a Type filter, as that type only.
func (s *Store) Entities(ctx context.Context, f EntityFilter, fn func(EntityRecord) error) error {
	defer s.guard.read()()
	var inSource map[quad.Value]bool
	if f.Source != "" {
		inSource = map[quad.Value]bool{}
		err := s.eachQuad(ctx, quad.Subject, quad.IRI(s.ns.Article(f.Source)), func(q quad.Quad) error {
			if q.Predicate == graph.PropMentions {
				inSource[q.Object] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	// An entity is met once for each of its types, first as the one it has.
	met := map[quad.IRI]bool{}
	for _, t := range graph.EntityTypes {
		if f.Type != "" && f.Type != t || f.Named && !t.IsNamed() {
			continue
		}
		ids, err := s.subjectsOf(ctx, graph.PropType, graph.ClassOf(t))
		if err != nil {
			return err
		}
		for _, id := range ids {
			if met[id] || inSource != nil && !inSource[id] {
				continue
			}
			met[id] = true
			if err := s.visitEntity(ctx, id, t, f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// visitEntity calls fn for entity id, met as a t, unless the filter's name
// does not match it or it has a more specific type than t.
func (s *Store) visitEntity(ctx context.Context, id quad.IRI, t graph.Type, f EntityFilter, fn func(EntityRecord) error) error {
	e, err := s.entity(ctx, id)
	if err != nil {
		return err
	}
	if e.Type != t || !matchName(f.Name, append([]string{e.Label}, e.Aliases...)...) {
		return nil
	}
	n, err := s.mentions(ctx, id)
	if err != nil {
		return err
	}
	return fn(EntityRecord{Entity: e, Mentions: n})
}

// subjectsOf returns, sorted, the IRIs x with a quad (x, pred, obj).
func (s *Store) subjectsOf(ctx context.Context, pred quad.IRI, obj quad.Value) ([]quad.IRI, error) {
	var out []quad.IRI
	err := s.eachQuad(ctx, quad.Object, obj, func(q quad.Quad) error {
		if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == pred {
			out = append(out, iri)
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, err
}

// mentions counts the fact quads (those in a statement's named graph) in
// which id is the subject or the object.
func (s *Store) mentions(ctx context.Context, id quad.IRI) (int, error) {
	n := 0
	count := func(q quad.Quad) error {
		if q.Label != nil {
			n++
		}
		return nil
	}
	if err := s.eachQuad(ctx, quad.Subject, id, count); err != nil {
		return 0, err
	}
	return n, s.eachQuad(ctx, quad.Object, id, count)
}
