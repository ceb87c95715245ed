package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type removeOptions struct {
	*globals
	io  streams
	ids []string
}

func newRemoveCmd(g *globals, io streams) *cobra.Command {
	o := &removeOptions{globals: g, io: io}
	return &cobra.Command{
		Use:   "remove ARTICLE...",
		Short: "Delete articles' statements, and the entities nothing else mentions",
		Long: `Remove deletes each named article (by id) with its sentences and statements,
and every entity that no remaining article mentions, in one transaction.
Ids the store does not hold are reported and make the exit status 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.ids = args
			return o.run(cmd.Context())
		},
	}
}

func (o *removeOptions) run(ctx context.Context) error {
	s, err := o.open(ctx, false)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Remove(ctx, o.ids)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.io.Err, "kg: removed %d articles, %d entities, %d quads", st.Articles, st.Entities, st.Quads)
	if st.Missing > 0 {
		fmt.Fprintf(o.io.Err, "; %d ids not in the store\n", st.Missing)
		return errFailed
	}
	fmt.Fprintln(o.io.Err)
	return nil
}
