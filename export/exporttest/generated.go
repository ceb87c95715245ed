package exporttest

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// Generated is the graph of Synthetic(n) as a source that makes each
// article when asked and holds none: the store-free input of benchmarks
// that measure what an exporter itself holds in memory. Its quads are
// each article's own, in article order (so the nodes articles share,
// entities, the relation and the extractor, come once per article, as
// duplicates a store would drop), after the store's base quad.
type Generated struct {
	n  int
	ns graph.Namespace
}

// Generate returns the n articles of Synthetic(n) as a Generated source.
func Generate(n int) *Generated { return &Generated{n: n} }

// Namespace returns the default namespace.
func (g *Generated) Namespace() graph.Namespace { return g.ns }

// Quads calls fn with every quad of every article.
func (g *Generated) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	if err := fn(quad.Quad{Subject: graph.StoreNode, Predicate: graph.PropBase, Object: quad.String(graph.DefaultBase)}); err != nil {
		return err
	}
	enc := graph.Encoder{NS: g.ns}
	for i := 0; i < g.n; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, q := range enc.Quads(syntheticDoc(g.ns, i)) {
			if err := fn(q); err != nil {
				return err
			}
		}
	}
	return nil
}

// Statements calls fn with every statement f matches, article by article.
func (g *Generated) Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error {
	for i := 0; i < g.n; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := syntheticDoc(g.ns, i)
		for _, st := range d.Statements {
			r := store.Record{Statement: st, ID: g.ns.Statement(d.Article.ID, st.Key()),
				SentenceText: d.Sentences[st.Prov.Sentence].Text}
			if !f.Match(r) {
				continue
			}
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// Entities calls fn with every entity of the articles (none has aliases;
// Mentions is not counted).
func (g *Generated) Entities(ctx context.Context, f store.EntityFilter, fn func(store.EntityRecord) error) error {
	for k := 0; k < g.n+10; k++ {
		e := syntheticEntity(g.ns, k)
		if (f.Type != "" && f.Type != e.Type) || (f.Name != "" && f.Name != e.Label) {
			continue
		}
		if err := fn(store.EntityRecord{Entity: e}); err != nil {
			return err
		}
	}
	return nil
}
