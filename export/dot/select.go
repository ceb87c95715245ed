package dot

import (
	"fmt"
	"sort"
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
		s += fmt.Sprintf("; cut %d of %d nodes and %d of %d statements, keeping the most connected nodes",
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

// choose keeps at most max nodes (all when max < 0), preferring those
// touched by most statements, then by label and name for a stable choice,
// and the edges between kept nodes.
func choose(m *model, max int) selection {
	nodes := m.sortedNodes()
	sel := selection{report: Report{TotalNodes: len(nodes), TotalStatements: m.statements}}
	if max >= 0 && len(nodes) > max {
		ranked := append([]*vnode(nil), nodes...)
		sort.SliceStable(ranked, func(i, j int) bool {
			a, b := ranked[i], ranked[j]
			if a.degree != b.degree {
				return a.degree > b.degree
			}
			return a.label < b.label
		})
		keep := map[string]bool{}
		for _, n := range ranked[:max] {
			keep[n.name] = true
		}
		nodes = nodes[:0:0]
		for _, n := range m.sortedNodes() {
			if keep[n.name] {
				nodes = append(nodes, n)
			}
		}
	}
	kept := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		kept[n.name] = true
	}
	sel.nodes = nodes
	for _, e := range m.sortedEdges() {
		if kept[e.from] && kept[e.to] {
			sel.edges = append(sel.edges, e)
			sel.report.Statements += len(e.sources)
		}
	}
	sel.report.Nodes = len(sel.nodes)
	sel.report.Edges = len(sel.edges)
	return sel
}
