package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/graph/store"
)

type exportOptions struct {
	*globals
	io       streams
	format   string
	output   string
	layout   string
	maxNodes int
	filterFlags
}

func newExportCmd(g *globals, io streams) *cobra.Command {
	o := &exportOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "export --format dot|svg|png|jsonld|nquads [-o FILE]",
		Short: "Export the graph as a diagram or in a format other tools read",
		Long: `Export writes the whole graph as JSON-LD or N-Quads, or draws it as DOT, SVG
or PNG. Diagrams take selection flags and are bounded by --max-nodes (the
most connected nodes are kept and the cut is reported on stderr).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "jsonld", "dot, svg, png, jsonld or nquads")
	f.StringVarP(&o.output, "output", "o", "", "output file (default stdout)")
	f.StringVar(&o.layout, "layout", "auto", "diagram layout: auto, dot, neato, fdp, sfdp, circo, twopi")
	f.IntVar(&o.maxNodes, "max-nodes", 0, fmt.Sprintf("diagram node bound (default %d; -1: none)", dot.DefaultMaxNodes))
	o.register(f) // selection flags apply to diagrams
	return cmd
}

func (o *exportOptions) run(ctx context.Context) error {
	write, err := o.writer()
	if err != nil {
		return err
	}
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if o.output == "" {
		return write(ctx, o.io.Out, s)
	}
	return writeFile(o.output, func(w io.Writer) error { return write(ctx, w, s) })
}

type exportFunc func(context.Context, io.Writer, *store.Store) error

func (o *exportOptions) writer() (exportFunc, error) {
	switch o.format {
	case "jsonld":
		return func(ctx context.Context, w io.Writer, s *store.Store) error { return jsonld.Write(ctx, w, s) }, nil
	case "nquads":
		return func(ctx context.Context, w io.Writer, s *store.Store) error {
			return nquads.Write(ctx, w, s, nquads.Options{})
		}, nil
	case "dot", "svg", "png":
		return o.diagram()
	}
	return nil, fmt.Errorf("unknown export format %q (want dot, svg, png, jsonld or nquads)", o.format)
}

func (o *exportOptions) diagram() (exportFunc, error) {
	layout, err := dot.ParseLayout(o.layout)
	if err != nil {
		return nil, err
	}
	filter, err := o.resolve()
	if err != nil {
		return nil, err
	}
	opt := dot.Options{Filter: filter, MaxNodes: o.maxNodes, Layout: layout}
	return func(ctx context.Context, w io.Writer, s *store.Store) error {
		r, err := dot.NewRenderer()
		if err != nil {
			return err
		}
		defer r.Close()
		rep, err := r.Write(ctx, w, s, dot.Format(o.format), opt)
		if err != nil {
			return err
		}
		if rep.Cut() {
			fmt.Fprintf(o.io.Err, "kg: drew %s\n", rep)
		}
		return nil
	}, nil
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
