// Package selection chooses the statements a kg export writes, the same
// way for every format:
//
//   - a store.Filter (subject, predicate, object, source article, type,
//     minimum confidence) picks statements one by one;
//   - Around and Depth keep the ego graph of an entity: the nodes at most
//     Depth statements away from it (through entities: a literal value
//     such as a date is a leaf, not a bridge between the entities that
//     mention it) and the selected statements among them;
//   - MaxNodes bounds the result to the best-connected neighbourhoods
//     (export/internal/bound), and the Report says what was cut.
//
// A node is an entity or a literal value (NodeID). A Selection is itself a
// source of statements, entities and, for the RDF formats, quads: the
// quads of the selected statements (fact and provenance) and of what they
// refer to (entities, relations, sentences, articles, extractors). A
// Selection of the zero Options is the whole store, quad for quad.
package selection

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// Source is what a selection reads; *store.Store is one.
type Source interface {
	Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error
	Entities(ctx context.Context, f store.EntityFilter, fn func(store.EntityRecord) error) error
}

// Options say which statements to select. The zero Options select all.
type Options struct {
	Filter store.Filter
	// Around names the entity of an ego graph: its IRI, or a label or
	// alias (case-insensitive; a part of one when it names one entity
	// only). Every entity of that exact name is a centre.
	Around string
	// Depth is how many statements away from Around a node may be; 0
	// means 1. It is ignored without Around.
	Depth int
	// MaxNodes bounds the number of nodes; 0 or negative: no bound.
	MaxNodes int
}

// Whole reports whether o selects every statement of the store.
func (o Options) Whole() bool {
	return o.Filter == (store.Filter{}) && o.Around == "" && o.MaxNodes <= 0
}

func (o Options) depth() int {
	if o.Depth <= 0 {
		return 1
	}
	return o.Depth
}

// A Selection is a Source that yields only the selected statements.
type Selection struct {
	src    Source
	opt    Options
	ball   map[string]bool // nodes of the ego graph; nil without Around
	keep   map[string]bool // nodes within the bound; nil without a bound
	report Report
}

// Select resolves opt against src: it finds the entity Around names, walks
// its ego graph and applies the node bound, reading src's statements once
// per hop and once more for the bound.
func Select(ctx context.Context, src Source, opt Options) (*Selection, error) {
	s := &Selection{src: src, opt: opt}
	if opt.Around != "" {
		centres, err := resolve(ctx, src, opt.Around)
		if err != nil {
			return nil, err
		}
		s.report.Around = centres
		s.report.Depth = opt.depth()
		if s.ball, err = ego(ctx, src, opt.Filter, centres, opt.depth()); err != nil {
			return nil, err
		}
	}
	if opt.MaxNodes > 0 {
		if err := s.bound(ctx); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Report returns what the selection chose and cut. Its counts are known
// only when the selection had to count (MaxNodes set).
func (s *Selection) Report() Report { return s.report }

// Whole reports whether the selection is the whole store.
func (s *Selection) Whole() bool { return s.opt.Whole() }

// Match reports whether the selection holds r.
func (s *Selection) Match(r store.Record) bool {
	if !s.opt.Filter.Match(r) {
		return false
	}
	return s.inside(r, s.ball) && s.inside(r, s.keep)
}

func (s *Selection) inside(r store.Record, nodes map[string]bool) bool {
	return nodes == nil || (nodes[NodeID(r.Subject)] && nodes[NodeID(r.Object)])
}

// Statements calls fn for every selected statement that f also matches,
// in src's order.
func (s *Selection) Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error {
	return s.src.Statements(ctx, s.opt.Filter, func(r store.Record) error {
		if !s.Match(r) || !f.Match(r) {
			return nil
		}
		return fn(r)
	})
}

// Entities calls fn for every entity of src that f matches: the selection
// restricts statements, not the entity index.
func (s *Selection) Entities(ctx context.Context, f store.EntityFilter, fn func(store.EntityRecord) error) error {
	return s.src.Entities(ctx, f, fn)
}

// NodeID names the node a term is in every graph export: an entity's IRI,
// or "literal:" and 16 hex digits of a hash of a literal's kind and text
// (the same value of the same kind is one node).
func NodeID(t graph.Term) string {
	if t.IsEntity() {
		return string(t.ID)
	}
	sum := sha256.Sum256([]byte(string(t.Type) + "\x00" + t.Text))
	return "literal:" + hex.EncodeToString(sum[:8])
}

// Report says what a selection chose.
type Report struct {
	Around []graph.Entity // the centres of the ego graph
	Depth  int            // its depth
	// Nodes and Statements are what the selection holds; TotalNodes and
	// TotalStatements what it held before the node bound. All four are
	// zero unless the selection counted (a node bound was set).
	Nodes, Statements           int
	TotalNodes, TotalStatements int
}

// Cut reports whether the node bound left anything out.
func (r Report) Cut() bool { return r.Nodes < r.TotalNodes }

// String describes the report in one line.
func (r Report) String() string {
	s := ""
	if len(r.Around) > 0 {
		s = fmt.Sprintf("around %s (depth %d)", names(r.Around), r.Depth)
	}
	if r.TotalNodes > 0 {
		if s != "" {
			s += ": "
		}
		s += fmt.Sprintf("%d nodes, %d statements", r.Nodes, r.Statements)
		if r.Cut() {
			s += fmt.Sprintf("; cut %d of %d nodes and %d of %d statements, keeping the best-connected neighbourhoods",
				r.TotalNodes-r.Nodes, r.TotalNodes, r.TotalStatements-r.Statements, r.TotalStatements)
		}
	}
	return s
}

func names(es []graph.Entity) string {
	s := ""
	for i, e := range es {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s <%s>", e.Label, e.ID)
	}
	return s
}
