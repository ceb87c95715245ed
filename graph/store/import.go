package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// importBatch is the number of quads AddQuads writes in one transaction.
//
// A bolt transaction holds every page it changes in memory until it
// commits, and an import changes pages all over the store. Importing the
// 2,237,278 quads of the Wikinews corpus's export (kg import, two runs
// each, load 3-6): one transaction peaked at 5.1-5.4 GB resident; 200,000
// quads a transaction at 3.6-3.7 GB, 50,000 at 3.1-3.4 GB, 25,000 at 3.0
// GB for 10% more CPU. (kg import then held the file's parsed quads too;
// export/load now hands them over a batch at a time, docs/scaling.md.)
const importBatch = 50000

// AddQuads adds raw quads (read from an N-Quads or JSON-LD file, say).
// Quads the store already holds, and repeated quads, are ignored.
//
// Every quad must have an IRI or blank node subject, an IRI predicate, an
// object and a nil, IRI or blank node label. A quad giving the store's IRI
// base (kg:store kg:base "...") must agree with the store's base: a graph
// exported from a store of another base is refused rather than mixed in.
// All quads are checked before any is written: a bad one leaves the store
// as it was.
//
// The quads are then written in order, importBatch quads a transaction,
// so that memory stays bounded. A write that fails (a full disk, a
// cancelled context) leaves the transactions before it stored and returns
// an *ImportError saying how many quads they held; AddQuads never removes
// a quad, and adding the same quads again completes the import.
func (s *Store) AddQuads(ctx context.Context, quads []quad.Quad) error {
	return s.addQuads(ctx, quads, importBatch)
}

// addQuads is AddQuads in transactions of batch quads.
func (s *Store) addQuads(ctx context.Context, quads []quad.Quad, batch int) error {
	for i, q := range quads {
		if err := s.checkQuad(q); err != nil {
			return fmt.Errorf("quad %d (%s): %w", i+1, q.NQuad(), err)
		}
	}
	for start := 0; start < len(quads); start += batch {
		end := min(start+batch, len(quads))
		if err := s.addBatch(ctx, quads[start:end]); err != nil {
			return &ImportError{Stored: start, Total: len(quads), Err: err}
		}
	}
	return nil
}

// ImportError is a failed AddQuads that stored some of its quads.
type ImportError struct {
	Stored int // the quads stored, the first Stored of those given
	Total  int // the quads given
	Err    error
}

func (e *ImportError) Error() string {
	if e.Stored == 0 {
		return e.Err.Error()
	}
	return fmt.Sprintf("%v (the first %d of %d quads were stored; importing them all again completes the import)",
		e.Err, e.Stored, e.Total)
}

func (e *ImportError) Unwrap() error { return e.Err }

// addBatch adds checked quads in one transaction.
func (s *Store) addBatch(ctx context.Context, quads []quad.Quad) error {
	defer s.guard.write()()
	deltas := make([]cgraph.Delta, 0, len(quads))
	seen := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		if !seen[q] {
			seen[q] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.buckets.prepare(deltas); err != nil {
		return err
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("add %d quads: %w", len(deltas), err)
	}
	return nil
}

// CheckQuad returns why AddQuads would refuse q, or nil when it would take
// it: the check AddQuads makes of every quad before it writes any. A
// reader that adds a file in several calls of AddQuads checks the file's
// quads with it first, so that a bad one stores nothing.
func (s *Store) CheckQuad(q quad.Quad) error { return s.checkQuad(q) }

func (s *Store) checkQuad(q quad.Quad) error {
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return fmt.Errorf("subject %v is neither an IRI nor a blank node", q.Subject)
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Errorf("predicate %v is not an IRI", q.Predicate)
	}
	if q.Object == nil {
		return fmt.Errorf("no object")
	}
	switch q.Label.(type) {
	case nil, quad.IRI, quad.BNode:
	default:
		return fmt.Errorf("graph label %v is neither an IRI nor a blank node", q.Label)
	}
	if q.Subject == graph.StoreNode && q.Predicate == graph.PropBase && q.Label == nil {
		if base := graph.Lexical(q.Object); base != s.ns.Base {
			return fmt.Errorf("the quads come from a store of IRI base %q; this store's base is %q (open a new store with --base %s)",
				base, s.ns.Base, base)
		}
	}
	return nil
}
