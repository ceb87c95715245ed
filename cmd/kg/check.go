package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type checkOptions struct {
	*globals
	io  streams
	max int
}

func newCheckCmd(g *globals, io streams) *cobra.Command {
	o := &checkOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Verify the store is a consistent kg graph",
		Long: `Check reads the whole store and reports every fact without its provenance,
provenance without its fact, statement derived from a missing sentence,
sentence of a missing article, and entity used by a fact with no name or
type. It exits 1 when it finds any.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	cmd.Flags().IntVar(&o.max, "max-problems", 50, "list at most this many problems")
	return cmd
}

func (o *checkOptions) run(ctx context.Context) error {
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.io.Out, "%d quads: %d articles, %d sentences, %d statements, %d entities used by facts\n",
		rep.Quads, rep.Articles, rep.Sentences, rep.Statements, rep.Entities)
	if len(rep.Problems) == 0 {
		fmt.Fprintln(o.io.Out, "ok")
		return nil
	}
	for i, p := range rep.Problems {
		if i == o.max {
			fmt.Fprintf(o.io.Out, "... and %d more\n", len(rep.Problems)-i)
			break
		}
		fmt.Fprintln(o.io.Out, p)
	}
	return fmt.Errorf("%d problems found", len(rep.Problems))
}
