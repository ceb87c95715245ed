package main

import (
	"context"
	"fmt"
	"sort"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/graph"
)

type statsOptions struct {
	*globals
	io streams
}

func newStatsCmd(g *globals, io streams) *cobra.Command {
	o := &statsOptions{globals: g, io: io}
	return &cobra.Command{
		Use:   "stats",
		Short: "Count articles, sentences, entities by type and statements by predicate",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
}

func (o *statsOptions) run(ctx context.Context) error {
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	w := o.io.Out
	fmt.Fprintf(w, "store       %s\narticles    %d\nsentences   %d\nstatements  %d (%.0f%% negated)\nquads       %d\n",
		s.Location(), st.Articles, st.Sentences, st.Statements, 100*st.NegatedRate, st.Quads)
	fmt.Fprintln(w, "\nentities by type")
	for _, t := range graph.EntityTypes {
		if n := st.Entities[t]; n > 0 {
			fmt.Fprintf(w, "  %-14s %d\n", t, n)
		}
	}
	fmt.Fprintln(w, "\nstatements by predicate")
	preds := make([]string, 0, len(st.Predicates))
	for p := range st.Predicates {
		preds = append(preds, p)
	}
	sort.Slice(preds, func(i, j int) bool {
		a, b := st.Predicates[preds[i]], st.Predicates[preds[j]]
		return a > b || a == b && preds[i] < preds[j]
	})
	for _, p := range preds {
		fmt.Fprintf(w, "  %-30s %d\n", p, st.Predicates[p])
	}
	return nil
}
