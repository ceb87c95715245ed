package export_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/kgraph/kg/export"
	"github.com/kgraph/kg/export/exporttest"
)

// TestGenerated checks that the benchmarks' store-free source is the graph
// of the store it stands for: the same exports, byte for byte.
func TestGenerated(t *testing.T) {
	s := exporttest.Store(t, exporttest.Synthetic(60))
	g := exporttest.Generate(60)
	for _, f := range []export.Format{export.NQuads, export.JSONLD, export.GraphML, export.Cytoscape} {
		var want, got bytes.Buffer
		if _, err := export.Write(context.Background(), &want, s, f, export.Options{}); err != nil {
			t.Fatal(err)
		}
		if _, err := export.Write(context.Background(), &got, g, f, export.Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: the generated graph exports differently from the stored one", f)
		}
	}
}

// peakLive samples the live heap (as of each garbage collection) until
// stop is called, and returns the highest sample.
func peakLive() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// BenchmarkStream exports Synthetic graphs of growing size, generated on
// the fly (no store), in every streaming format, and reports the peak live
// heap above what was live before: what the exporter holds. Sizes are in
// statements; the RDF formats write about 17 quads a statement, so they
// stop at 100,000 statements (1.7 million quads).
func BenchmarkStream(b *testing.B) {
	formats := []export.Format{export.GraphML, export.GEXF, export.Cytoscape, export.Neo4j,
		export.NQuads, export.NTriples, export.JSONLD}
	for _, statements := range []int{1_000, 10_000, 100_000, 1_000_000} {
		for _, f := range formats {
			if statements > 100_000 && (f == export.NQuads || f == export.NTriples || f == export.JSONLD) {
				continue
			}
			b.Run(fmt.Sprintf("%s/%d", f, statements), func(b *testing.B) {
				src := exporttest.Generate(statements / 2)
				opt := export.Options{TempDir: b.TempDir()}
				runtime.GC()
				base := metricsLive()
				stop := peakLive()
				b.ReportAllocs()
				for b.Loop() {
					var err error
					if f.IsDir() {
						_, err = export.WriteDir(context.Background(), b.TempDir(), src, f, opt)
					} else {
						_, err = export.Write(context.Background(), io.Discard, src, f, opt)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
				peak := stop()
				b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "peak-MiB")
				b.ReportMetric(float64(statements)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
			})
		}
	}
}

func metricsLive() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// BenchmarkStreamStore exports from a memory store instead: the peak live
// heap then adds what the store's readers hold while they decode
// statements (their caches of sentences, entities and relations). The
// store's own hundreds of megabytes would put off garbage collections, and
// with them the samples of the live heap, past the export: the benchmark
// collects at every 10% of growth (GOGC=10), which slows it down.
func BenchmarkStreamStore(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	for _, statements := range []int{1_000, 10_000, 40_000} {
		s := exporttest.Store(b, exporttest.Synthetic(statements/2))
		for _, f := range []export.Format{export.GraphML, export.NQuads} {
			b.Run(fmt.Sprintf("%s/%d", f, statements), func(b *testing.B) {
				opt := export.Options{TempDir: b.TempDir()}
				runtime.GC()
				base := metricsLive()
				stop := peakLive()
				b.ReportAllocs()
				for b.Loop() {
					if _, err := export.Write(context.Background(), io.Discard, s, f, opt); err != nil {
						b.Fatal(err)
					}
				}
				peak := stop()
				b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "peak-MiB")
				b.ReportMetric(float64(statements)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
			})
		}
	}
}
