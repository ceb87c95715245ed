package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
)

// valueBucketCount counts the root buckets of a bolt store named like
// Cayley's value buckets.
func valueBucketCount(t *testing.T, s *Store) int {
	t.Helper()
	n := 0
	err := s.buckets.db.View(func(tx *boltdb.Tx) error {
		return tx.ForEach(func(name []byte, _ *boltdb.Bucket) error {
			if len(name) == 3 && (name[0] == 'v' || name[0] == 'n') {
				n++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func synthQuads(n int) []quad.Quad {
	qs := make([]quad.Quad, n)
	for i := range qs {
		qs[i] = quad.MakeIRI(fmt.Sprintf("https://example.org/s/%d", i), "https://example.org/p", fmt.Sprintf("https://example.org/o/%d", i%1000), "")
	}
	return qs
}

// TestValueBuckets checks that a large write into a bolt store (by
// quads or by values) creates every value bucket first and stores every
// quad, and that small writes leave bucket creation to Cayley.
func TestValueBuckets(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		quads   int
		buckets int // -1: fewer than all
	}{
		{100, -1},
		{bulkValues / 2, -1},  // as many values and more
		{bulkValues, 2 << 16}, // a value a quad and more
		{bulkWrite, 2 << 16},
	} {
		path := filepath.Join(t.TempDir(), "kg.db")
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AddQuads(ctx, synthQuads(tc.quads)); err != nil {
			t.Fatal(err)
		}
		got := valueBucketCount(t, s)
		if tc.buckets == -1 && got >= 2<<16 || tc.buckets > 0 && got != tc.buckets {
			t.Errorf("%d quads: %d value buckets", tc.quads, got)
		}
		n := 0
		if err := s.Quads(ctx, func(quad.Quad) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		if want := tc.quads + 1; n != want { // and the base quad
			t.Errorf("%d quads: read %d back, want %d", tc.quads, n, want)
		}
		s.Close()
	}
}
