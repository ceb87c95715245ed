package dot

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz/cgraph"

	"github.com/kgraph/kg/graph"
)

// setter is what graphs, nodes and edges of go-graphviz have in common.
type setter interface {
	SafeSet(name, value, def string) error
}

// set sets attribute pairs name, value on o.
func set(o setter, kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if err := o.SafeSet(kv[i], kv[i+1], ""); err != nil {
			return fmt.Errorf("set %s: %w", kv[i], err)
		}
	}
	return nil
}

// defaults declares the attributes every object of a kind starts with.
func defaults(g *cgraph.Graph, kind cgraph.ObjectTag, kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if _, err := g.Attr(int(kind), kv[i], kv[i+1]); err != nil {
			return fmt.Errorf("declare %s: %w", kv[i], err)
		}
	}
	return nil
}

const font = "Helvetica"

// build draws sel into the empty graph g.
func build(g *cgraph.Graph, sel selection, opt Options, f Format) error {
	if err := style(g, sel, opt, f); err != nil {
		return err
	}
	nodes := make(map[string]*cgraph.Node, len(sel.nodes))
	for _, n := range sel.nodes {
		gn, err := addNode(g, n)
		if err != nil {
			return err
		}
		nodes[n.name] = gn
	}
	low := opt.lowConfidence()
	spring := sel.report.Layout == Neato || sel.report.Layout == Fdp
	degree := sel.degrees()
	for i, e := range sel.edges {
		ge, err := addEdge(g, "e"+strconv.Itoa(i+1), nodes[e.from], nodes[e.to], e, low)
		if err != nil {
			return err
		}
		if spring {
			if err := set(ge, "len", edgeLength(max(degree[e.from], degree[e.to]))); err != nil {
				return err
			}
		}
	}
	return legend(g, sel, sel.report.Layout)
}

func style(g *cgraph.Graph, sel selection, opt Options, f Format) error {
	err := defaults(g, cgraph.GRAPH, "label", "", "fontname", font)
	if err == nil {
		err = defaults(g, cgraph.NODE, "label", `\N`, "fontname", font, "fontsize", "12",
			"shape", "ellipse", "style", "", "fillcolor", "", "color", "#555555", "tooltip", "")
	}
	if err == nil {
		err = defaults(g, cgraph.EDGE, "label", "", "fontname", font, "fontsize", "10",
			"color", edgeColour(false, false), "fontcolor", edgeColour(false, false),
			"style", "", "arrowsize", "0.7", "penwidth", "1", "tooltip", "", "labeltooltip", "")
	}
	if err != nil {
		return err
	}
	layout := sel.report.Layout
	kv := []string{"label", leftLines(caption(sel, opt)), "labelloc", "t", "labeljust", "l", "fontsize", "12",
		"bgcolor", "white", "pad", "0.2", "outputorder", "edgesfirst"}
	switch root := sel.root(opt.Root); {
	case layout == Dot:
		kv = append(kv, "rankdir", "LR", "nodesep", "0.3", "ranksep", "0.6")
	case layout == Twopi && root != "":
		// The rings are sized to hold their nodes: nothing to remove.
		kv = append(kv, "root", root, "ranksep", sel.rankSeps(root), "overlap", "true", "splines", "false")
	default:
		// Overlap removal "ortho" rather than "false": "false" means prism,
		// which go-graphviz's Graphviz lacks (it falls back to Voronoi
		// cells, which spreads a 150-node graph over 7,000 pixels, and
		// misplaces nodes outside the bounding box). Straight edges: spline
		// routing around nodes tangles a hub's edges.
		kv = append(kv, "overlap", "ortho", "splines", "false", "sep", "+6")
	}
	return set(g, kv...)
}

func caption(sel selection, opt Options) string {
	r := sel.report
	s := fmt.Sprintf("%s: %d node%s, %d edge%s, %d statement%s", opt.title(),
		r.Nodes, plural(r.Nodes), r.Edges, plural(r.Edges), r.Statements, plural(r.Statements))
	if r.Cut() {
		s += fmt.Sprintf("\nshowing %d of %d nodes, the best-connected neighbourhoods; %d of %d statements not drawn",
			r.Nodes, r.TotalNodes, r.TotalStatements-r.Statements, r.TotalStatements)
	}
	s += fmt.Sprintf("\nedges: dashed red = negated, light = confidence < %.2f, \u00d7n = n statements", opt.lowConfidence())
	if r.Layout == Twopi {
		// Twopi scatters the legend's nodes: the legend is words instead.
		var parts []string
		for _, k := range sel.kinds() {
			parts = append(parts, k.label+" = "+lookOf(k.typ).Words)
		}
		if len(parts) > 0 {
			s += "\nnodes: " + strings.Join(parts, ", ")
		}
	}
	return s
}

func addNode(g *cgraph.Graph, n *vnode) (*cgraph.Node, error) {
	gn, err := g.CreateNodeByName(n.name)
	if err != nil {
		return nil, fmt.Errorf("node %s: %w", n.name, err)
	}
	l := lookOf(n.typ)
	kv := []string{"label", label(wrap(n.label)), "tooltip", tooltip(nodeTooltip(n)), "shape", l.Shape}
	if l.Fill != "" {
		kv = append(kv, "style", "filled", "fillcolor", l.Fill)
	} else {
		// Filled white: edges are drawn first and must not cross the text.
		kv = append(kv, "fontsize", "11", "color", "#777777", "style", "filled", "fillcolor", "white")
	}
	if err := set(gn, kv...); err != nil {
		return nil, fmt.Errorf("node %s: %w", n.name, err)
	}
	return gn, nil
}

func addEdge(g *cgraph.Graph, name string, from, to *cgraph.Node, e *vedge, low float64) (*cgraph.Edge, error) {
	ge, err := g.CreateEdgeByName(name, from, to)
	if err != nil {
		return nil, fmt.Errorf("edge %s: %w", e.lemma, err)
	}
	colour := edgeColour(e.negated, e.conf < low)
	tip := tooltip(edgeTooltip(e))
	kv := []string{"label", label(edgeLabel(e)), "tooltip", tip, "labeltooltip", tip}
	if colour != edgeColour(false, false) {
		kv = append(kv, "color", colour, "fontcolor", colour)
	}
	if e.negated {
		kv = append(kv, "style", "dashed")
	}
	if n := len(e.sources); n > 1 {
		kv = append(kv, "penwidth", strconv.FormatFloat(1+0.5*float64(min(n-1, 4)), 'f', -1, 64))
	}
	if err := set(ge, kv...); err != nil {
		return nil, fmt.Errorf("edge %s: %w", e.lemma, err)
	}
	return ge, nil
}

// Spring lengths for Neato and Fdp, in inches: an edge at a hub of degree
// d is as long as the radius of a circle around which d nodes of about
// leafArc points each fit, so that a hub's neighbours ring it without
// overlapping; no edge is shorter than minLength, nor longer than
// maxLength: a hub of 150 neighbours would otherwise make a 10,000-pixel
// circle (its neighbours are instead packed in a disc around it by the
// overlap removal, 2,500 pixels across).
const (
	leafArc   = 160.0
	minLength = 1.2
	maxLength = 12.0
)

func edgeLength(degree int) string {
	l := min(maxLength, max(minLength, float64(degree)*leafArc/(2*math.Pi)/72))
	return strconv.FormatFloat(l, 'f', 2, 64)
}

// legend adds a cluster with one sample node per kind of node drawn. Dot
// stacks them in one rank; for the other layouts, which ignore clusters,
// invisible edges chain them so that they stay together. Twopi, which
// would set chained nodes a ring apart, gets no legend nodes: its caption
// describes the kinds in words.
func legend(g *cgraph.Graph, sel selection, layout Layout) error {
	if layout == Twopi {
		return nil
	}
	chain := layout != Dot
	samples := sel.kinds()
	if len(samples) == 0 {
		return nil
	}
	if !chain {
		// Dot lays out one left-to-right rank bottom to top.
		slices.Reverse(samples)
	}
	sub, err := g.CreateSubGraphByName("cluster_legend")
	if err != nil {
		return fmt.Errorf("legend: %w", err)
	}
	if err := set(sub, "label", "Legend", "fontsize", "10", "style", "rounded,dashed", "color", "#999999", "rank", "same"); err != nil {
		return fmt.Errorf("legend: %w", err)
	}
	var prev *cgraph.Node
	for i, s := range samples {
		n, err := addNode(sub, s)
		if err != nil {
			return err
		}
		if err := set(n, "tooltip", tooltip(s.label), "fontsize", "10", "height", "0.3", "margin", "0.06,0.03"); err != nil {
			return err
		}
		if chain && prev != nil {
			e, err := sub.CreateEdgeByName("legend"+strconv.Itoa(i), prev, n)
			if err != nil {
				return fmt.Errorf("legend: %w", err)
			}
			if err := set(e, "style", "invis"); err != nil {
				return err
			}
		}
		prev = n
	}
	return nil
}

// kinds returns one sample node per kind of node sel draws: the entity
// types in graph.EntityTypes order, then literals.
func (sel selection) kinds() []*vnode {
	present := map[graph.Type]bool{}
	literal := false
	for _, n := range sel.nodes {
		if n.iri == "" {
			literal = true
		} else {
			present[n.typ] = true
		}
	}
	var samples []*vnode
	for _, t := range graph.EntityTypes {
		if present[t] {
			samples = append(samples, &vnode{name: "legend:" + string(t), label: string(t), typ: t})
		}
	}
	if literal {
		samples = append(samples, &vnode{name: "legend:literal", label: "literal value", typ: graph.Text})
	}
	return samples
}
