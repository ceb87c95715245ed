package selection

import (
	"context"
	"errors"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// QuadSource yields a store's quads and namespace; *store.Store is one.
type QuadSource interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
	Namespace() graph.Namespace
}

var errNoQuads = errors.New("the source of the selection holds no quads")

// Namespace returns the namespace of the source.
func (s *Selection) Namespace() graph.Namespace {
	if qs, ok := s.src.(QuadSource); ok {
		return qs.Namespace()
	}
	return graph.Namespace{}
}

// Quads calls fn with the quads of the selection, in the source's order
// within four groups: for the whole store every quad; else the fact and
// provenance quads of each selected statement; the quads about what they
// refer to (entities, relations, sentences, extractors, the speakers of
// reported statements) and the store's own quad (its IRI base); and the
// quads about the articles of the cited sentences, with kg:mentions only
// of entities of the selection. It reads the quads three times.
func (s *Selection) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	src, ok := s.src.(QuadSource)
	if !ok {
		return errNoQuads
	}
	if s.Whole() {
		return src.Quads(ctx, fn)
	}
	stmts := map[quad.Value]bool{}
	nodes := map[quad.Value]bool{}
	err := s.Statements(ctx, store.Filter{}, func(r store.Record) error {
		stmts[quad.IRI(r.ID)] = true
		for _, t := range []graph.Term{r.Subject, r.Object, r.Attribution} {
			if t.IsEntity() {
				nodes[quad.IRI(t.ID)] = true
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	refs := map[quad.Value]bool{} // relations, sentences, extractors
	err = src.Quads(ctx, func(q quad.Quad) error {
		switch {
		case q.Label != nil && stmts[q.Label]:
			refs[q.Predicate] = true
		case q.Label == nil && stmts[q.Subject]:
			if _, ok := q.Object.(quad.IRI); ok && !nodes[q.Object] {
				refs[q.Object] = true
			}
		default:
			return nil
		}
		return fn(q)
	})
	if err != nil {
		return err
	}
	articles := map[quad.Value]bool{}
	err = src.Quads(ctx, func(q quad.Quad) error {
		if q.Label != nil || !(q.Subject == graph.StoreNode || nodes[q.Subject] || refs[q.Subject]) {
			return nil
		}
		if q.Predicate == graph.PropArticle && refs[q.Subject] {
			articles[q.Object] = true
		}
		return fn(q)
	})
	if err != nil {
		return err
	}
	return src.Quads(ctx, func(q quad.Quad) error {
		if q.Label != nil || !articles[q.Subject] || nodes[q.Subject] || refs[q.Subject] {
			return nil
		}
		if q.Predicate == graph.PropMentions && !nodes[q.Object] {
			return nil
		}
		return fn(q)
	})
}
