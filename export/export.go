// Package export writes a kg graph in formats other tools read.
//
// Formats:
//
//	nquads     RDF 1.1 N-Quads: every quad of the store (package export/nquads)
//	ntriples   RDF 1.1 N-Triples: the same without graph labels (export/nquads)
//	jsonld     JSON-LD 1.1: the quads, compacted with kg's context (export/jsonld)
//	graphml    GraphML with typed keys, for networkx, Gephi, yEd (export/graphml)
//	gexf       GEXF 1.3, for Gephi, Gephi Lite, sigma.js (export/gexf)
//	cytoscape  Cytoscape.js elements JSON (export/cytoscape)
//	neo4j      nodes.csv and relationships.csv for neo4j-admin import (export/neo4j)
//	dot        Graphviz source of the statement graph (export/dot)
//	svg        the statement graph laid out and drawn, with tooltips
//	png        the statement graph laid out and drawn as an image
//
// Every format takes the same selection (package export/selection): a
// statement filter, an ego graph around an entity, a bound on the number
// of nodes. The RDF formats write the quads of the selected statements
// and of what they refer to (the whole store when nothing is selected);
// the graph formats write the selected statements as a property graph,
// one edge per statement; diagrams draw them, bounded to
// dot.DefaultMaxNodes nodes unless the selection says otherwise. All
// outputs are deterministic: the same graph gives the same bytes, however
// it was written (unless Options.Stream is set for nquads). All but the
// diagrams stream: they sort on disk what does not fit in
// Options.BufferSize, and hold little else.
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

	"github.com/kgraph/kg/export/cytoscape"
	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/gexf"
	"github.com/kgraph/kg/export/graphml"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/neo4j"
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
	NQuads    Format = "nquads"
	NTriples  Format = "ntriples"
	JSONLD    Format = "jsonld"
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	Cytoscape Format = "cytoscape"
	Neo4j     Format = "neo4j"
	DOT       Format = "dot"
	SVG       Format = "svg"
	PNG       Format = "png"
)

// Formats lists every format, in the order of the package documentation.
func Formats() []Format {
	return []Format{NQuads, NTriples, JSONLD, GraphML, GEXF, Cytoscape, Neo4j, DOT, SVG, PNG}
}

// aliases are other names ParseFormat accepts.
var aliases = map[string]Format{
	"nq": NQuads, "n-quads": NQuads, "nt": NTriples, "n-triples": NTriples, "json-ld": JSONLD,
	"cyjs": Cytoscape, "cytoscape.js": Cytoscape, "gv": DOT,
}

// ParseFormat returns the format named s (case-insensitive; also "nq",
// "n-quads", "nt", "n-triples", "json-ld", "cyjs", "cytoscape.js" and
// "gv").
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

// IsDir reports whether f writes a directory of files (neo4j) rather than
// one stream: use WriteDir.
func (f Format) IsDir() bool { return f == Neo4j }

// Options configure Write.
type Options struct {
	// Select chooses the statements to export. For diagrams, a MaxNodes
	// of 0 means dot.DefaultMaxNodes, and the bound is applied to the
	// drawn graph (parallel statements merged) by the renderer.
	Select selection.Options
	// Stream writes N-Quads and N-Triples in store order instead of
	// sorted (see export/nquads).
	Stream bool
	// TempDir and BufferSize tune the sorts of the streaming formats:
	// where runs that do not fit in memory are spilled ("" for
	// os.TempDir) and how many bytes are sorted in memory first (0 for
	// 16 MiB).
	TempDir    string
	BufferSize int
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
	// Nodes and Edges are what a graph-tool format (graphml, gexf,
	// cytoscape, neo4j) wrote: entities and literal values, statements.
	Nodes, Edges int
}

// String describes the report in one line.
func (r Report) String() string {
	var s string
	switch {
	case r.Diagram.TotalNodes > 0:
		s = "drew " + r.Diagram.String()
	case r.Nodes > 0:
		s = fmt.Sprintf("wrote %d nodes and %d edges", r.Nodes, r.Edges)
	}
	switch sel := r.Selection.String(); {
	case sel == "":
		return s
	case s == "":
		return sel
	}
	return r.Selection.String() + "; " + s
}

// Cut reports whether a node bound left anything out.
func (r Report) Cut() bool { return r.Selection.Cut() || r.Diagram.Cut() }

// Write writes the selection of src to w in format f. Neo4j, which writes
// two files, needs WriteDir.
func Write(ctx context.Context, w io.Writer, src Source, f Format, opt Options) (Report, error) {
	if f.IsDir() {
		return Report{}, fmt.Errorf("export format %s writes a directory of files, not one stream", f)
	}
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
	case NQuads, NTriples:
		err = nquads.Write(ctx, w, sel, nquads.Options{Stream: opt.Stream, Triples: f == NTriples,
			TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	case JSONLD:
		err = jsonld.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize}.Write(ctx, w, sel)
	case GraphML:
		rep.Nodes, rep.Edges, err = graphml.Write(ctx, w, sel, graphml.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	case GEXF:
		rep.Nodes, rep.Edges, err = gexf.Write(ctx, w, sel, gexf.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	case Cytoscape:
		rep.Nodes, rep.Edges, err = cytoscape.Write(ctx, w, sel, cytoscape.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	case DOT, SVG, PNG:
		rep.Diagram, err = diagram(ctx, w, sel, f, opt)
	default:
		return Report{}, fmt.Errorf("unknown export format %q", f)
	}
	return rep, err
}

// WriteDir writes the selection of src into directory dir in format f,
// which must be one that writes a directory (neo4j: nodes.csv and
// relationships.csv). Files appear only once complete.
func WriteDir(ctx context.Context, dir string, src Source, f Format, opt Options) (Report, error) {
	if !f.IsDir() {
		return Report{}, fmt.Errorf("export format %s writes one stream, not a directory", f)
	}
	sel, err := selection.Select(ctx, src, opt.Select)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Selection: sel.Report()}
	rep.Nodes, rep.Edges, err = neo4j.WriteDir(ctx, dir, sel, neo4j.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	return rep, err
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
