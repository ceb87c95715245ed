package store_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

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
}
