package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/graph/store"
)

// streams are the command's standard streams, injected for tests.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
}

// globals are the flags every command takes.
type globals struct {
	db   string
	base string
}

// errFailed marks a command that already reported its problems and only
// needs a non-zero exit status.
var errFailed = errors.New("failed")

// run executes the command line and returns the exit status.
func run(ctx context.Context, args []string, io streams) int {
	root := newRoot(io)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		if !errors.Is(err, errFailed) {
			fmt.Fprintf(io.Err, "kg: %v\n", err)
		}
		return 1
	}
	return 0
}

func newRoot(io streams) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "kg",
		Short:         "Build, query and export a knowledge graph of news articles",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.PersistentFlags().StringVar(&g.db, "db", envOr("KG_DB", store.DefaultLocation),
		"store: a bolt file path, bolt:PATH, leveldb:DIR, memory, or postgres://... (env KG_DB)")
	root.PersistentFlags().StringVar(&g.base, "base", os.Getenv("KG_BASE"),
		"IRI base for new stores (env KG_BASE; default "+defaultBase+")")
	root.AddCommand(
		newBuildCmd(g, io),
		newRemoveCmd(g, io),
		newImportCmd(g, io),
		newCheckCmd(g, io),
		newExtractCmd(g, io),
		newStatementsCmd(g, io),
		newEntitiesCmd(g, io),
		newQueryCmd(g, io),
		newExportCmd(g, io),
		newStatsCmd(g, io),
		newServeCmd(g, io),
		newParseCmd(io),
		newEvalCmd(io),
	)
	return root
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// open opens the store the flags name.
func (g *globals) open(ctx context.Context, readOnly bool) (*store.Store, error) {
	return store.Open(ctx, g.db, store.Options{Base: g.base, ReadOnly: readOnly})
}
