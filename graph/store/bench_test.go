package store_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/pattern"
	"github.com/kgraph/kg/extract/pipeline"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

const wikinews = "../../../shared/corpora/wikinews_en/wikinews_en.jsonl.gz"

// wikinewsDocs extracts the first n Wikinews articles once per process.
var wikinewsDocs = sync.OnceValues(func() ([]graph.Document, error) {
	an, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	lx, err := entity.Default()
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(pipeline.Options{Analyzer: an, Lexicon: lx,
		Extractors: []extract.Extractor{dep.Extractor{}, pattern.Extractor{}}})
	if err != nil {
		return nil, err
	}
	var docs []graph.Document
	for a, err := range input.Read(context.Background(), []string{wikinews}, input.Options{}) {
		if err != nil {
			continue
		}
		d, err := p.Process(a)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
		if len(docs) == 300 {
			break
		}
	}
	return docs, nil
})

// BenchmarkWriteWikinews writes the documents of 300 extracted Wikinews
// articles into a fresh bolt store, in batches of 64 articles as kg build
// does, and reports quads and statements written per second.
func BenchmarkWriteWikinews(b *testing.B) {
	b.Run("bolt", func(b *testing.B) { benchWrite(b, func(dir string) string { return filepath.Join(dir, "kg.db") }) })
	b.Run("leveldb", func(b *testing.B) {
		benchWrite(b, func(dir string) string { return "leveldb:" + filepath.Join(dir, "kg.leveldb") })
	})
}

func benchWrite(b *testing.B, location func(dir string) string) {
	if _, err := os.Stat(wikinews); err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	docs, err := wikinewsDocs()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	quads, statements := 0, 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := store.Open(ctx, location(b.TempDir()), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for k := 0; k < len(docs); k += 64 {
			st, err := s.Write(ctx, docs[k:min(k+64, len(docs))])
			if err != nil {
				b.Fatal(err)
			}
			quads += st.QuadsIn
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
		for _, d := range docs {
			statements += len(d.Statements)
		}
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(float64(statements)/b.Elapsed().Seconds(), "statements/s")
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime returns the CPU time (user and system) the process has used:
// on a shared machine it varies less than the elapsed time. It includes
// what runs outside the benchmark's timer.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkGizmo runs typical Gizmo queries on a bolt store of 300
// extracted Wikinews articles.
func BenchmarkGizmo(b *testing.B) {
	if _, err := os.Stat(wikinews); err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	docs, err := wikinewsDocs()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "kg.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Write(ctx, docs); err != nil {
		b.Fatal(err)
	}
	// the most frequent subject of the sample, and one of its predicates
	count := map[graph.IRI]int{}
	var pred string
	for _, d := range docs {
		for _, st := range d.Statements {
			count[st.Subject.ID]++
		}
	}
	var hub graph.IRI
	for id, n := range count {
		if n > count[hub] {
			hub = id
		}
	}
	for _, d := range docs {
		for _, st := range d.Statements {
			if st.Subject.ID == hub {
				pred = string(s.Namespace().Relation(st.Predicate.Lemma))
			}
		}
	}
	queries := map[string]string{
		"out":          `g.V("<` + string(hub) + `>").Out("<` + pred + `>").All()`,
		"all-out":      `g.V("<` + string(hub) + `>").Out().All()`,
		"provenance":   `g.V("<` + string(hub) + `>").LabelContext(g.V(), "st").Out("<` + pred + `>").All()`,
		"two-hops":     `g.V("<` + string(hub) + `>").Out().Out().Limit(100).All()`,
		"by-type-name": `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<http://schema.org/name>").Limit(50).All()`,
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := s.Query(ctx, "gizmo", q, 0, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
