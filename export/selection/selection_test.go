package selection_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/selection"
	"github.com/kgraph/kg/graph/store"
)

// selected returns "subject predicate object" of every statement sel holds, sorted.
func selected(t *testing.T, sel *selection.Selection) []string {
	t.Helper()
	var out []string
	err := sel.Statements(context.Background(), store.Filter{}, func(r store.Record) error {
		out = append(out, r.Subject.Text+" "+r.Predicate.Lemma+" "+r.Object.Text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func mustSelect(t *testing.T, src selection.Source, opt selection.Options) *selection.Selection {
	t.Helper()
	sel, err := selection.Select(context.Background(), src, opt)
	if err != nil {
		t.Fatal(err)
	}
	return sel
}

func TestFixture(t *testing.T) {
	s := exporttest.Fixture(t)
	tests := []struct {
		name string
		opt  selection.Options
		want []string
	}{
		{"whole", selection.Options{}, []string{
			"Joe Biden authorize Ukraine", "Kyiv say Odd \"name\"\nwith <tags> & \\ 基辅",
			"United States provide $67 billion", "United States provide on 2024-04-22",
			"Volodymyr Zelensky request Patriot licence", "decision reach on \"tanks\""}},
		{"source", selection.Options{Filter: store.Filter{Source: "b"}}, []string{
			"Kyiv say Odd \"name\"\nwith <tags> & \\ 基辅",
			"United States provide $67 billion", "United States provide on 2024-04-22"}},
		{"alias", selection.Options{Around: "zelensky"}, []string{"Volodymyr Zelensky request Patriot licence"}},
		{"alias US", selection.Options{Around: "US"}, []string{
			"United States provide $67 billion", "United States provide on 2024-04-22"}},
		{"IRI", selection.Options{Around: "https://example.org/kg/id/entity/ukraine"}, []string{"Joe Biden authorize Ukraine"}},
		{"unique part", selection.Options{Around: "patriot"}, []string{"Volodymyr Zelensky request Patriot licence"}},
		{"around and filter", selection.Options{Around: "US", Filter: store.Filter{MinConfidence: 0.5}}, []string{
			"United States provide $67 billion"}},
	}
	for _, tc := range tests {
		sel := mustSelect(t, s, tc.opt)
		if got := selected(t, sel); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		if sel.Whole() != (tc.name == "whole") {
			t.Errorf("%s: Whole() = %v", tc.name, sel.Whole())
		}
	}
}

// TestBoundFixture bounds the fixture to two nodes: United States, the
// only node in two statements, and one of its two objects.
func TestBoundFixture(t *testing.T) {
	got := selected(t, mustSelect(t, exporttest.Fixture(t), selection.Options{MaxNodes: 2}))
	if len(got) != 1 || !strings.HasPrefix(got[0], "United States provide") {
		t.Errorf("two nodes: %q", got)
	}
}

func TestAroundErrors(t *testing.T) {
	s := exporttest.Fixture(t)
	for _, tc := range []struct{ around, want string }{
		{"nobody", "no entity"},
		{"https://example.org/kg/id/entity/nobody", "no entity"},
		{"i", "names 7 entities"}, // Biden, Ukraine, Zelensky, Patriot, decision, United States, Kyiv
	} {
		_, err := selection.Select(context.Background(), s, selection.Options{Around: tc.around})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Around %q: error %v, want %q", tc.around, err, tc.want)
		}
	}
}

// TestDepth walks the synthetic graph, where entity i+10 relates to
// Entity t (t the trailing zero bits of i+1) and to a date: Entity 0 is
// linked to the entities of even i; their dates are one hop further; and
// the dates, shared with other entities, lead nowhere.
func TestDepth(t *testing.T) {
	const n = 40
	s := exporttest.Store(t, exporttest.Synthetic(n))
	even := n / 2
	for _, tc := range []struct{ depth, want int }{{0, even}, {1, even}, {2, 2 * even}, {3, 2 * even}} {
		sel := mustSelect(t, s, selection.Options{Around: "Entity 0", Depth: tc.depth})
		if got := len(selected(t, sel)); got != tc.want {
			t.Errorf("depth %d: %d statements, want %d", tc.depth, got, tc.want)
		}
		if r := sel.Report(); r.Depth != max(tc.depth, 1) || len(r.Around) != 1 || r.Around[0].Label != "Entity 0" {
			t.Errorf("depth %d: report %+v", tc.depth, r)
		}
	}
}

func TestBound(t *testing.T) {
	s := exporttest.Store(t, exporttest.Synthetic(30))
	all := len(selected(t, mustSelect(t, s, selection.Options{})))
	for _, max := range []int{1, 2, 5, 20, 1000} {
		sel := mustSelect(t, s, selection.Options{MaxNodes: max})
		r := sel.Report()
		got := selected(t, sel)
		nodes := map[string]bool{}
		for _, st := range got {
			f := strings.Fields(st)
			nodes[f[0]+" "+f[1]] = true
			nodes[strings.Join(f[4:], " ")] = true
		}
		switch {
		case r.TotalStatements != all || r.Statements != len(got):
			t.Errorf("max %d: report %+v, selected %d of %d statements", max, r, len(got), all)
		case r.Nodes > max || len(nodes) > r.Nodes:
			t.Errorf("max %d: report %+v, %d nodes in the statements", max, r, len(nodes))
		case r.Cut() != (r.Nodes < r.TotalNodes) || (max >= r.TotalNodes) == r.Cut():
			t.Errorf("max %d: report %+v says cut %v", max, r, r.Cut())
		}
		if max == 5 && !strings.Contains(r.String(), "cut") {
			t.Errorf("report does not say what was cut: %s", r)
		}
	}
}

// TestQuads checks the quads of a selection: the selected statements'
// facts and provenance, what they refer to and nothing else.
func TestQuads(t *testing.T) {
	s := exporttest.Fixture(t)
	quads := func(opt selection.Options) string {
		var b strings.Builder
		err := mustSelect(t, s, opt).Quads(context.Background(), func(q quad.Quad) error {
			b.WriteString(q.NQuad() + "\n")
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	var whole strings.Builder
	s.Quads(context.Background(), func(q quad.Quad) error { whole.WriteString(q.NQuad() + "\n"); return nil })
	if got := quads(selection.Options{}); got != whole.String() {
		t.Error("the zero selection does not give every quad in store order")
	}
	got := quads(selection.Options{Around: "Zelensky"})
	for _, want := range []string{
		"<https://example.org/kg/id/entity/volodymyr-zelensky> <https://example.org/kg/id/rel/request> <https://example.org/kg/id/entity/patriot-licence> <https://example.org/kg/id/article/a/st/",
		"<https://example.org/kg/id/entity/patriot-licence> <http://schema.org/name> \"Patriot licence\"",
		"<https://example.org/kg/id/rel/request> <http://www.w3.org/2000/01/rdf-schema#label> \"request\"",
		"<https://example.org/kg/id/article/a/s/1> <http://schema.org/text> \"Zelensky requested a Patriot licence.\"",
		"<https://example.org/kg/id/article/a> <https://example.org/kg/ns#mentions> <https://example.org/kg/id/entity/volodymyr-zelensky>",
		"<https://example.org/kg/id/article/a> <http://schema.org/name> \"Biden authorizes ATACMS\"",
		"<https://example.org/kg/id/extractor/fixture/1> <http://schema.org/name> \"fixture\"",
		"<https://example.org/kg/ns#store> <https://example.org/kg/ns#base>",
		"<http://www.w3.org/ns/prov#wasDerivedFrom> <https://example.org/kg/id/article/a/s/1>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("selection around Zelensky lacks %s", want)
		}
	}
	for _, unwanted := range []string{"joe-biden", "article/b", "a/s/0", "rel/authorize", "Kiev"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("selection around Zelensky holds %s:\n%s", unwanted, got)
		}
	}
	if n := strings.Count(got, "\n"); n != len(slices.Compact(slices.Sorted(strings.SplitSeq(strings.TrimSpace(got), "\n")))) {
		t.Errorf("selection repeats quads:\n%s", got)
	}
}

func ExampleSelect() {
	ctx := context.Background()
	s, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	if _, err := s.Write(ctx, exporttest.Synthetic(30)(s.Namespace())); err != nil {
		panic(err)
	}
	sel, err := selection.Select(ctx, s, selection.Options{Around: "Entity 1", Depth: 2, MaxNodes: 6})
	if err != nil {
		panic(err)
	}
	fmt.Println(sel.Report())
	// Output:
	// around Entity 1 <https://example.org/kg/id/entity/entity-1> (depth 2): 6 nodes, 5 statements; cut 10 of 16 nodes and 11 of 16 statements, keeping the best-connected neighbourhoods
}

// TestQuadsAreAGraph stores the quads of selections in fresh stores and
// checks that each reads back as exactly the selected statements.
func TestQuadsAreAGraph(t *testing.T) {
	ctx := context.Background()
	s := exporttest.Store(t, exporttest.Synthetic(30))
	for _, opt := range []selection.Options{
		{Around: "Entity 1", Depth: 2},
		{Filter: store.Filter{Source: "syn3"}},
		{MaxNodes: 7},
	} {
		sel := mustSelect(t, s, opt)
		var qs []quad.Quad
		if err := sel.Quads(ctx, func(q quad.Quad) error { qs = append(qs, q); return nil }); err != nil {
			t.Fatal(err)
		}
		part, err := store.Open(ctx, "memory", store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer part.Close()
		if err := part.AddQuads(ctx, qs); err != nil {
			t.Fatal(err)
		}
		want := selected(t, sel)
		got := selected(t, mustSelect(t, part, selection.Options{}))
		if !slices.Equal(got, want) || len(got) == 0 {
			t.Errorf("%+v: the quads hold %q, the selection %q", opt, got, want)
		}
	}
}
