package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// RemoveStats counts what Remove did.
type RemoveStats struct {
	Articles int // articles removed
	Missing  int // ids the store did not hold
	Entities int // entities removed because no other article mentions them
	Quads    int // quads removed
}

// Remove deletes the given articles with their sentences and statements,
// and the entities no remaining article mentions, in one transaction.
func (s *Store) Remove(ctx context.Context, ids []string) (RemoveStats, error) {
	defer s.guard.write()()
	release, err := s.lock.acquire(ctx, true)
	if err != nil {
		return RemoveStats{}, err
	}
	defer release()
	var st RemoveStats
	gone := map[string]bool{}
	var del []quad.Quad
	for _, id := range ids {
		old, _, err := s.articleQuads(ctx, id)
		if err != nil {
			return RemoveStats{}, fmt.Errorf("article %s: %w", id, err)
		}
		if len(old) == 0 {
			st.Missing++
			continue
		}
		st.Articles++
		gone[string(s.ns.Article(id))] = true
		del = append(del, old...)
	}
	orphans, n, err := s.orphanQuads(ctx, del, gone, nil)
	if err != nil {
		return RemoveStats{}, err
	}
	st.Entities = n
	del = append(del, orphans...)
	s.pauseBeforeDelete(del)
	deltas := make([]cgraph.Delta, 0, len(del))
	seen := map[string]bool{}
	for _, q := range del {
		if k := q.NQuad(); !seen[k] {
			seen[k] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	st.Quads = len(deltas)
	if len(deltas) == 0 {
		return st, nil
	}
	s.applying.Lock()
	defer s.applying.Unlock()
	s.known.forget()
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return RemoveStats{}, fmt.Errorf("remove %d articles: %w", st.Articles, err)
	}
	return st, nil
}

// pauseBeforeDelete runs the test hook, when set, before quads are deleted.
func (s *Store) pauseBeforeDelete(del []quad.Quad) {
	if s.beforeDelete != nil && len(del) > 0 {
		s.beforeDelete()
	}
}

// orphanQuads returns the quads of the entities orphans returns, and
// their number.
func (s *Store) orphanQuads(ctx context.Context, removed []quad.Quad, gone map[string]bool, kept map[quad.Value]bool) ([]quad.Quad, int, error) {
	orphans, err := s.orphans(ctx, removed, gone, kept)
	if err != nil {
		return nil, 0, err
	}
	var out []quad.Quad
	for _, e := range orphans {
		props, err := s.quadsWith(ctx, quad.Subject, e)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, props...)
	}
	return out, len(orphans), nil
}

// orphans returns the entities the removed quads say an article mentions
// that no article mentions any more: none of the store's articles but
// gone (those removed or replaced, by IRI), and not the entities in kept
// (those that the articles written in their place mention).
func (s *Store) orphans(ctx context.Context, removed []quad.Quad, gone map[string]bool, kept map[quad.Value]bool) ([]quad.Value, error) {
	var out []quad.Value
	checked := map[quad.Value]bool{}
	for _, q := range removed {
		if q.Predicate != graph.PropMentions || checked[q.Object] || kept[q.Object] {
			continue
		}
		checked[q.Object] = true
		still := false
		err := s.eachQuad(ctx, quad.Object, q.Object, func(m quad.Quad) error {
			if m.Predicate == graph.PropMentions && !gone[graph.Lexical(m.Subject)] {
				still = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if !still {
			out = append(out, q.Object)
		}
	}
	return out, nil
}
