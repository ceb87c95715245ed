package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract/pipeline"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

type extractOptions struct {
	*globals
	io         streams
	extractors string
	format     string
	input      string
	paths      []string
	limits     limits
}

func newExtractCmd(g *globals, io streams) *cobra.Command {
	o := &extractOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the statements of articles without storing them",
		Long: `Extract prints what build would store. With --input sentences, each line of
the input is one tokenised sentence and the output is CaRB's tabbed Open IE
format (sentence, confidence, relation, arg1, arg2...), with the words
exactly as they appear in the line: kg extract --input sentences --format
openie dev.txt > out.tsv, then kg eval openie --gold dev.tsv --system out.tsv.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			if o.input == "sentences" && !cmd.Flags().Changed("extractors") {
				o.extractors = "dep" // the benchmark scores one extractor's tuples
			}
			return o.run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&o.extractors, "extractors", defaultExtractors, "comma-separated extractors to run ("+extractorNames()+")")
	cmd.Flags().StringVar(&o.format, "format", "tsv", "output format: tsv, csv, jsonl or table; openie with --input sentences")
	cmd.Flags().StringVar(&o.input, "input", "articles", "articles, or sentences (one tokenised sentence a line)")
	o.limits.register(cmd.Flags())
	return cmd
}

func (o *extractOptions) run(ctx context.Context) error {
	switch {
	case o.input == "sentences" && o.format == "openie":
		return o.runSentences()
	case o.input == "sentences":
		return fmt.Errorf("--input sentences writes --format openie only")
	case o.input != "articles":
		return fmt.Errorf("unknown input %q (want articles or sentences)", o.input)
	case o.format == "openie":
		return fmt.Errorf("--format openie needs --input sentences")
	}
	if err := o.limits.check(); err != nil {
		return err
	}
	ns, err := graph.NewNamespace(o.base)
	if err != nil {
		return err
	}
	w, err := newStatementWriter(o.io.Out, o.format)
	if err != nil {
		return err
	}
	p, err := newPipelineWith(o.extractors, o.limits.pipelineOptions(ns))
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
	rep, err := p.Build(ctx, o.paths, sink, pipeline.BuildOptions{Input: o.limits.inputOptions(o.io.In), BatchDocs: 1, Errors: o.io.Err})
	o.limits.longSentences(o.io.Err, rep.LongSentences)
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
