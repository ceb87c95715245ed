package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/graph/store"
)

type queryOptions struct {
	*globals
	io    streams
	lang  string
	limit int
	query string
}

func newQueryCmd(g *globals, io streams) *cobra.Command {
	o := &queryOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo|graphql|mql] QUERY|-",
		Short: "Run a Cayley query (Gizmo, GraphQL or MQL) and print JSON",
		Example: `  kg query 'g.V("<https://example.org/kg/id/entity/joe-biden>").Out("<https://example.org/kg/id/rel/authorize>").All()'
  echo '{ nodes(id: "<https://example.org/kg/id/entity/kremlin>") { id } }' | kg query --lang graphql -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.query = args[0]
			return o.run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&o.lang, "lang", "gizmo", "query language: "+strings.Join(store.Languages(), ", "))
	cmd.Flags().IntVar(&o.limit, "limit", 0, "at most this many results (0: all)")
	return cmd
}

func (o *queryOptions) run(ctx context.Context) error {
	q := o.query
	if q == "-" {
		b, err := io.ReadAll(o.io.In)
		if err != nil {
			return fmt.Errorf("read query from stdin: %w", err)
		}
		q = string(b)
	}
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Query(ctx, o.lang, q, o.limit, o.io.Out)
}

func errUnknownFormat(f string) error {
	return fmt.Errorf("unknown format %q (want table, csv, tsv or jsonl)", f)
}
