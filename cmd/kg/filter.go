package main

import (
	"github.com/spf13/pflag"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// filterFlags are the statement selection flags shared by statements and export.
type filterFlags struct {
	filter store.Filter
	typ    string
}

func (ff *filterFlags) register(f *pflag.FlagSet) {
	f.StringVar(&ff.filter.Subject, "subject", "", "subject label substring or IRI")
	f.StringVar(&ff.filter.Predicate, "predicate", "", "predicate substring")
	f.StringVar(&ff.filter.Object, "object", "", "object label substring or IRI")
	f.StringVar(&ff.filter.Source, "source", "", "article id")
	f.StringVar(&ff.typ, "type", "", "subject or object type (Person, Organization, Place, Weapon, Product, Event, Thing, Date, Money, Quantity, Text)")
	f.Float64Var(&ff.filter.MinConfidence, "min-confidence", 0, "lowest confidence to select")
}

// resolve returns the filter with --type parsed.
func (ff *filterFlags) resolve() (store.Filter, error) {
	f := ff.filter
	if ff.typ != "" {
		t, err := graph.ParseType(ff.typ)
		if err != nil {
			return f, err
		}
		f.Type = t
	}
	return f, nil
}
