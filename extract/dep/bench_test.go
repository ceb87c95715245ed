package dep

import (
	"testing"

	"github.com/kgraph/kg/extract"
)

// BenchmarkExtract measures extraction alone (the parse is given) over
// the gold-parsed EWT sample and the construction tests.
func BenchmarkExtract(b *testing.B) {
	ss := goldParses(b, "ewt-dev-80.conllu")
	for _, tc := range constructionTests {
		ss = append(ss, parsed(b, tc.parse))
	}
	for _, x := range []struct {
		name string
		x    Extractor
	}{{"graph", Extractor{}}, {"openie", Extractor{OpenIE: true}}} {
		b.Run(x.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, s := range ss {
					sink = x.x.Extract(s)
				}
				n += len(ss)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

var sink []extract.Fact
