// Package export writes a kg graph in formats other tools read.
//
// Formats:
//
//	nquads  RDF 1.1 N-Quads: every quad of the store (package export/nquads)
//	jsonld  JSON-LD 1.1: the same quads, compacted with kg's context (export/jsonld)
//	dot     Graphviz source of the statement graph (export/dot)
//	svg     the statement graph laid out and drawn, with tooltips
//	png     the statement graph laid out and drawn as an image
//
// Every format takes the same selection (package export/selection): a
// statement filter, an ego graph around an entity, a bound on the number
// of nodes. The RDF formats write the quads of the selected statements
// and of what they refer to (the whole store when nothing is selected);
// the graph formats draw the selected statements. Diagrams are bounded to
// dot.DefaultMaxNodes nodes unless the selection says otherwise. All
// outputs are deterministic: the same graph gives the same bytes, however
// it was written (unless Options.Stream is set for nquads).
//
// export reads the graph only through the Source interface, which
// *store.Store implements; it never imports the extraction packages.
// docs/formats.md shows each format and how to load it in its tools.
package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/export/selection"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// Source is the graph an export reads; *store.Store is one.
type Source interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
	Namespace() graph.Namespace
	Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error
	Entities(ctx context.Context, f store.EntityFilter, fn func(store.EntityRecord) error) error
}

// Format is an export format.
type Format string

// Formats.
const (
	NQuads Format = "nquads"
	JSONLD Format = "jsonld"
	DOT    Format = "dot"
	SVG    Format = "svg"
	PNG    Format = "png"
)

// Formats lists every format, in the order of the package documentation.
func Formats() []Format { return []Format{NQuads, JSONLD, DOT, SVG, PNG} }

// aliases are other names ParseFormat accepts.
var aliases = map[string]Format{"nq": NQuads, "n-quads": NQuads, "json-ld": JSONLD, "gv": DOT}

// ParseFormat returns the format named s (case-insensitive; also "nq",
// "n-quads", "json-ld" and "gv").
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(s)
	for _, f := range Formats() {
		if s == string(f) {
			return f, nil
		}
	}
	if f, ok := aliases[s]; ok {
		return f, nil
	}
	names := make([]string, len(Formats()))
	for i, f := range Formats() {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown export format %q (want %s)", s, strings.Join(names, ", "))
}

// IsDiagram reports whether f draws the statement graph (dot, svg, png).
func (f Format) IsDiagram() bool { return f == DOT || f == SVG || f == PNG }

// Options configure Write.
type Options struct {
	// Select chooses the statements to export. For diagrams, a MaxNodes
	// of 0 means dot.DefaultMaxNodes, and the bound is applied to the
	// drawn graph (parallel statements merged) by the renderer.
	Select selection.Options
	// Stream writes N-Quads in store order with constant memory instead
	// of sorted (see export/nquads).
	Stream bool
	// Layout, LowConfidence and Title style diagrams (see dot.Options).
	Layout        dot.Layout
	LowConfidence float64
	Title         string
	// Renderer draws dot, svg and png. Nil starts one for the call, which
	// is fine for a single export; go-graphviz has one WebAssembly
	// instance per process, so concurrent exports must share one
	// Renderer (dot.NewRenderer).
	Renderer *dot.Renderer
}

// Report says what an export selected and wrote.
type Report struct {
	Selection selection.Report
	Diagram   dot.Report // diagrams only
}

// String describes the report in one line, or "" when there is nothing
// worth saying.
func (r Report) String() string {
	if r.Diagram.Nodes > 0 || r.Diagram.TotalNodes > 0 {
		if len(r.Selection.Around) > 0 {
			return r.Selection.String() + ": drew " + r.Diagram.String()
		}
		return "drew " + r.Diagram.String()
	}
	return r.Selection.String()
}

// Cut reports whether a node bound left anything out.
func (r Report) Cut() bool { return r.Selection.Cut() || r.Diagram.Cut() }

// Write writes the selection of src to w in format f.
func Write(ctx context.Context, w io.Writer, src Source, f Format, opt Options) (Report, error) {
	sopt := opt.Select
	if f.IsDiagram() {
		sopt.MaxNodes = 0
	}
	sel, err := selection.Select(ctx, src, sopt)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Selection: sel.Report()}
	switch f {
	case NQuads:
		return rep, nquads.Write(ctx, w, sel, nquads.Options{Stream: opt.Stream})
	case JSONLD:
		return rep, jsonld.Write(ctx, w, sel)
	case DOT, SVG, PNG:
		rep.Diagram, err = diagram(ctx, w, sel, f, opt)
		return rep, err
	}
	return Report{}, fmt.Errorf("unknown export format %q", f)
}

func diagram(ctx context.Context, w io.Writer, sel *selection.Selection, f Format, opt Options) (dot.Report, error) {
	r := opt.Renderer
	if r == nil {
		var err error
		if r, err = dot.NewRenderer(); err != nil {
			return dot.Report{}, err
		}
		defer r.Close()
	}
	var root graph.IRI
	title := opt.Title
	if around := sel.Report().Around; len(around) > 0 {
		root = around[0].ID
		if title == "" {
			title = fmt.Sprintf("kg around %s, depth %d", around[0].Label, sel.Report().Depth)
		}
	}
	return r.Write(ctx, w, sel, dot.Format(f), dot.Options{
		MaxNodes: opt.Select.MaxNodes, Layout: opt.Layout, LowConfidence: opt.LowConfidence, Title: title, Root: root,
	})
}
