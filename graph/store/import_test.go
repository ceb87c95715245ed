package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

func memory(t *testing.T, base string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "memory", store.Options{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func nquads(t *testing.T, s *store.Store) []string {
	t.Helper()
	var lines []string
	if err := s.Quads(context.Background(), func(q quad.Quad) error {
		lines = append(lines, q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

func statements(t *testing.T, s *store.Store) []string {
	t.Helper()
	var out []string
	if err := s.Statements(context.Background(), store.Filter{}, func(r store.Record) error {
		out = append(out, string(r.ID)+" "+r.Statement.Key())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestAddQuads stores the quads of the fixture raw, twice over, and checks
// that the store then holds exactly what Write stores.
func TestAddQuads(t *testing.T) {
	ctx := context.Background()
	want := memory(t, "")
	if _, err := want.Write(ctx, storetest.Documents(want.Namespace())); err != nil {
		t.Fatal(err)
	}
	var qs []quad.Quad
	for _, d := range storetest.Documents(want.Namespace()) {
		qs = append(qs, graph.Encoder{NS: want.Namespace()}.Quads(d)...)
	}
	got := memory(t, "")
	if err := got.AddQuads(ctx, append(qs, qs...)); err != nil {
		t.Fatal(err)
	}
	if err := got.AddQuads(ctx, qs); err != nil {
		t.Fatalf("adding stored quads again: %v", err)
	}
	if g, w := nquads(t, got), nquads(t, want); !slices.Equal(g, w) {
		t.Errorf("AddQuads stored %d quads, Write %d", len(g), len(w))
	}
	if g, w := statements(t, got), statements(t, want); !slices.Equal(g, w) || len(g) == 0 {
		t.Errorf("statements differ:\n%q\n%q", g, w)
	}
}

func TestAddQuadsInvalid(t *testing.T) {
	s, p, o := quad.IRI("http://ex.org/s"), quad.IRI("http://ex.org/p"), quad.String("o")
	good := quad.Quad{Subject: s, Predicate: p, Object: o}
	tests := []struct {
		name string
		q    quad.Quad
		want string
	}{
		{"literal subject", quad.Quad{Subject: o, Predicate: p, Object: o}, "subject"},
		{"literal predicate", quad.Quad{Subject: s, Predicate: o, Object: o}, "predicate"},
		{"no object", quad.Quad{Subject: s, Predicate: p}, "object"},
		{"literal label", quad.Quad{Subject: s, Predicate: p, Object: o, Label: o}, "label"},
		{"other base", quad.Quad{Subject: graph.StoreNode, Predicate: graph.PropBase, Object: quad.String("https://other.example/")}, "base"},
	}
	for _, tc := range tests {
		st := memory(t, "")
		before := nquads(t, st)
		err := st.AddQuads(context.Background(), []quad.Quad{good, tc.q})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one about the %s", tc.name, err, tc.want)
		}
		if after := nquads(t, st); !slices.Equal(before, after) {
			t.Errorf("%s: a failed AddQuads changed the store", tc.name)
		}
	}
	st := memory(t, "")
	same := quad.Quad{Subject: graph.StoreNode, Predicate: graph.PropBase, Object: quad.String(graph.DefaultBase)}
	if err := st.AddQuads(context.Background(), []quad.Quad{same}); err != nil {
		t.Errorf("the store's own base refused: %v", err)
	}
}

func TestAddQuadsCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	q := quad.Quad{Subject: quad.IRI("http://ex.org/s"), Predicate: quad.IRI("http://ex.org/p"), Object: quad.String("o")}
	if err := memory(t, "").AddQuads(ctx, []quad.Quad{q}); err == nil {
		t.Error("AddQuads with a cancelled context succeeded")
	}
}
