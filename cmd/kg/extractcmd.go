package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/pipeline"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

type extractOptions struct {
	*globals
	io         streams
	extractors string
	format     string
	paths      []string
}

func newExtractCmd(g *globals, io streams) *cobra.Command {
	o := &extractOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the statements of articles without storing them",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return o.run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&o.extractors, "extractors", defaultExtractors, "comma-separated extractors to run ("+extractorNames()+")")
	cmd.Flags().StringVar(&o.format, "format", "tsv", "output format: tsv, csv, jsonl or table")
	return cmd
}

func (o *extractOptions) run(ctx context.Context) error {
	ns, err := graph.NewNamespace(o.base)
	if err != nil {
		return err
	}
	w, err := newStatementWriter(o.io.Out, o.format)
	if err != nil {
		return err
	}
	p, err := newPipeline(o.extractors, ns)
	if err != nil {
		return err
	}
	sink := func(_ context.Context, docs []graph.Document) error {
		for _, d := range docs {
			text := map[int]string{}
			for _, s := range d.Sentences {
				text[s.Index] = s.Text
			}
			for _, st := range d.Statements {
				if err := w.Write(store.Record{Statement: st, SentenceText: text[st.Prov.Sentence]}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	rep, err := p.Build(ctx, o.paths, sink, pipeline.BuildOptions{Input: input.Options{Stdin: o.io.In}, BatchDocs: 1, Errors: o.io.Err})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if rep.Skipped > 0 {
		return errFailed
	}
	return nil
}
