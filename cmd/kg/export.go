package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"
)

type exportOptions struct {
	*globals
	io     streams
	format string
	output string
}

func newExportCmd(g *globals, io streams) *cobra.Command {
	o := &exportOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "export --format dot|svg|png|jsonld|nquads [-o FILE]",
		Short: "Export the graph as a diagram or in a format other tools read",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	cmd.Flags().StringVar(&o.format, "format", "jsonld", "dot, svg, png, jsonld or nquads")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "output file (default stdout)")
	return cmd
}

func (o *exportOptions) run(ctx context.Context) error {
	return errors.New("export is being wired")
}
