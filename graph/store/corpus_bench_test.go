package store_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// corpusEnv names the store the whole-corpus benchmarks read: a store
// location as kg's --db takes it, holding the whole Wikinews corpus, made
// once with (docs/benchmarks.md)
//
//	kg --db wn.db build ../shared/corpora/wikinews_en
//	kg --db wn.db export --format nquads -o wn.nq
//	kg --db leveldb:wn.ldb import wn.nq
const corpusEnv = "KG_BENCH_STORE"

// The entity and article the corpus queries start from: the corpus's most
// frequent subject and one of its articles.
const (
	corpusName    = "George W. Bush"
	corpusEntity  = "https://example.org/kg/id/entity/george-w-bush"
	corpusArticle = "https://example.org/kg/id/article/enwikinews-1176"
)

const gizmoPrelude = `g.addNamespace("kg", "https://example.org/kg/ns#")
g.addNamespace("prov", "http://www.w3.org/ns/prov#")
g.addNamespace("schema", "http://schema.org/")
g.addNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
`

// corpusQueries are typical Gizmo queries (docs/queries.md) on the whole
// corpus, each expected to give at least one result.
var corpusQueries = []struct{ name, query string }{
	// entity by name
	{"name", `g.V("` + corpusName + `").In(g.IRI("schema:name")).All()`},
	// entity by name, then its facts with the statement behind each
	{"name-facts", `g.V("` + corpusName + `").In(g.IRI("schema:name")).Tag("subject").LabelContext(g.V(), "statement").Out(null, "predicate").Tag("object").All()`},
	// one relation out of an entity
	{"out", `g.V("<` + corpusEntity + `>").Out("<https://example.org/kg/id/rel/say>").All()`},
	// the distinct neighbours of an entity, any edge either way
	{"neighbours", `g.V("<` + corpusEntity + `>").Both().Unique().All()`},
	// two hops out through facts, first 100
	{"two-hops", `g.V("<` + corpusEntity + `>").LabelContext(g.V()).Out().Out().Limit(100).All()`},
	// the statements of one article, then the provenance of each, row by
	// row (docs/queries.md, section 2)
	{"article-provenance", `var a = g.IRI("` + corpusArticle + `"), rows = []
g.V(a).In(g.IRI("kg:article")).Tag("sentence").In(g.IRI("prov:wasDerivedFrom")).Tag("statement").ForEach(function (r) { rows.push(r) })
rows.forEach(function (r) {
  var st = g.V(r.statement)
  g.Emit({statement: r.statement, text: g.V(r.sentence).Out(g.IRI("schema:text")).ToValue(),
    confidence: st.Out(g.IRI("kg:confidence")).ToValue(), surface: st.Out(g.IRI("kg:surface")).ToValue(),
    extractor: st.Out(g.IRI("prov:wasAttributedTo")).ToValue()})
})`},
	// the same in one path with Tag and Back: Cayley plans it badly
	{"article-provenance-path", `g.V("<` + corpusArticle + `>").In(g.IRI("kg:article")).Tag("sentence").Out(g.IRI("schema:text")).Tag("text").Back("sentence").In(g.IRI("prov:wasDerivedFrom")).Tag("statement").Out(g.IRI("kg:confidence")).Tag("confidence").Back("statement").Out(g.IRI("kg:surface")).Tag("surface").Back("statement").Out(g.IRI("prov:wasAttributedTo")).Tag("extractor").All()`},
	// the facts of one article, from the entities it mentions
	{"article-facts", `var a = g.IRI("` + corpusArticle + `")
g.V(a).Out(g.IRI("kg:mentions")).Tag("subject").LabelContext(g.V(a).In(g.IRI("kg:article")).In(g.IRI("prov:wasDerivedFrom")), "statement").Out(null, "predicate").Tag("object").All()`},
	// two entities joined through the articles that mention both
	{"co-mention", `g.V("<` + corpusEntity + `>").In(g.IRI("kg:mentions")).Tag("article").Out(g.IRI("kg:mentions")).Is(g.IRI("https://example.org/kg/id/entity/iraq")).All()`},
	// count entities of a type
	{"count-type", `g.Emit(g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).Count())`},
	// count the facts of one predicate: no index starts with the predicate
	{"count-predicate", `g.Emit(g.V().Out("<https://example.org/kg/id/rel/hold-title>").Count())`},
}

// corpusLocation returns the store location corpusEnv names, or skips.
func corpusLocation(b *testing.B) string {
	b.Helper()
	loc := os.Getenv(corpusEnv)
	if loc == "" {
		b.Skipf("%s not set: it names a store of the whole Wikinews corpus (see docs/benchmarks.md)", corpusEnv)
	}
	return loc
}

// openCorpus opens the store corpusEnv names, read-only, or skips.
func openCorpus(b *testing.B) *store.Store {
	b.Helper()
	s, err := store.Open(context.Background(), corpusLocation(b), store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkGizmoCorpus runs typical Gizmo queries on a store of the whole
// Wikinews corpus (about 2.2 million quads) and reports the median
// latency beside the mean (ns/op).
func BenchmarkGizmoCorpus(b *testing.B) {
	s := openCorpus(b)
	ctx := context.Background()
	for _, q := range corpusQueries {
		b.Run(q.name, func(b *testing.B) {
			var buf bytes.Buffer
			if err := s.Query(ctx, "gizmo", gizmoPrelude+q.query, 0, &buf); err != nil {
				b.Fatal(err)
			}
			var results []any
			if err := json.Unmarshal(buf.Bytes(), &results); err != nil {
				b.Fatal(err)
			}
			if len(results) == 0 {
				b.Fatalf("no results: is %s a store of the Wikinews corpus?", os.Getenv(corpusEnv))
			}
			b.ReportAllocs()
			b.ResetTimer()
			var times []time.Duration
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if err := s.Query(ctx, "gizmo", gizmoPrelude+q.query, 0, io.Discard); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
			}
			reportMedian(b, times)
			b.ReportMetric(float64(len(results)), "results")
		})
	}
}

// reportMedian reports the median of times in milliseconds.
func reportMedian(b *testing.B, times []time.Duration) {
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2])/float64(time.Millisecond), "p50-ms")
}

// BenchmarkScanCorpus reads the whole corpus's store as kg export
// (every quad) and kg statements (every statement, and the statements of
// one subject) do, and times opening the store.
func BenchmarkScanCorpus(b *testing.B) {
	s := openCorpus(b)
	ctx := context.Background()
	b.Run("quads", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for i := 0; i < b.N; i++ {
			if err := s.Quads(ctx, func(quad.Quad) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "quads/s")
	})
	for _, bc := range []struct {
		name string
		f    store.Filter
	}{
		{"statements", store.Filter{}},
		{"statements-subject", store.Filter{Subject: corpusEntity}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for i := 0; i < b.N; i++ {
				if err := s.Statements(ctx, bc.f, func(store.Record) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			if n == 0 {
				b.Fatal("no statements")
			}
			b.ReportMetric(float64(n)/float64(b.N), "statements/op")
		})
	}
}

// BenchmarkOpenCorpus opens and closes the whole corpus's store, as
// every kg command does.
func BenchmarkOpenCorpus(b *testing.B) {
	loc := corpusLocation(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := store.Open(ctx, loc, store.Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkHasArticleCorpus asks, for every article of the whole corpus's
// store, whether it is stored with its content hash, as a rebuild of the
// unchanged corpus does before extracting anything; ns/op is per article.
func BenchmarkHasArticleCorpus(b *testing.B) {
	s := openCorpus(b)
	ctx := context.Background()
	ids, hashes := map[quad.Value]string{}, map[quad.Value]string{}
	if err := s.Quads(ctx, func(q quad.Quad) error {
		switch q.Predicate {
		case graph.PropIdentifier:
			ids[q.Subject] = graph.Lexical(q.Object)
		case graph.PropContentHash:
			hashes[q.Subject] = graph.Lexical(q.Object)
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	type article struct{ id, hash string }
	var arts []article
	for subj, h := range hashes {
		arts = append(arts, article{ids[subj], h})
	}
	if len(arts) == 0 {
		b.Fatal("no articles")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		ok, err := s.HasArticle(ctx, a.id, a.hash)
		if err != nil || !ok {
			b.Fatalf("HasArticle(%q) = %v, %v", a.id, ok, err)
		}
	}
}
