package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
)

type evalEntitiesOptions struct {
	io  streams
	iob string
}

func newEvalEntitiesCmd(io streams) *cobra.Command {
	o := &evalEntitiesOptions{io: io}
	cmd := &cobra.Command{
		Use:   "entities --iob2 FILE",
		Short: "Score name recognition and typing on an IOB2 file (Universal NER)",
		Long: `Runs kg's name recognition and resolution over the gold tokens of FILE
(Universal NER's IOB2 layout: index, form, tag a line; sentences separated
by blank lines; "# newdoc id" groups sentences into documents) and prints
precision, recall and F1 of exact spans in percent: per type (PER as
Person, ORG as Organization, LOC as Place), typed (a name left as Thing
counts as wrong), committed (only the names kg typed) and untyped
(boundaries only). docs/entities.md explains the rules.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run() },
	}
	cmd.Flags().StringVar(&o.iob, "iob2", "", "gold IOB2 file")
	cmd.MarkFlagRequired("iob2")
	return cmd
}

func (o *evalEntitiesOptions) run() error {
	f, err := os.Open(o.iob)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := entity.ReadIOB(f, o.iob)
	if err != nil {
		return err
	}
	tg, err := nlp.Default()
	if err != nil {
		return err
	}
	lx, err := entity.Default()
	if err != nil {
		return err
	}
	gold := make([][]entity.Span, len(sents))
	for i, s := range sents {
		gold[i] = s.Gold
	}
	fmt.Fprintln(o.io.Out, entity.Score(gold, lx.Predict(tg, sents)))
	return nil
}
