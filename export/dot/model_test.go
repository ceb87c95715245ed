package dot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

func TestChoose(t *testing.T) {
	// Synthetic(30): Entity 0 is in 15 statements, Entity 1 in 8, Entity 2
	// in 4, the others in 2 or fewer.
	s := exporttest.Store(t, exporttest.Synthetic(30))
	m, err := read(context.Background(), s, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	total := len(m.nodes)
	tests := []struct {
		max               int
		nodes, statements int // -1: not checked
		keep              []string
	}{
		{max: -1, nodes: total, statements: 60},
		{max: 1000, nodes: total, statements: 60},
		{max: total - 1, nodes: -1, statements: -1},
		{max: 3, nodes: 3, statements: 2, keep: []string{"Entity 0"}}, // the hub and two neighbours
		{max: 1, nodes: 1, statements: 0, keep: []string{"Entity 0"}},
		{max: 0, nodes: 0, statements: 0},
	}
	for _, tc := range tests {
		sel := choose(m, tc.max)
		r := sel.report
		if (tc.nodes >= 0 && r.Nodes != tc.nodes) || (tc.statements >= 0 && r.Statements != tc.statements) ||
			r.TotalNodes != total || r.TotalStatements != 60 || (tc.max >= 0 && r.Nodes > tc.max) {
			t.Errorf("max %d: report %v, want %d nodes and %d statements", tc.max, r, tc.nodes, tc.statements)
		}
		if r.Cut() != (r.Nodes < total) {
			t.Errorf("max %d: Cut() = %v", tc.max, r.Cut())
		}
		var labels []string
		for _, n := range sel.nodes {
			labels = append(labels, n.label)
		}
		for _, l := range tc.keep {
			if !slices.Contains(labels, l) {
				t.Errorf("max %d: %s was cut; kept %q", tc.max, l, labels)
			}
		}
		linked := map[string]bool{}
		for _, e := range sel.edges {
			if !slices.Contains(labels, m.nodes[e.from].label) || !slices.Contains(labels, m.nodes[e.to].label) {
				t.Errorf("max %d: edge %s has an end that was cut", tc.max, e.lemma)
			}
			linked[e.from], linked[e.to] = true, true
		}
		for _, n := range sel.nodes {
			if len(sel.nodes) > 1 && !linked[n.name] {
				t.Errorf("max %d: %s drawn without an edge", tc.max, n.label)
			}
		}
	}
}

// twice is the fixture plus a third article repeating the first
// statement of article a, and saying it negated.
func twice(ns graph.Namespace) []graph.Document {
	docs := storetest.Documents(ns)
	c := docs[0]
	c.Article = graph.Article{ID: "c", Hash: "c", Sentences: 1}
	c.Sentences = c.Sentences[:1]
	st := c.Statements[0]
	st.Prov.Article, st.Prov.Confidence = "c", 0.6
	neg := st
	neg.Negated = true
	c.Statements = []graph.Statement{st, neg}
	return append(docs, c)
}

func TestMerge(t *testing.T) {
	s := exporttest.Store(t, twice)
	m, err := read(context.Background(), s, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sel := choose(m, -1)
	var got []string
	for _, e := range sel.edges {
		if e.lemma == "authorize" {
			got = append(got, fmt.Sprintf("%s %d %.2f", edgeLabel(e), len(e.sources), e.conf))
		}
	}
	want := []string{"authorize \u00d72 2 0.90", "not authorize 1 0.60"}
	if !slices.Equal(got, want) {
		t.Errorf("authorize edges = %q, want %q", got, want)
	}
	if sel.report.Statements != 8 || sel.report.Edges != 7 {
		t.Errorf("report %+v, want 8 statements on 7 edges", sel.report)
	}
	for _, e := range sel.edges {
		if e.lemma == "authorize" && !e.negated {
			tip := edgeTooltip(e)
			if !strings.Contains(tip, "[a #0, 0.90]") || !strings.Contains(tip, "[c #0, 0.60]") {
				t.Errorf("tooltip does not list both sources:\n%s", tip)
			}
		}
	}
}

func TestFilter(t *testing.T) {
	m, err := read(context.Background(), exporttest.Fixture(t), store.Filter{Source: "b"})
	if err != nil {
		t.Fatal(err)
	}
	if m.statements != 3 {
		t.Errorf("filter source b: %d statements, want 3", m.statements)
	}
	for _, n := range m.nodes {
		if n.label == "Joe Biden" {
			t.Error("filter source b drew Joe Biden")
		}
		if n.label == "United States" && !slices.Equal(n.aliases, []string{"U.S.", "US"}) {
			t.Errorf("aliases of United States = %q", n.aliases)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, label, tooltip string }{
		{`plain`, `plain`, `plain`},
		{`a\b`, `a\\b`, `a\\\\b`},
		{`\N \n`, `\\N \\n`, `\\\\N \\\\n`},
		{"two\nlines", "two\nlines", "two\nlines"}, // line break characters: see label
		{"crlf\r\nend", "crlf\nend", "crlf\nend"},
		{"tab\tbell\a", "tab bell ", "tab bell "},
		{`"quoted" <b>&amp;</b>`, `"quoted" <b>&amp;amp;</b>`, `"quoted" <b>&amp;amp;</b>`},
		{"bad \xff byte", "bad \uFFFD byte", "bad \uFFFD byte"},
		{"\u57fa\u8f85 \u05e9\u05dc\u05d5\u05dd", "\u57fa\u8f85 \u05e9\u05dc\u05d5\u05dd", "\u57fa\u8f85 \u05e9\u05dc\u05d5\u05dd"},
	}
	for _, tc := range tests {
		if got := label(tc.in); got != tc.label {
			t.Errorf("label(%q) = %q, want %q", tc.in, got, tc.label)
		}
		if got := tooltip(tc.in); got != tc.tooltip {
			t.Errorf("tooltip(%q) = %q, want %q", tc.in, got, tc.tooltip)
		}
		if got := showLabel(label(tc.in)); got != shows(tc.in) {
			t.Errorf("label(%q) shows as %q", tc.in, got)
		}
		if got := showTooltip(tooltip(tc.in)); got != shows(tc.in) {
			t.Errorf("tooltip(%q) shows as %q", tc.in, got)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct{ in, want string }{
		{"short", "short"},
		{"Ukraine should at least be allowed to produce", "Ukraine should at\nleast be allowed to\np\u2026"},
		{"one\nbreak kept", "one\nbreak kept"},
		{strings.Repeat("\u57fa", 25), strings.Repeat("\u57fa", lineWidth) + "\n" + strings.Repeat("\u57fa", 5)},
		{"", ""},
	}
	for _, tc := range tests {
		if got := wrap(tc.in); got != tc.want {
			t.Errorf("wrap(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestShorten(t *testing.T) {
	long := strings.Repeat("\u57fa", 50)
	tests := []struct{ in, want string }{
		{"short", "short"},
		{strings.Repeat("a", maxLabel), strings.Repeat("a", maxLabel)},
		{long, strings.Repeat("\u57fa", maxLabel-1) + "\u2026"},
		{strings.Repeat("ab ", 20), strings.TrimSpace(strings.Repeat("ab ", 13)) + "\u2026"},
	}
	for _, tc := range tests {
		if got := shorten(tc.in); got != tc.want {
			t.Errorf("shorten(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseLayout(t *testing.T) {
	tests := []struct {
		in   string
		want Layout
		ok   bool
	}{
		{"", Auto, true}, {"auto", Auto, true}, {"DOT", Dot, true}, {"sfdp", Sfdp, true},
		{"neato", Neato, true}, {"fdp", Fdp, true}, {"circo", Circo, true}, {"twopi", Twopi, true},
		{"osage", "", false}, {"png", "", false},
	}
	for _, tc := range tests {
		got, err := ParseLayout(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseLayout(%q) = %q, %v", tc.in, got, err)
		}
	}
	resolves := []struct {
		l             Layout
		nodes, degree int
		rooted        bool
		want          Layout
	}{
		{Auto, AutoDotNodes, AutoDotDegree, true, Dot},
		{Auto, AutoDotNodes + 1, 1, false, Neato},
		{Auto, 5, AutoDotDegree + 1, false, Neato}, // a hub: dot would draw a strip
		{Auto, 5, AutoDotDegree + 1, true, Twopi},  // an ego graph: radial
		{Auto, AutoNeatoNodes, 50, false, Neato},
		{Auto, AutoNeatoNodes + 1, 1, false, Sfdp},
		{Circo, 1, 1, true, Circo},
	}
	for _, tc := range resolves {
		if got := tc.l.resolve(tc.nodes, tc.degree, tc.rooted); got != tc.want {
			t.Errorf("%q.resolve(%d nodes, degree %d) = %s, want %s", tc.l, tc.nodes, tc.degree, got, tc.want)
		}
	}
}
