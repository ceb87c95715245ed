package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// CheckReport is what Check found.
type CheckReport struct {
	Quads, Statements, Sentences, Articles, Entities int
	Problems                                         []string // empty when the store is consistent
}

// what a statement node has
const (
	hasFact = 1 << iota
	hasDerived
	hasSpan
	hasConfidence
	hasExtractor
	hasAll = hasFact | hasDerived | hasSpan | hasConfidence | hasExtractor
)

// Check reads the whole store and reports every way in which it is not a
// consistent kg graph: a fact without provenance, provenance without its
// fact, a statement derived from a missing sentence, a sentence of a
// missing article, an entity used by a fact with no type or name.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	defer s.guard.read()()
	var rep CheckReport
	stmts := map[quad.Value]int{}
	derived := map[quad.Value]quad.Value{} // statement -> sentence
	sentArticle := map[quad.Value]quad.Value{}
	articles := map[quad.Value]bool{}
	used := map[quad.Value]bool{}
	named, typed := map[quad.Value]bool{}, map[quad.Value]bool{}
	err := s.scan(ctx, s.qs.QuadsAllIterator(), func(q quad.Quad) error {
		rep.Quads++
		if q.Label != nil {
			if stmts[q.Label]&hasFact != 0 {
				rep.Problems = append(rep.Problems, fmt.Sprintf("statement %s has more than one fact", q.Label))
			}
			stmts[q.Label] |= hasFact
			used[q.Subject] = true
			if _, ok := q.Object.(quad.IRI); ok {
				used[q.Object] = true
			}
			return nil
		}
		switch q.Predicate {
		case graph.PropDerivedFrom:
			stmts[q.Subject] |= hasDerived
			derived[q.Subject] = q.Object
		case graph.PropSpan:
			stmts[q.Subject] |= hasSpan
		case graph.PropConfidence:
			stmts[q.Subject] |= hasConfidence
		case graph.PropAttributedTo:
			stmts[q.Subject] |= hasExtractor
		case graph.PropArticle:
			sentArticle[q.Subject] = q.Object
		case graph.PropName:
			named[q.Subject] = true
		case graph.PropType:
			typed[q.Subject] = true
			if q.Object == graph.ClassArticle {
				articles[q.Subject] = true
			}
		}
		return nil
	})
	if err != nil {
		return rep, err
	}
	rep.Articles, rep.Sentences = len(articles), len(sentArticle)
	for st, has := range stmts {
		switch {
		case has == hasAll:
			rep.Statements++
		case has&hasFact == 0:
			// span and confidence also describe sentences: only statement
			// nodes (derived from a sentence) must have a fact
			if has&hasDerived != 0 {
				rep.Problems = append(rep.Problems, fmt.Sprintf("statement %s has provenance but no fact", st))
			}
		default:
			rep.Problems = append(rep.Problems, fmt.Sprintf("statement %s lacks provenance (has %05b of %05b)", st, has, hasAll))
		}
	}
	for st, sent := range derived {
		if _, ok := sentArticle[sent]; !ok {
			rep.Problems = append(rep.Problems, fmt.Sprintf("statement %s is derived from missing sentence %s", st, sent))
		}
	}
	for sent, art := range sentArticle {
		if !articles[art] {
			rep.Problems = append(rep.Problems, fmt.Sprintf("sentence %s belongs to missing article %s", sent, art))
		}
	}
	for e := range used {
		rep.Entities++
		if !named[e] || !typed[e] {
			rep.Problems = append(rep.Problems, fmt.Sprintf("entity %s is used by a fact but has no name or type", e))
		}
	}
	sort.Strings(rep.Problems)
	return rep, nil
}
