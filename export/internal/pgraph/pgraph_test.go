package pgraph

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph/store"
)

func read(t *testing.T, s *store.Store, buffer int) ([]Node, []Edge) {
	t.Helper()
	g, err := Read(context.Background(), s, Options{TempDir: t.TempDir(), BufferSize: buffer})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	var nodes []Node
	var edges []Edge
	if err := g.EachNode(func(n Node) error { nodes = append(nodes, n); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := g.EachEdge(func(e Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if n, e := g.Counts(); n != len(nodes) || e != len(edges) {
		t.Errorf("Counts() = %d, %d; yielded %d, %d", n, e, len(nodes), len(edges))
	}
	return nodes, edges
}

func TestRead(t *testing.T) {
	s := exporttest.Fixture(t)
	var records []store.Record
	s.Statements(context.Background(), store.Filter{}, func(r store.Record) error { records = append(records, r); return nil })
	for _, buffer := range []int{1, 0} { // a run per record; all in memory
		nodes, edges := read(t, s, buffer)
		if len(nodes) != 11 || len(edges) != 6 {
			t.Fatalf("buffer %d: %d nodes and %d edges, want 11 and 6", buffer, len(nodes), len(edges))
		}
		if !slices.IsSortedFunc(nodes, func(a, b Node) int { return strings.Compare(a.ID, b.ID) }) {
			t.Error("nodes are not sorted by ID")
		}
		key := func(e Edge) string { return e.Source + "\x00" + e.Target + "\x00" + e.ID }
		if !slices.IsSortedFunc(edges, func(a, b Edge) int { return strings.Compare(key(a), key(b)) }) {
			t.Error("edges are not sorted by source, target and ID")
		}
		for _, n := range nodes {
			if n.Label == "United States" && !slices.Equal(n.Aliases, []string{"U.S.", "US"}) {
				t.Errorf("aliases of United States: %q", n.Aliases)
			}
			if n.IsLiteral() != strings.HasPrefix(n.ID, "literal:") {
				t.Errorf("node %s: literal %v", n.ID, n.IsLiteral())
			}
		}
		for _, r := range records {
			i := slices.IndexFunc(edges, func(e Edge) bool { return e.ID == string(r.ID) })
			if i < 0 {
				t.Fatalf("no edge for %s", r.ID)
			}
			if want := edgeOf(r); edges[i] != want {
				t.Errorf("edge %+v, want %+v", edges[i], want)
			}
		}
	}
}

// TestKeyOrder checks that appendKey keeps the order of strings, zero
// bytes included, whatever bytes follow the key.
func TestKeyOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	gen := func() string {
		b := make([]byte, r.IntN(5))
		for i := range b {
			b[i] = []byte{0, 1, 'a', 0xff}[r.IntN(4)]
		}
		return string(b)
	}
	for range 5000 {
		a, b := gen(), gen()
		ka := appendFields(appendKey(nil, a), gen())
		kb := appendFields(appendKey(nil, b), gen())
		if a != b && (strings.Compare(a, b) < 0) != (bytes.Compare(ka, kb) < 0) {
			t.Fatalf("%q < %q but their records compare the other way", a, b)
		}
		if f, err := fields(appendFields(appendKey(nil, a), a, b), 1); err != nil || !slices.Equal(f, []string{a, b}) {
			t.Fatalf("fields of %q, %q: %q, %v", a, b, f, err)
		}
	}
	if _, err := fields([]byte("no key end"), 1); err == nil {
		t.Error("a record without its key end was accepted")
	}
}
