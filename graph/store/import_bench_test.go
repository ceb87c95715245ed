package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// importEnv names an N-Quads file for BenchmarkImport, such as kg's
// export of the whole Wikinews corpus; without it the benchmark imports
// the quads of the 300 extracted Wikinews articles of BenchmarkWriteWikinews.
const importEnv = "KG_BENCH_NQUADS"

// importQuads returns the quads BenchmarkImport loads, sorted as kg's
// N-Quads export sorts them.
func importQuads(b *testing.B) []quad.Quad {
	b.Helper()
	if path := os.Getenv(importEnv); path != "" {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		qs, err := quad.ReadAll(cnquads.NewReader(f, false))
		if err != nil {
			b.Fatal(err)
		}
		return qs
	}
	if _, err := os.Stat(wikinews); err != nil {
		b.Skipf("corpus not found and %s not set: %v", importEnv, err)
	}
	docs, err := wikinewsDocs()
	if err != nil {
		b.Fatal(err)
	}
	enc := graph.Encoder{NS: graph.Namespace{Base: graph.DefaultBase}}
	var qs []quad.Quad
	for _, d := range docs {
		qs = append(qs, enc.Quads(d)...)
	}
	slices.SortFunc(qs, func(a, b quad.Quad) int {
		if a.NQuad() < b.NQuad() {
			return -1
		}
		return 1
	})
	return slices.CompactFunc(qs, func(a, b quad.Quad) bool { return a == b })
}

// BenchmarkImport loads the same quads into a fresh bolt file with kg's
// AddQuads (kg import: store.ImportBatch quads a transaction) and with
// Cayley's own bulk loader on a file opened as cayley load opens it
// (Cayley's quad writer, fed in batches of quad.DefaultBatch, committing
// every 20 batches), and reports quads written per second.
func BenchmarkImport(b *testing.B) {
	qs := importQuads(b)
	ctx := context.Background()
	b.Run("kg", func(b *testing.B) {
		benchImport(b, len(qs), func(path string) error {
			s, err := store.Open(ctx, path, store.Options{})
			if err != nil {
				return err
			}
			if err := s.AddQuads(ctx, qs); err != nil {
				s.Close()
				return err
			}
			return s.Close()
		})
	})
	b.Run("cayley", func(b *testing.B) {
		benchImport(b, len(qs), func(path string) error {
			db, err := hbolt.Open(path, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := kv.Init(db, nil); err != nil {
				return err
			}
			cs, err := kv.New(db, nil)
			if err != nil {
				return err
			}
			w, err := cs.NewQuadWriter()
			if err != nil {
				return err
			}
			if _, err := quad.CopyBatch(w, quad.NewReader(qs), quad.DefaultBatch); err != nil {
				w.Close()
				return err
			}
			return w.Close()
		})
	})
}

// benchImport times load, which creates and fills the bolt file at path,
// and reports n quads a run.
func benchImport(b *testing.B, n int, load func(path string) error) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := load(filepath.Join(b.TempDir(), "kg.db")); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}
