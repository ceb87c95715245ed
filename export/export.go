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
// The RDF formats (nquads, jsonld) hold the whole store and state exactly
// the same dataset; the graph formats (dot, svg, png) draw the statements
// Options.Graph.Filter selects, bounded to the most connected nodes. All
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
	return "", fmt.Errorf("unknown export format %q (want nquads, jsonld, dot, svg or png)", s)
}

// IsGraph reports whether f draws the statement graph (dot, svg, png)
// rather than writing the whole dataset.
func (f Format) IsGraph() bool { return f == DOT || f == SVG || f == PNG }

// Options configure Write.
type Options struct {
	// Stream writes N-Quads in store order with constant memory instead
	// of sorted (see export/nquads).
	Stream bool
	// Graph selects and styles what dot, svg and png draw.
	Graph dot.Options
	// Renderer draws dot, svg and png. Nil starts one for the call, which
	// is fine for a single export; go-graphviz has one WebAssembly
	// instance per process, so concurrent exports must share one
	// Renderer (dot.NewRenderer).
	Renderer *dot.Renderer
}

// Write writes src to w in format f. For the graph formats it returns the
// report of what was drawn and cut; for the RDF formats a zero Report.
func Write(ctx context.Context, w io.Writer, src Source, f Format, opt Options) (dot.Report, error) {
	switch f {
	case NQuads:
		return dot.Report{}, nquads.Write(ctx, w, src, nquads.Options{Stream: opt.Stream})
	case JSONLD:
		return dot.Report{}, jsonld.Write(ctx, w, src)
	case DOT, SVG, PNG:
		r := opt.Renderer
		if r == nil {
			var err error
			if r, err = dot.NewRenderer(); err != nil {
				return dot.Report{}, err
			}
			defer r.Close()
		}
		return r.Write(ctx, w, src, dot.Format(f), opt.Graph)
	}
	return dot.Report{}, fmt.Errorf("unknown export format %q", f)
}
