package dot

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// neighbourhood is the part of a store within reach of one entity, as the
// explorer draws it: the n nodes nearest root, breadth first (ties broken
// by node key), and the statements between them.
type neighbourhood struct {
	statements []store.Record
	entities   []store.EntityRecord
}

func nodeKey(t graph.Term) string {
	if t.IsEntity() {
		return string(t.ID)
	}
	return string(t.Type) + "\x00" + t.Text
}

func newNeighbourhood(tb testing.TB, s *store.Store, root graph.IRI, n int) neighbourhood {
	tb.Helper()
	ctx := context.Background()
	var all []store.Record
	adj := map[string][]string{}
	if err := s.Statements(ctx, store.Filter{}, func(r store.Record) error {
		all = append(all, r)
		from, to := nodeKey(r.Subject), nodeKey(r.Object)
		adj[from] = append(adj[from], to)
		adj[to] = append(adj[to], from)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	in := map[string]bool{string(root): true}
	for frontier := []string{string(root)}; len(frontier) > 0 && len(in) < n; {
		var next []string
		for _, k := range frontier {
			next = append(next, adj[k]...)
		}
		slices.Sort(next)
		frontier = frontier[:0]
		for _, k := range slices.Compact(next) {
			if !in[k] && len(in) < n {
				in[k] = true
				frontier = append(frontier, k)
			}
		}
	}
	var nb neighbourhood
	for _, r := range all {
		if in[nodeKey(r.Subject)] && in[nodeKey(r.Object)] {
			nb.statements = append(nb.statements, r)
		}
	}
	if err := s.Entities(ctx, store.EntityFilter{}, func(e store.EntityRecord) error {
		if in[string(e.ID)] {
			nb.entities = append(nb.entities, e)
		}
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return nb
}

func (nb neighbourhood) Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error {
	for _, r := range nb.statements {
		if f.Match(r) {
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

func (nb neighbourhood) Entities(ctx context.Context, _ store.EntityFilter, fn func(store.EntityRecord) error) error {
	for _, e := range nb.entities {
		if err := fn(e); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// BenchmarkNeighbourhood draws the 200 nodes nearest a hub of
// Synthetic(800) (Entity 2: its 100 subjects, the 7 dates they name, and
// 92 other subjects of those dates), unbounded as the explorer does, in
// the explorer's layout (Auto around the root: twopi) and in neato.
func BenchmarkNeighbourhood(b *testing.B) {
	const nodes = 200
	r := renderer(b)
	s := exporttest.Store(b, exporttest.Synthetic(800))
	root := s.Namespace().Entity("Entity 2")
	nb := newNeighbourhood(b, s, root, nodes)
	for _, bc := range []struct {
		name string
		f    Format
		opt  Options
	}{
		{"dot", DOT, Options{Root: root}},
		{"svg/auto", SVG, Options{Root: root}},
		{"png/auto", PNG, Options{Root: root}},
		{"svg/neato", SVG, Options{Layout: Neato}},
		{"png/neato", PNG, Options{Layout: Neato}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			bc.opt.MaxNodes = -1
			var rep Report
			size := 0
			b.ReportAllocs()
			for b.Loop() {
				var buf bytes.Buffer
				var err error
				if rep, err = r.Write(context.Background(), &buf, nb, bc.f, bc.opt); err != nil {
					b.Fatal(err)
				}
				size = buf.Len()
			}
			if rep.Nodes != nodes {
				b.Fatalf("drew %d nodes, want %d", rep.Nodes, nodes)
			}
			b.ReportMetric(float64(rep.Edges), "edges")
			b.ReportMetric(float64(size), "out-bytes")
		})
	}
}
