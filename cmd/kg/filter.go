package main

import (
	"slices"
	"strings"

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
	const name = "entity IRI, name (label or alias; case and punctuation ignored), or part of one"
	f.StringVar(&ff.filter.Subject, "subject", "", "subject: "+name)
	f.StringVar(&ff.filter.Predicate, "predicate", "", "predicate substring")
	f.StringVar(&ff.filter.Object, "object", "", "object: "+name)
	f.StringVar(&ff.filter.Source, "source", "", "article id")
	f.StringVar(&ff.typ, "type", "", "subject or object type ("+strings.Join(typeNames(), ", ")+")")
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

// typeNames returns the names of the types a statement's subject or object
// can have: the entity types, then the literal kinds.
func typeNames() []string {
	var names []string
	for _, t := range slices.Concat(graph.EntityTypes, []graph.Type{graph.Date, graph.Money, graph.Quantity, graph.Text}) {
		names = append(names, string(t))
	}
	return names
}
