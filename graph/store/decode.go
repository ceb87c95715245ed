package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// term decodes a subject or object value, looking up an entity's label
// and type; it also returns the entity's aliases (nil for a literal), each
// time a copy.
func (r *reader) term(ctx context.Context, v quad.Value) (graph.Term, []string, error) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return graph.LiteralTerm(v), nil, nil
	}
	e, ok := r.entities[v]
	if !ok {
		var err error
		if e, err = r.s.entity(ctx, iri); err != nil {
			return graph.Term{}, nil, err
		}
		r.entities[v] = e
	}
	return graph.EntityTerm(e), slices.Clone(e.Aliases), nil
}

func (r *reader) lemma(ctx context.Context, pred quad.Value) (string, error) {
	if l, ok := r.lemmas[pred]; ok {
		return l, nil
	}
	v, err := r.s.first(ctx, pred, graph.PropLabel)
	if err != nil {
		return "", err
	}
	l := graph.Lexical(v)
	if v == nil {
		l = graph.Lexical(pred)
	}
	r.lemmas[pred] = l
	return l, nil
}

func (r *reader) tool(ctx context.Context, ext quad.Value) ([2]string, error) {
	if t, ok := r.tools[ext]; ok {
		return t, nil
	}
	props, err := r.s.quadsWith(ctx, quad.Subject, ext)
	if err != nil {
		return [2]string{}, err
	}
	var t [2]string
	for _, q := range props {
		switch q.Predicate {
		case graph.PropName:
			t[0] = graph.Lexical(q.Object)
		case graph.PropVersion:
			t[1] = graph.Lexical(q.Object)
		}
	}
	r.tools[ext] = t
	return t, nil
}

func (r *reader) sentence(ctx context.Context, sent quad.Value) (sentenceInfo, error) {
	if si, ok := r.sentences[sent]; ok {
		return si, nil
	}
	props, err := r.s.quadsWith(ctx, quad.Subject, sent)
	if err != nil {
		return sentenceInfo{}, err
	}
	var si sentenceInfo
	for _, q := range props {
		switch q.Predicate {
		case graph.PropArticle:
			id, err := r.s.first(ctx, q.Object, graph.PropIdentifier)
			if err != nil {
				return si, err
			}
			if id == nil {
				return si, fmt.Errorf("sentence %s: article %s is missing", sent, q.Object)
			}
			si.article = graph.Lexical(id)
		case graph.PropIndex:
			if _, err := fmt.Sscan(graph.Lexical(q.Object), &si.index); err != nil {
				return si, fmt.Errorf("sentence %s: bad index", sent)
			}
		case graph.PropText:
			si.text = graph.Lexical(q.Object)
		}
	}
	r.sentences[sent] = si
	return si, nil
}

// entity reads the entity stored at iri.
//
// kg's resolver types and labels an entity article by article, so a store
// may hold several type and name quads for one entity. Its type is then the
// first of them in graph.EntityTypes order (the most specific: Thing comes
// last of the named types; a Concept has an IRI of its own article's, which
// no named entity shares, so it is never merged with one), its label the first of its names written in mixed case ("George
// W. Bush" before "GEORGE W. BUSH", "Agency" before "agency"), the least in
// byte order among those, and its other names are aliases (sorted).
func (s *Store) entity(ctx context.Context, iri quad.IRI) (graph.Entity, error) {
	e := graph.Entity{ID: graph.IRI(iri), Type: graph.Thing}
	props, err := s.quadsWith(ctx, quad.Subject, iri)
	if err != nil {
		return e, err
	}
	var names []string
	rank := len(graph.EntityTypes)
	for _, q := range props {
		switch q.Predicate {
		case graph.PropName:
			names = append(names, graph.Lexical(q.Object))
		case graph.PropAlternateName:
			e.Aliases = append(e.Aliases, graph.Lexical(q.Object))
		case graph.PropType:
			if t, ok := graph.TypeOfClass(q.Object); ok {
				if i := slices.Index(graph.EntityTypes, t); i >= 0 && i < rank {
					e.Type, rank = t, i
				}
			}
		}
	}
	if len(names) == 0 {
		e.Label = string(iri)
		slices.Sort(e.Aliases)
		return e, nil
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(oneCase(a), oneCase(b)), strings.Compare(a, b))
	})
	e.Label = names[0]
	for _, n := range names[1:] {
		if !slices.Contains(e.Aliases, n) {
			e.Aliases = append(e.Aliases, n)
		}
	}
	e.Aliases = slices.DeleteFunc(e.Aliases, func(a string) bool { return a == e.Label })
	slices.Sort(e.Aliases)
	return e, nil
}

// oneCase returns 1 when s has no upper-case or no lower-case letter, else 0.
func oneCase(s string) int {
	if strings.ContainsFunc(s, unicode.IsUpper) && strings.ContainsFunc(s, unicode.IsLower) {
		return 0
	}
	return 1
}
