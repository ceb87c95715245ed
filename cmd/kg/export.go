package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/export"
	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/neo4j"
	"github.com/kgraph/kg/export/selection"
)

type exportOptions struct {
	*globals
	io       streams
	format   string
	output   string
	layout   string
	title    string
	stream   bool
	maxNodes int
	around   string
	depth    int
	filterFlags
}

func newExportCmd(g *globals, io streams) *cobra.Command {
	o := &exportOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [-o FILE] [selection flags]",
		Short: "Export the graph as a diagram or in a format other tools read",
		Long: `Export writes the graph, or the part of it the selection flags choose, in
one of these formats (docs/formats.md shows each and how to load it):

  nquads     RDF 1.1 N-Quads, every quad (provenance in named graphs)
  ntriples   RDF 1.1 N-Triples: the same without graph labels
  jsonld     JSON-LD 1.1, the quads compacted with kg's context
  graphml    GraphML with typed keys (networkx, Gephi, yEd)
  gexf       GEXF 1.3 (Gephi, Gephi Lite, sigma.js)
  cytoscape  Cytoscape.js elements JSON
  neo4j      nodes.csv and relationships.csv for neo4j-admin, into the
             directory given with -o
  dot        Graphviz source of the statement graph
  svg, png   the statement graph drawn, bounded to the best-connected nodes

Selection: --subject, --predicate, --object, --source, --type and
--min-confidence pick statements; --around ENTITY --depth N keeps the ego
graph of an entity (label, alias or IRI); --max-nodes N keeps the
best-connected neighbourhoods (diagrams: 150 unless set; -1 for no bound).
What was selected and cut is reported on stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "jsonld", "nquads, ntriples, jsonld, graphml, gexf, cytoscape, neo4j, dot, svg or png")
	f.StringVarP(&o.output, "output", "o", "", "output file (default stdout); for neo4j, the output directory")
	f.StringVar(&o.layout, "layout", "auto", "diagram layout: auto, dot, neato, fdp, sfdp, circo, twopi")
	f.StringVar(&o.title, "title", "", "diagram caption (default kg)")
	f.BoolVar(&o.stream, "stream", false, "nquads, ntriples: write in store order without sorting")
	f.IntVar(&o.maxNodes, "max-nodes", 0, fmt.Sprintf("keep at most N nodes (diagrams: default %d; -1: no bound)", dot.DefaultMaxNodes))
	f.StringVar(&o.around, "around", "", "keep the ego graph of this entity (label, alias or IRI)")
	f.IntVar(&o.depth, "depth", 1, "with --around: how many statements away from the entity")
	o.register(f)
	return cmd
}

func (o *exportOptions) options() (export.Format, export.Options, error) {
	format, err := export.ParseFormat(o.format)
	if err != nil {
		return "", export.Options{}, err
	}
	layout, err := dot.ParseLayout(o.layout)
	if err != nil {
		return "", export.Options{}, err
	}
	filter, err := o.resolve()
	if err != nil {
		return "", export.Options{}, err
	}
	if o.depth < 1 {
		return "", export.Options{}, fmt.Errorf("--depth %d: want 1 or more", o.depth)
	}
	return format, export.Options{
		Select: selection.Options{Filter: filter, Around: o.around, Depth: o.depth, MaxNodes: o.maxNodes},
		Stream: o.stream, Layout: layout, Title: o.title,
	}, nil
}

func (o *exportOptions) run(ctx context.Context) error {
	format, opt, err := o.options()
	if err != nil {
		return err
	}
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	var rep export.Report
	write := func(w io.Writer) error {
		rep, err = export.Write(ctx, w, s, format, opt)
		return err
	}
	switch {
	case format.IsDir() && o.output == "":
		return fmt.Errorf("--format %s writes %s and %s: give their directory with -o", format, neo4j.NodesFile, neo4j.RelationshipsFile)
	case format.IsDir():
		rep, err = export.WriteDir(ctx, o.output, s, format, opt)
	case o.output == "":
		err = write(o.io.Out)
	default:
		err = writeFile(o.output, write)
	}
	if err != nil {
		return err
	}
	if msg := rep.String(); msg != "" && (rep.Cut() || o.around != "") {
		fmt.Fprintf(o.io.Err, "kg: %s\n", msg)
	}
	return nil
}

// writeFile writes through a temporary file renamed into place on success,
// so a failed export never leaves a truncated file behind.
func writeFile(path string, write func(io.Writer) error) error {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".kg-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
