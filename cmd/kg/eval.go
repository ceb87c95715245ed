package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract/carb"
)

func newEvalCmd(io streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score kg against benchmarks",
	}
	cmd.AddCommand(newEvalOpenIECmd(io), newEvalParserCmd(io), newEvalEntitiesCmd(io))
	return cmd
}

type evalOpenIEOptions struct {
	io                  streams
	gold, system, curve string
}

func newEvalOpenIECmd(io streams) *cobra.Command {
	o := &evalOpenIEOptions{io: io}
	cmd := &cobra.Command{
		Use:   "openie --gold GOLD.tsv --system OUT.tsv [--curve FILE]",
		Short: "Score Open IE extractions with CaRB's metric (AUC and best F1)",
		Long: `Scores a system file in CaRB's tabbed format (sentence, confidence, relation,
arg1, arg2...) against CaRB gold (sentence, relation, arg1, arg2...) with
the reference scorer's default binary lenient tuple match.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	cmd.Flags().StringVar(&o.gold, "gold", "", "gold extractions (CaRB gold TSV)")
	cmd.Flags().StringVar(&o.system, "system", "", "system extractions (CaRB tabbed TSV)")
	cmd.Flags().StringVar(&o.curve, "curve", "", "also write the precision/recall curve to FILE")
	cmd.MarkFlagRequired("gold")
	cmd.MarkFlagRequired("system")
	return cmd
}

func (o *evalOpenIEOptions) run(context.Context) error {
	gold, err := readExtractions(o.gold, carb.ReadGold)
	if err != nil {
		return err
	}
	sys, err := readExtractions(o.system, carb.ReadSystem)
	if err != nil {
		return err
	}
	res := carb.Score(gold, sys)
	fmt.Fprintln(o.io.Out, res)
	if res.Unmatched > 0 || res.SystemShadowed > 0 {
		fmt.Fprintf(o.io.Err, "kg: %d system extractions name sentences the gold does not have, %d were shadowed by a later spelling of their sentence\n",
			res.Unmatched, res.SystemShadowed)
	}
	if o.curve == "" {
		return nil
	}
	return writeFile(o.curve, func(w io.Writer) error { return carb.WriteCurve(w, res) })
}

func readExtractions(path string, read func(r io.Reader, name string) ([]carb.Extraction, error)) ([]carb.Extraction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, path)
}
