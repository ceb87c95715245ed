package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/export/load"
	"github.com/kgraph/kg/graph/store"
)

type importOptions struct {
	*globals
	io     streams
	format string
	quiet  bool
}

func newImportCmd(g *globals, io streams) *cobra.Command {
	o := &importOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "import [--format nquads|jsonld] FILE...",
		Short: "Read N-Quads, N-Triples or JSON-LD files into the store",
		Long: `Import reads RDF files, kg's own exports or anyone's, into the store: N-Quads
and N-Triples (.nq, .nt) and JSON-LD (.jsonld, .json), the format told by the
extension unless --format says; - reads standard input (--format needed).
Each file is read and checked whole first: a line that does not parse, or a
quad kg cannot store, stores nothing of it. Its quads are then written 50,000
to a transaction (N-Quads are read a second time for this, standard input
from a temporary copy); a write that fails part way (a full disk, an
interrupt) keeps the transactions before it, the error says how many of the
file's quads they held, and importing the file again completes it.
JSON-LD may name no remote context but kg's own. A graph exported from a
store of another IRI base needs a store of that base (--base).
Importing an export into an empty store and exporting it again gives the
same bytes.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd.Context(), args) },
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "", "nquads (also N-Triples) or jsonld (default: by extension)")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print nothing but errors")
	return cmd
}

func (o *importOptions) run(ctx context.Context, paths []string) error {
	format := load.Format(o.format)
	switch format {
	case "", load.NQuads, load.JSONLD:
	default:
		return fmt.Errorf("unknown import format %q (want nquads or jsonld)", o.format)
	}
	for _, p := range paths {
		if p == "-" && format == "" {
			return fmt.Errorf("reading standard input needs --format")
		}
		if p != "-" && format == "" {
			if _, err := load.FormatOf(p); err != nil {
				return err
			}
		}
	}
	s, err := o.open(ctx, false)
	if err != nil {
		return err
	}
	defer s.Close()
	total := 0
	for i, p := range paths {
		var n int
		if p == "-" {
			n, err = load.FromReader(ctx, s, o.io.In, "standard input", format)
		} else {
			n, err = load.File(ctx, s, p, format)
		}
		if err != nil {
			if msg := importFailure(i, p, len(paths)-i-1, err); msg != "" {
				fmt.Fprintln(o.io.Err, msg)
			}
			return err
		}
		total += n
		if !o.quiet {
			fmt.Fprintf(o.io.Err, "kg: read %d quads from %s\n", n, p)
		}
	}
	if !o.quiet && len(paths) > 1 {
		fmt.Fprintf(o.io.Err, "kg: read %d quads from %d files into %s\n", total, len(paths), s.Location())
	}
	return nil
}

// importFailure says what an import that failed on path left stored,
// after done files were imported and with later files not tried, or
// returns "" when it stored nothing (the error says the rest).
func importFailure(done int, path string, later int, err error) string {
	var part *store.ImportError
	if !errors.As(err, &part) || part.Stored == 0 {
		part = nil
	}
	if done == 0 && part == nil {
		return ""
	}
	msg := fmt.Sprintf("kg: %d files imported before the error; ", done)
	if part != nil {
		msg += fmt.Sprintf("of %s, %d of %d quads were stored (importing it again completes it)", path, part.Stored, part.Total)
	} else {
		msg += path + " was not imported"
	}
	if later > 0 {
		msg += fmt.Sprintf("; the %d files after it were not tried", later)
	}
	return msg
}
