package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// quadsWith returns the quads whose direction d holds v; none when v is not
// in the store.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachQuad(ctx, d, v, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

// eachQuad calls fn for every quad whose direction d holds v.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return s.scan(ctx, s.qs.QuadIterator(d, ref), fn)
}

// first returns the object of the first quad (subj, pred, *), or nil.
// It compares the predicates of subj's quads by reference and decodes the
// one object it returns: decoding every quad of an article (each of its
// values a lookup of its own) read most of the store's pages when kg build
// asked whether each of thousands of articles was stored.
func (s *Store) first(ctx context.Context, subj quad.Value, pred quad.IRI) (quad.Value, error) {
	sref, err := s.qs.ValueOf(subj)
	if err != nil || sref == nil {
		return nil, err
	}
	pref, err := s.qs.ValueOf(pred)
	if err != nil || pref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(quad.Subject, sref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		p, err := s.qs.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return nil, err
		}
		if refs.ToKey(p) != refs.ToKey(pref) {
			continue
		}
		o, err := s.qs.QuadDirection(it.Result(), quad.Object)
		if err != nil {
			return nil, err
		}
		return s.qs.NameOf(o)
	}
	return nil, it.Err()
}
