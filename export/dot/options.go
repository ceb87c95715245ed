package dot

import (
	"fmt"
	"strings"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// Format is an output format of a Renderer.
type Format string

// Formats.
const (
	DOT Format = "dot" // Graphviz source, no layout applied
	SVG Format = "svg" // laid out and drawn, with tooltips
	PNG Format = "png" // laid out and drawn
)

// Layout is a Graphviz layout engine.
type Layout string

// Layouts. Auto picks Dot for small graphs without hubs (at most
// AutoDotNodes nodes, none with more than AutoDotDegree edges); otherwise
// Twopi around Options.Root when there is one (an ego graph), Neato up to
// AutoNeatoNodes nodes, and Sfdp beyond.
const (
	Auto  Layout = ""
	Dot   Layout = "dot"   // layered, left to right: best for small graphs
	Neato Layout = "neato" // spring model
	Fdp   Layout = "fdp"   // force-directed
	Sfdp  Layout = "sfdp"  // multiscale force-directed: large graphs
	Circo Layout = "circo" // circular
	Twopi Layout = "twopi" // radial
)

// Bounds of the layouts Auto chooses. Dot lays a hub's neighbours out in
// one rank, a strip as long as the hub has edges; Neato draws them around
// the hub, with edge lengths set by the hub's degree, but its stress
// model grows quadratically with the graph.
const (
	AutoDotNodes   = 30
	AutoDotDegree  = 6
	AutoNeatoNodes = 1000
)

var layouts = []Layout{Dot, Neato, Fdp, Sfdp, Circo, Twopi}

// ParseLayout returns the layout named s ("" or "auto" for Auto).
func ParseLayout(s string) (Layout, error) {
	if s == "" || strings.EqualFold(s, "auto") {
		return Auto, nil
	}
	for _, l := range layouts {
		if strings.EqualFold(s, string(l)) {
			return l, nil
		}
	}
	return "", fmt.Errorf("unknown layout %q (want auto, dot, neato, fdp, sfdp, circo or twopi)", s)
}

// resolve returns the layout to use for a graph of the given number of
// nodes and greatest node degree (in edges drawn), drawn around a root or
// not.
func (l Layout) resolve(nodes, maxDegree int, rooted bool) Layout {
	switch {
	case l != Auto:
		return l
	case nodes <= AutoDotNodes && maxDegree <= AutoDotDegree:
		return Dot
	case rooted:
		return Twopi
	case nodes <= AutoNeatoNodes:
		return Neato
	}
	return Sfdp
}

// DefaultLowConfidence is the confidence below which statements are drawn
// lighter when Options.LowConfidence is 0.
const DefaultLowConfidence = 0.5

// Options configure what a Renderer draws.
type Options struct {
	Filter        store.Filter // the statements to draw; the zero Filter selects all
	MaxNodes      int          // 0: DefaultMaxNodes; negative: no bound
	Layout        Layout       // Auto by default
	LowConfidence float64      // 0: DefaultLowConfidence
	Title         string       // caption above the graph, on one line; "" for "kg"
	// Root is the entity an ego graph is drawn around: Auto lays it out
	// radially (Twopi) from there, and Twopi uses it as its centre.
	Root graph.IRI
}

func (o Options) maxNodes() int {
	if o.MaxNodes == 0 {
		return DefaultMaxNodes
	}
	return o.MaxNodes
}

func (o Options) lowConfidence() float64 {
	if o.LowConfidence == 0 {
		return DefaultLowConfidence
	}
	return o.LowConfidence
}

func (o Options) title() string {
	if strings.TrimSpace(o.Title) == "" {
		return "kg"
	}
	// One line: the caption's later lines must start as leftLines needs.
	return strings.Join(strings.Fields(o.Title), " ")
}
