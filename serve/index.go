package serve

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// index is what kg's API reads: every entity and statement of the store
// with the provenance the explorer shows, held in memory. A read-only
// store never changes under the server; a writable one drops its index
// after each write and the next request builds it again.
type index struct {
	ns         graph.Namespace
	entities   []*entityEntry // most mentioned first, then by label
	byID       map[graph.IRI]*entityEntry
	statements map[graph.IRI]*stmtEntry
	literals   map[string]graph.Term   // literal values by node id
	adj        map[string][]*stmtEntry // the statements a node (by node id) is subject or object of
	articles   map[string]*article
	predicates map[string]int // statements by lemma
	types      map[graph.Type]int
}

type entityEntry struct {
	store.EntityRecord
	names []nameForm // label first, then aliases
}

type stmtEntry struct {
	store.Record
	sentStart, sentEnd int // the sentence's byte span in the article; -1 when unknown
}

// article is what the store says of one article.
type article struct {
	ID         string `json:"id"`
	Title      string `json:"title,omitempty"`
	Date       string `json:"date,omitempty"`
	URL        string `json:"url,omitempty"`
	Statements int    `json:"statements"`
}

// index returns the current index, building it when there is none.
func (s *Server) index(ctx context.Context) (*index, error) {
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	if s.idx != nil {
		return s.idx, nil
	}
	// Other requests wait for the build: it must not stop because the
	// request that started it went away.
	idx, err := buildIndex(context.WithoutCancel(ctx), s.st)
	if err != nil {
		return nil, fmt.Errorf("read the store: %w", err)
	}
	s.idx = idx
	return idx, nil
}

// Warm reads the store into the index that kg's API answers from, so that
// the first request does not wait for it.
func (s *Server) Warm(ctx context.Context) error {
	_, err := s.index(ctx)
	return err
}

// forget drops the index after a write.
func (s *Server) forget() {
	s.idxMu.Lock()
	s.idx = nil
	s.idxMu.Unlock()
}

func buildIndex(ctx context.Context, st *store.Store) (*index, error) {
	idx := &index{ns: st.Namespace(), byID: map[graph.IRI]*entityEntry{}, statements: map[graph.IRI]*stmtEntry{},
		literals: map[string]graph.Term{}, adj: map[string][]*stmtEntry{}, articles: map[string]*article{}, predicates: map[string]int{},
		types: map[graph.Type]int{}}
	err := st.Entities(ctx, store.EntityFilter{}, func(e store.EntityRecord) error {
		ent := &entityEntry{EntityRecord: e, names: nameForms(e.Label, e.Aliases)}
		idx.entities = append(idx.entities, ent)
		idx.byID[e.ID] = ent
		idx.types[e.Type]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(idx.entities, func(i, j int) bool {
		a, b := idx.entities[i], idx.entities[j]
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Label < b.Label
	})
	r := &quadReader{qs: st.QuadStore()}
	spans := map[graph.IRI][2]int{}
	err = st.Statements(ctx, store.Filter{}, func(rec store.Record) error {
		e := &stmtEntry{Record: rec, sentStart: -1, sentEnd: -1}
		sent := idx.ns.Sentence(rec.Prov.Article, rec.Prov.Sentence)
		span, ok := spans[sent]
		if !ok {
			span = r.span(ctx, quad.IRI(sent))
			spans[sent] = span
		}
		e.sentStart, e.sentEnd = span[0], span[1]
		idx.add(e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := idx.readArticles(ctx, r); err != nil {
		return nil, err
	}
	return idx, r.err
}

func (idx *index) add(e *stmtEntry) {
	idx.statements[e.ID] = e
	subj, obj := nodeID(e.Subject), nodeID(e.Object)
	idx.adj[subj] = append(idx.adj[subj], e)
	if obj != subj {
		idx.adj[obj] = append(idx.adj[obj], e)
	}
	idx.predicates[e.Predicate.Lemma]++
	if _, ok := idx.literals[obj]; !ok && !e.Object.IsEntity() {
		idx.literals[obj] = e.Object
		idx.types[e.Object.Type]++
	}
	a := idx.articles[e.Prov.Article]
	if a == nil {
		a = &article{ID: e.Prov.Article}
		idx.articles[e.Prov.Article] = a
	}
	a.Statements++
}

// readArticles reads the title, date and URL of every article.
func (idx *index) readArticles(ctx context.Context, r *quadReader) error {
	for _, q := range r.quads(ctx, quad.Object, graph.ClassArticle) {
		if q.Predicate != graph.PropType {
			continue
		}
		var a article
		for _, p := range r.quads(ctx, quad.Subject, q.Subject) {
			switch p.Predicate {
			case graph.PropIdentifier:
				a.ID = graph.Lexical(p.Object)
			case graph.PropName:
				a.Title = graph.Lexical(p.Object)
			case graph.PropDatePublished:
				a.Date = graph.Lexical(p.Object)
			case graph.PropURL:
				a.URL = graph.Lexical(p.Object)
			}
		}
		if a.ID == "" {
			continue
		}
		if have := idx.articles[a.ID]; have != nil {
			a.Statements = have.Statements
		}
		idx.articles[a.ID] = &a
	}
	return r.err
}

// statementsOf returns the statements a node is subject or object of,
// ordered by article, sentence and position.
func (idx *index) statementsOf(id string, keep func(*stmtEntry) bool) []*stmtEntry {
	var out []*stmtEntry
	for _, e := range idx.adj[id] {
		if keep(e) {
			out = append(out, e)
		}
	}
	sortStatements(out)
	return out
}

func sortStatements(sts []*stmtEntry) {
	sort.Slice(sts, func(i, j int) bool {
		a, b := sts[i].Prov, sts[j].Prov
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return sts[i].ID < sts[j].ID
	})
}

// node is what a view centres on: an entity, or a literal value.
type node struct {
	term   graph.Term
	entity *entityEntry // nil for a literal
}

func (n node) id() string { return nodeID(n.term) }

// resolve finds the node id names: an entity IRI, the last segment of an
// entity IRI under the store's base (joe-biden), or a literal's node id.
func (idx *index) resolve(id string) (node, bool) {
	if t, ok := idx.literals[id]; ok {
		return node{term: t}, true
	}
	var e *entityEntry
	switch {
	case id == "":
	case strings.Contains(id, "://"):
		e = idx.byID[graph.IRI(strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">"))]
	default:
		e = idx.byID[idx.ns.Entity(id)]
	}
	if e == nil {
		return node{}, false
	}
	return node{term: graph.EntityTerm(e.Entity), entity: e}, true
}

// quadReader looks quads up in a Cayley store, keeping the first error.
type quadReader struct {
	qs  quadStore
	err error
}

// span reads a sentence's kg:span; -1, -1 when it has none.
func (r *quadReader) span(ctx context.Context, sent quad.Value) [2]int {
	for _, q := range r.quads(ctx, quad.Subject, sent) {
		if q.Predicate != graph.PropSpan {
			continue
		}
		var start, end int
		if _, err := fmt.Sscanf(graph.Lexical(q.Object), "%d-%d", &start, &end); err == nil {
			return [2]int{start, end}
		}
	}
	return [2]int{-1, -1}
}
