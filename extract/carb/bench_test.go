package carb

import (
	"bytes"
	"testing"
)

// BenchmarkScoreDev scores the dev gold fed back as a system (one
// confidence, one threshold).
func BenchmarkScoreDev(b *testing.B) {
	gold, sys := devAsSystem(b)
	b.ReportAllocs()
	for b.Loop() {
		Score(gold, sys)
	}
}

// BenchmarkScoreDevRanked scores the dev gold as a system whose every
// extraction has its own confidence, so that the curve has 2,548 points.
func BenchmarkScoreDevRanked(b *testing.B) {
	gold, sys := devAsSystem(b)
	for i := range sys {
		sys[i].Confidence = float64(len(sys)-i) / float64(len(sys))
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(gold, sys)
	}
}

// BenchmarkReadSystemDev reads the dev gold in tabbed form.
func BenchmarkReadSystemDev(b *testing.B) {
	_, sys := devAsSystem(b)
	var buf bytes.Buffer
	if err := WriteSystem(&buf, sys); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadSystem(bytes.NewReader(data), "dev"); err != nil {
			b.Fatal(err)
		}
	}
}
