package dot

import (
	"fmt"

	"github.com/kgraph/kg/export/internal/bound"
	"github.com/kgraph/kg/graph"
)

// DefaultMaxNodes bounds the graph when Options.MaxNodes is 0.
const DefaultMaxNodes = 150

// Report says what was drawn and what was left out.
type Report struct {
	Layout          Layout // the layout engine used (for DOT, the one named in the file)
	Nodes           int    // nodes drawn, legend excluded
	Edges           int    // edges drawn, each one or more merged statements
	Statements      int    // statements drawn
	TotalNodes      int    // nodes of the whole selection before the bound
	TotalStatements int    // statements the filter selected
}

// Cut reports whether the node bound left anything out.
func (r Report) Cut() bool { return r.Nodes < r.TotalNodes }

// String describes the report in one line.
func (r Report) String() string {
	s := fmt.Sprintf("%d node%s, %d edge%s, %d statement%s (layout %s)",
		r.Nodes, plural(r.Nodes), r.Edges, plural(r.Edges), r.Statements, plural(r.Statements), r.Layout)
	if r.Cut() {
		s += fmt.Sprintf("; cut %d of %d nodes and %d of %d statements, keeping the best-connected neighbourhoods",
			r.TotalNodes-r.Nodes, r.TotalNodes, r.TotalStatements-r.Statements, r.TotalStatements)
	}
	return s
}

// selection is the part of the model that will be drawn.
type selection struct {
	nodes  []*vnode // by name
	edges  []*vedge // by key
	report Report
}

// choose keeps at most max nodes (all when max < 0): the neighbourhoods
// of the nodes touched by most statements, chosen by bound.Keep so that no
// kept node is left without an edge, and the edges between kept nodes.
func choose(m *model, max int) selection {
	nodes := m.sortedNodes()
	edges := m.sortedEdges()
	sel := selection{report: Report{TotalNodes: len(nodes), TotalStatements: m.statements}}
	index := make(map[string]int32, len(nodes))
	degree := make([]int, len(nodes))
	for i, n := range nodes {
		index[n.name] = int32(i)
		degree[i] = n.degree
	}
	links := make([]bound.Edge, len(edges))
	for i, e := range edges {
		links[i] = bound.Edge{From: index[e.from], To: index[e.to]}
	}
	keep := bound.Keep(degree, links, max, func(i, j int) bool {
		if nodes[i].label != nodes[j].label {
			return nodes[i].label < nodes[j].label
		}
		return nodes[i].name < nodes[j].name
	})
	for i, n := range nodes {
		if keep[i] {
			sel.nodes = append(sel.nodes, n)
		}
	}
	for i, e := range edges {
		if keep[links[i].From] && keep[links[i].To] {
			sel.edges = append(sel.edges, e)
			sel.report.Statements += len(e.sources)
		}
	}
	sel.report.Nodes = len(sel.nodes)
	sel.report.Edges = len(sel.edges)
	return sel
}

// degrees returns the number of drawn edges at each node, by name.
func (sel selection) degrees() map[string]int {
	d := make(map[string]int, len(sel.nodes))
	for _, e := range sel.edges {
		d[e.from]++
		if e.to != e.from {
			d[e.to]++
		}
	}
	return d
}

func (sel selection) maxDegree() int {
	m := 0
	for _, n := range sel.degrees() {
		m = max(m, n)
	}
	return m
}

// root returns the node name of the entity iri when it is drawn, else "".
func (sel selection) root(iri graph.IRI) string {
	if iri == "" {
		return ""
	}
	name := entityName(iri)
	for _, n := range sel.nodes {
		if n.name == name {
			return name
		}
	}
	return ""
}
