package store_test

import (
	"context"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// TestCheckFindsDamage removes quads one kind at a time and expects Check
// to name what is missing.
func TestCheckFindsDamage(t *testing.T) {
	tests := []struct {
		name string
		pick func(q quad.Quad) bool
		want string
	}{
		{"provenance", func(q quad.Quad) bool {
			return q.Predicate == graph.PropSpan && strings.Contains(string(q.Subject.(quad.IRI)), "/st/")
		}, "lacks provenance"},
		{"fact", func(q quad.Quad) bool { return q.Label != nil }, "has provenance but no fact"},
		{"sentence", func(q quad.Quad) bool { return q.Predicate == graph.PropArticle }, "missing sentence"},
		{"entity name", func(q quad.Quad) bool {
			return q.Predicate == graph.PropName && strings.Contains(graph.Lexical(q.Subject), "/entity/")
		}, "no name or type"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s, err := store.Open(ctx, "memory", store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Write(ctx, storetest.Documents(s.Namespace())); err != nil {
				t.Fatal(err)
			}
			var victim *quad.Quad
			s.Quads(ctx, func(q quad.Quad) error {
				if victim == nil && tc.pick(q) {
					victim = &q
				}
				return nil
			})
			if victim == nil {
				t.Fatal("no quad to remove")
			}
			if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: *victim, Action: cgraph.Delete}}, cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			rep, err := s.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(rep.Problems, "\n"), tc.want) {
				t.Errorf("after removing %v, problems = %q, want one saying %q", victim, rep.Problems, tc.want)
			}
		})
	}
}
