package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// WriteStats counts what a Write did.
type WriteStats struct {
	Added     int // articles new to the store
	Replaced  int // articles whose text changed
	Unchanged int // articles already stored with the same content hash
	QuadsIn   int // quads sent to the store (not those known to be stored)
	QuadsOut  int // quads removed
	// Entities counts the entities removed because only the replaced
	// versions of articles mentioned them.
	Entities int
}

// Write stores docs in one transaction: either all of them are written or,
// on error, none. Each document replaces whatever the store held for its
// article; a document whose content hash is already stored is skipped.
// Replacing an article also removes, as Remove does, the entities its old
// version mentioned that no article mentions any more (its old concepts,
// say), so that removing the article later leaves nothing behind.
func (s *Store) Write(ctx context.Context, docs []graph.Document) (WriteStats, error) {
	defer s.guard.write()()
	var st WriteStats
	enc := graph.Encoder{NS: s.ns}
	added := make(map[quad.Quad]struct{})
	replaced := make(map[string]bool)      // the articles replaced, by IRI
	mentioned := make(map[quad.Value]bool) // the entities docs mention
	var add, del []quad.Quad
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			return WriteStats{}, fmt.Errorf("article %s: %w", d.Article.ID, err)
		}
		old, hash, err := s.articleQuads(ctx, d.Article.ID)
		if err != nil {
			return WriteStats{}, fmt.Errorf("article %s: %w", d.Article.ID, err)
		}
		switch {
		case hash == d.Article.Hash && len(old) > 0:
			st.Unchanged++
			continue
		case len(old) > 0:
			st.Replaced++
		default:
			st.Added++
		}
		for _, q := range enc.Quads(d) {
			if q.Predicate == graph.PropMentions {
				mentioned[q.Object] = true
			}
			if _, ok := added[q]; !ok { // the encoder's values are all comparable
				added[q] = struct{}{}
				add = append(add, q)
			}
		}
		if len(old) > 0 {
			replaced[string(s.ns.Article(d.Article.ID))] = true
		}
		del = append(del, old...)
	}
	release, err := s.lock.acquire(ctx, len(del) > 0)
	if err != nil {
		return WriteStats{}, err
	}
	defer release()
	orphans, n, err := s.orphanQuads(ctx, del, replaced, mentioned)
	if err != nil {
		return WriteStats{}, err
	}
	st.Entities = n
	del = append(del, orphans...)
	s.pauseBeforeDelete(del)
	s.applying.Lock() // the known quads stay those of the store
	defer s.applying.Unlock()
	var shared []quad.Quad // to remember once written
	if len(del) > 0 {
		s.known.forget()
	} else {
		add, shared = s.known.filter(s.ns, add)
	}
	deltas := make([]cgraph.Delta, 0, len(add)+len(del))
	deltas = appendDeletes(deltas, del, add)
	st.QuadsOut = len(deltas)
	for _, q := range add {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	st.QuadsIn = len(add)
	if len(deltas) == 0 {
		return st, nil
	}
	if err := ctx.Err(); err != nil {
		return WriteStats{}, err
	}
	if err := s.buckets.prepare(deltas); err != nil {
		return WriteStats{}, err
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return WriteStats{}, fmt.Errorf("write %d articles: %w", len(docs), err)
	}
	s.known.remember(shared)
	return st, nil
}

// appendDeletes appends a delete of each quad of del, once, except those
// also in add: a quad both removed and added stays. Quads are compared by
// their N-Quads form, since those read from the store may be of other Go
// types than the encoder's.
func appendDeletes(deltas []cgraph.Delta, del, add []quad.Quad) []cgraph.Delta {
	if len(del) == 0 {
		return deltas
	}
	skip := make(map[string]bool, len(add)+len(del))
	for _, q := range add {
		skip[q.NQuad()] = true
	}
	for _, q := range del {
		if k := q.NQuad(); !skip[k] {
			skip[k] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	return deltas
}

// articleQuads returns every quad that belongs to article id alone (the
// article, its sentences, its statements and their facts; not the shared
// entity, relation and extractor nodes) and the stored content hash.
func (s *Store) articleQuads(ctx context.Context, id string) ([]quad.Quad, string, error) {
	art := quad.IRI(s.ns.Article(id))
	own, err := s.quadsWith(ctx, quad.Subject, art)
	if err != nil || len(own) == 0 {
		return nil, "", err
	}
	var hash string
	out := own
	for _, q := range own {
		if q.Predicate == graph.PropContentHash {
			hash = graph.Lexical(q.Object)
		}
	}
	sents, err := s.quadsWith(ctx, quad.Object, art)
	if err != nil {
		return nil, "", err
	}
	stmts := map[string]bool{}
	for _, sq := range sents {
		if sq.Predicate != graph.PropArticle {
			continue
		}
		more, err := s.sentenceQuads(ctx, sq.Subject, stmts)
		if err != nil {
			return nil, "", err
		}
		out = append(out, more...)
	}
	facts, err := s.factsOf(ctx, id, stmts)
	if err != nil {
		return nil, "", err
	}
	return append(out, facts...), hash, nil
}

// factsOf returns the fact quads of the given statements of article id.
// Their subjects are among the entities the article mentions, whose
// subject index finds them; Cayley keeps no index of graph labels.
func (s *Store) factsOf(ctx context.Context, id string, stmts map[string]bool) ([]quad.Quad, error) {
	if len(stmts) == 0 {
		return nil, nil
	}
	subjects, err := s.mentioned(ctx, id)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, e := range subjects {
		err := s.eachQuad(ctx, quad.Subject, e, func(q quad.Quad) error {
			if q.Label != nil && stmts[graph.Lexical(q.Label)] {
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sentenceQuads returns a sentence's quads and the provenance quads of
// the statements derived from it, adding the statements' IRIs to stmts.
func (s *Store) sentenceQuads(ctx context.Context, sent quad.Value, stmts map[string]bool) ([]quad.Quad, error) {
	out, err := s.quadsWith(ctx, quad.Subject, sent)
	if err != nil {
		return nil, err
	}
	derived, err := s.quadsWith(ctx, quad.Object, sent)
	if err != nil {
		return nil, err
	}
	for _, dq := range derived {
		if dq.Predicate != graph.PropDerivedFrom {
			continue
		}
		stmts[graph.Lexical(dq.Subject)] = true
		props, err := s.quadsWith(ctx, quad.Subject, dq.Subject)
		if err != nil {
			return nil, err
		}
		out = append(out, props...)
	}
	return out, nil
}

// HasArticle reports whether the store holds article id with content hash
// hash, so that a build can skip extracting it again.
func (s *Store) HasArticle(ctx context.Context, id, hash string) (bool, error) {
	defer s.guard.read()()
	v, err := s.first(ctx, quad.IRI(s.ns.Article(id)), graph.PropContentHash)
	if err != nil || v == nil {
		return false, err
	}
	return graph.Lexical(v) == hash, nil
}
