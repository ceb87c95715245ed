package main

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

type statementsOptions struct {
	*globals
	io     streams
	format string
	filterFlags
}

func newStatementsCmd(g *globals, io streams) *cobra.Command {
	o := &statementsOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "statements",
		Short: "List stored statements with their provenance",
		Long: `Statements lists the stored statements.

--subject and --object take an entity IRI, or a name: the statements of every
entity whose label or an alias is that name, compared in lower case, without
accents, periods and apostrophes, other punctuation read as spaces ("george w
bush" and "George W. Bush" are one name). When no entity has the name, they
select the statements whose subject (object) has a label or alias, or is a
literal value, containing it, compared the same way.

--predicate matches a case-insensitive substring of the predicate; --source an
article id; --type the subject's or object's type.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	o.register(cmd.Flags())
	cmd.Flags().StringVar(&o.format, "format", "table", "output format: table, csv, tsv or jsonl")
	return cmd
}

func (o *statementsOptions) run(ctx context.Context) error {
	filter, err := o.resolve()
	if err != nil {
		return err
	}
	w, err := newStatementWriter(o.io.Out, o.format)
	if err != nil {
		return err
	}
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Statements(ctx, filter, w.Write); err != nil {
		return err
	}
	return w.Flush()
}

type entitiesOptions struct {
	*globals
	io     streams
	format string
	typ    string
	filter store.EntityFilter
}

func newEntitiesCmd(g *globals, io streams) *cobra.Command {
	o := &entitiesOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List stored entities",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	f := cmd.Flags()
	f.StringVar(&o.filter.Name, "name", "", "part of a label or alias (case, accents and punctuation ignored)")
	f.StringVar(&o.filter.Source, "source", "", "article id: entities that article mentions")
	f.StringVar(&o.typ, "type", "", "entity type (Person, Organization, Place, Weapon, Product, Event, Thing, or Concept: the unnamed noun phrases of each article, left out without this flag)")
	f.StringVar(&o.format, "format", "table", "output format: table, csv, tsv or jsonl")
	return cmd
}

func (o *entitiesOptions) run(ctx context.Context) error {
	if o.typ != "" {
		t, err := graph.ParseType(o.typ)
		if err != nil {
			return err
		}
		o.filter.Type = t
	}
	o.filter.Named = o.typ == ""
	write, flush, err := o.writer()
	if err != nil {
		return err
	}
	s, err := o.open(ctx, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Entities(ctx, o.filter, write); err != nil {
		return err
	}
	return flush()
}

func (o *entitiesOptions) writer() (func(store.EntityRecord) error, func() error, error) {
	if o.format == "jsonl" {
		enc := json.NewEncoder(o.io.Out)
		enc.SetEscapeHTML(false)
		return func(e store.EntityRecord) error {
			return enc.Encode(map[string]any{"id": e.ID, "label": e.Label, "type": e.Type,
				"aliases": nonNil(e.Aliases), "mentions": e.Mentions})
		}, func() error { return nil }, nil
	}
	rows, ok := newRows(o.io.Out, o.format)
	if !ok {
		return nil, nil, errUnknownFormat(o.format)
	}
	header := append([]string(nil), entityHeader...)
	if o.format == "table" {
		header = []string{"LABEL", "TYPE", "MENTIONS", "ALIASES", "ID"}
	}
	if err := rows.Write(header); err != nil {
		return nil, nil, err
	}
	return func(e store.EntityRecord) error {
		if o.format == "table" {
			return rows.Write([]string{e.Label, string(e.Type), strconv.Itoa(e.Mentions), strings.Join(e.Aliases, "|"), string(e.ID)})
		}
		return rows.Write([]string{string(e.ID), e.Label, string(e.Type), strings.Join(e.Aliases, "|"), strconv.Itoa(e.Mentions)})
	}, rows.Flush, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
