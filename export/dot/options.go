package dot

import (
	"fmt"
	"strings"

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

// Layouts. Auto picks Dot for graphs of up to AutoDotNodes nodes and Sfdp
// for larger ones.
const (
	Auto  Layout = ""
	Dot   Layout = "dot"   // layered, left to right: best for small graphs
	Neato Layout = "neato" // spring model
	Fdp   Layout = "fdp"   // force-directed
	Sfdp  Layout = "sfdp"  // multiscale force-directed: large graphs
	Circo Layout = "circo" // circular
	Twopi Layout = "twopi" // radial
)

// AutoDotNodes is the largest graph Auto lays out with Dot.
const AutoDotNodes = 60

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

func (l Layout) resolve(nodes int) Layout {
	if l != Auto {
		return l
	}
	if nodes <= AutoDotNodes {
		return Dot
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
	Title         string       // caption above the graph; "" for "kg"
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
	if o.Title == "" {
		return "kg"
	}
	return o.Title
}
