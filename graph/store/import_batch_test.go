package store_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// fixtureQuads returns the quads Write stores for the storetest documents,
// with some repeated.
func fixtureQuads(ns graph.Namespace) []quad.Quad {
	var qs []quad.Quad
	for _, d := range storetest.Documents(ns) {
		qs = append(qs, graph.Encoder{NS: ns}.Quads(d)...)
	}
	return append(qs, qs[:10]...)
}

// union returns the sorted lines of a and b, each once.
func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// nquadLines returns the sorted N-Quads lines of qs, each once.
func nquadLines(qs []quad.Quad) []string {
	var lines []string
	for _, q := range qs {
		lines = append(lines, q.NQuad())
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// TestAddQuadsBatches imports the same quads in transactions of several
// sizes and gets the same store each time.
func TestAddQuadsBatches(t *testing.T) {
	ctx := context.Background()
	want := memory(t, "")
	if _, err := want.Write(ctx, storetest.Documents(want.Namespace())); err != nil {
		t.Fatal(err)
	}
	qs := fixtureQuads(want.Namespace())
	for _, batch := range []int{1, 7, len(qs) - 1, len(qs), store.ImportBatch} {
		s := memory(t, "")
		if err := store.AddQuadsIn(s, ctx, qs, batch); err != nil {
			t.Fatalf("batch %d: %v", batch, err)
		}
		if got, w := nquads(t, s), nquads(t, want); !slices.Equal(got, w) {
			t.Errorf("batch %d: %d quads stored, Write stores %d", batch, len(got), len(w))
		}
	}
}

// cancelAfter is a context whose Err is context.Canceled from its n+1st
// call on: addBatch asks once a batch.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n == 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestAddQuadsFailure stops an import after two of its batches: the store
// keeps what it held and the two batches, the error says so, and adding
// the same quads again completes the import. A bad quad anywhere stores
// nothing.
func TestAddQuadsFailure(t *testing.T) {
	ctx := context.Background()
	s := memory(t, "")
	old := quad.Quad{Subject: quad.IRI("http://ex.org/old"), Predicate: quad.IRI("http://ex.org/p"), Object: quad.String("kept")}
	if err := s.AddQuads(ctx, []quad.Quad{old}); err != nil {
		t.Fatal(err)
	}
	held := nquads(t, s) // old and the store's base
	qs := fixtureQuads(s.Namespace())
	const batch = 10

	bad := append(slices.Clone(qs), quad.Quad{Subject: quad.String("literal"), Predicate: quad.IRI("http://ex.org/p"), Object: quad.String("o")})
	if err := store.AddQuadsIn(s, ctx, bad, batch); err == nil {
		t.Error("a bad last quad was accepted")
	}
	if got, want := nquads(t, s), held; !slices.Equal(got, want) {
		t.Errorf("after a bad quad the store holds %d quads, want only the %d it held", len(got), len(want))
	}

	err := store.AddQuadsIn(s, &cancelAfter{Context: ctx, n: 2}, qs, batch)
	var ie *store.ImportError
	if !errors.As(err, &ie) || ie.Stored != 2*batch || ie.Total != len(qs) || !errors.Is(err, context.Canceled) {
		t.Fatalf("import cancelled after two batches: error %v, want an *ImportError of %d of %d quads stored", err, 2*batch, len(qs))
	}
	if got, want := nquads(t, s), union(held, nquadLines(qs[:2*batch])); !slices.Equal(got, want) {
		t.Errorf("after a failed import the store holds %d quads, want %d: what it held and the first two batches", len(got), len(want))
	}

	if err := store.AddQuadsIn(s, ctx, qs, batch); err != nil {
		t.Fatal(err)
	}
	if got, want := nquads(t, s), union(held, nquadLines(qs)); !slices.Equal(got, want) {
		t.Errorf("importing again stored %d quads in all, want %d", len(got), len(want))
	}
}
