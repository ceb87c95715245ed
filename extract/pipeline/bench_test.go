package pipeline

import (
	"context"
	"os"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/nlp"
)

const wikinews = "../../../shared/corpora/wikinews_en/wikinews_en.jsonl.gz"

// BenchmarkProcessWikinews measures whole extraction (front end, tagging,
// parsing, entities, the default extractors, resolution) over the first
// 300 Wikinews articles, reporting sentences per second.
func BenchmarkProcessWikinews(b *testing.B) {
	if _, err := os.Stat(wikinews); err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	var arts []input.Article
	for a, err := range input.Read(context.Background(), []string{wikinews}, input.Options{}) {
		if err == nil {
			arts = append(arts, a)
		}
		if len(arts) == 300 {
			break
		}
	}
	an, err := nlp.Default()
	if err != nil {
		b.Fatal(err)
	}
	lx, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Options{Analyzer: an, Lexicon: lx, Extractors: []extract.Extractor{dep.Extractor{}}}) // kg's default
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	sentences := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			d, err := p.Process(a)
			if err != nil {
				b.Fatal(err)
			}
			sentences += d.Article.Sentences
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
