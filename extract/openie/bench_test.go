package openie

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
)

// BenchmarkRun measures the whole run over the CaRB dev sentences:
// tagging, parsing, mention recognition and extraction.
func BenchmarkRun(b *testing.B) {
	in, err := os.ReadFile(filepath.Join(carbDir, "dev.txt"))
	if err != nil {
		b.Skipf("CaRB dev split: %v", err)
	}
	p, err := defaultParserB()
	if err != nil {
		b.Skip(err)
	}
	lx, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	o := Options{Parser: p, Extractor: dep.Extractor{OpenIE: true}, Recognizer: lx}
	lines := bytes.Count(in, []byte("\n"))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if _, err := Run(bytes.NewReader(in), o); err != nil {
			b.Fatal(err)
		}
		n += lines
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
