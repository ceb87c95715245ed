package entity

import (
	"testing"

	"github.com/kgraph/kg/extract/nlp"
)

// BenchmarkRecognize measures recognition alone (gazetteers, literals,
// demonyms, runs of proper nouns and their types) over the UNER EWT dev
// sentences, tagged once beforehand by kg's tagger.
func BenchmarkRecognize(b *testing.B) {
	tg, err := nlp.Default()
	if err != nil {
		b.Fatal(err)
	}
	lx, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := readUNER(b, "dev")
	tagged := make([][]nlp.Word, len(sents))
	for i, s := range sents {
		tagged[i] = tg.Tag(s.Forms)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, ws := range tagged {
			lx.Recognize(ws)
		}
	}
	b.ReportMetric(float64(len(tagged)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
