package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// TestScan reads back, in several batches and past a cleared value
// cache, quads written with more distinct values than the cache holds.
func TestScan(t *testing.T) {
	ctx := context.Background()
	n := maxScanValues/2 + 3*scanBatch // two new values a quad
	var want []string
	qs := make([]quad.Quad, n)
	for i := range qs {
		label := quad.Value(nil)
		if i%3 == 0 {
			label = quad.IRI(fmt.Sprintf("https://example.org/g/%d", i%7))
		}
		qs[i] = quad.Make(quad.IRI(fmt.Sprintf("https://example.org/s/%d", i)), quad.IRI(fmt.Sprintf("https://example.org/p/%d", i%5)),
			quad.String(fmt.Sprintf("object %d", i)), label)
		want = append(want, qs[i].NQuad())
	}
	for name, loc := range map[string]string{"memory": "memory", "bolt": filepath.Join(t.TempDir(), "kg.db")} {
		t.Run(name, func(t *testing.T) {
			s, err := Open(ctx, loc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.AddQuads(ctx, qs); err != nil {
				t.Fatal(err)
			}
			var got []string
			if err := s.Quads(ctx, func(q quad.Quad) error {
				if q.Subject != graph.StoreNode {
					got = append(got, q.NQuad())
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			slices.Sort(got)
			w := slices.Clone(want)
			slices.Sort(w)
			if !slices.Equal(got, w) {
				t.Errorf("read %d quads back, want %d; first difference at %d", len(got), len(w), firstDiff(got, w))
			}
		})
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
