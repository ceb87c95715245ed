package store

import (
	"context"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// nameBatch is the number of names entitiesNamed reads in one call.
const nameBatch = 4096

// nameHits are the entities a folded text names: exact, those with a name
// (label or alias) that folds to the text, and partial, those with a name
// whose folded form contains it (exact ones included). Each is nil when
// empty.
type nameHits struct {
	exact, partial map[quad.Value]bool
}

// entitiesNamed returns the entities (the nodes typed as one of
// graph.EntityTypes) each of the folded texts wanted names; nothing for "".
//
// Cayley indexes quads by subject and by object, so no index finds a name
// up to case and punctuation: every entity's names are read, through the
// type quads (the object index of each class) and each entity's subject
// index, comparing predicates by reference and decoding only the names.
// The whole Wikinews corpus, 86,000 entities with 96,000 names, takes
// 1.5-2 s (docs/scaling.md).
func (s *Store) entitiesNamed(ctx context.Context, wanted ...string) ([]nameHits, error) {
	out := make([]nameHits, len(wanted))
	ents, err := s.typedNodes(ctx)
	if err != nil {
		return nil, err
	}
	nameRefs, err := s.refsOf(graph.PropName, graph.PropAlternateName)
	if err != nil || nameRefs == nil {
		return out, err
	}
	exact := make([][]cgraph.Ref, len(wanted))
	partial := make([][]cgraph.Ref, len(wanted))
	var names, owners []cgraph.Ref
	flush := func() error {
		vals, err := cgraph.ValuesOf(ctx, s.qs, names)
		if err != nil {
			return err
		}
		for i, v := range vals {
			f := graph.FoldName(graph.Lexical(v))
			for j, w := range wanted {
				if w == "" || !strings.Contains(f, w) {
					continue
				}
				partial[j] = append(partial[j], owners[i])
				if f == w {
					exact[j] = append(exact[j], owners[i])
				}
			}
		}
		names, owners = names[:0], owners[:0]
		return nil
	}
	for _, e := range ents {
		err := s.eachRef(ctx, quad.Subject, e, func(q cgraph.Ref) error {
			p, err := s.qs.QuadDirection(q, quad.Predicate)
			if err != nil || !nameRefs[refs.ToKey(p)] {
				return err
			}
			o, err := s.qs.QuadDirection(q, quad.Object)
			names, owners = append(names, o), append(owners, e)
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(names) >= nameBatch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for i := range wanted {
		if out[i].exact, err = s.valueSet(ctx, exact[i]); err != nil {
			return nil, err
		}
		if out[i].partial, err = s.valueSet(ctx, partial[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// typedNodes returns the subjects of the type quads of every entity
// class, each once.
func (s *Store) typedNodes(ctx context.Context) ([]cgraph.Ref, error) {
	typ, err := s.refsOf(graph.PropType)
	if err != nil || typ == nil {
		return nil, err
	}
	var out []cgraph.Ref
	met := map[any]bool{}
	for _, t := range graph.EntityTypes {
		class, err := s.qs.ValueOf(graph.ClassOf(t))
		if err != nil || class == nil {
			if err != nil {
				return nil, err
			}
			continue
		}
		err = s.eachRef(ctx, quad.Object, class, func(q cgraph.Ref) error {
			p, err := s.qs.QuadDirection(q, quad.Predicate)
			if err != nil || !typ[refs.ToKey(p)] {
				return err
			}
			e, err := s.qs.QuadDirection(q, quad.Subject)
			if err == nil && !met[refs.ToKey(e)] {
				met[refs.ToKey(e)] = true
				out = append(out, e)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// refsOf returns the keys of the references of the stored values among
// vs; nil when none is stored.
func (s *Store) refsOf(vs ...quad.Value) (map[any]bool, error) {
	var out map[any]bool
	for _, v := range vs {
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			if out == nil {
				out = map[any]bool{}
			}
			out[refs.ToKey(ref)] = true
		}
	}
	return out, nil
}

// eachRef calls fn for the reference of every quad whose direction d
// holds the value of reference v, without reading the quad's values.
func (s *Store) eachRef(ctx context.Context, d quad.Direction, v cgraph.Ref, fn func(cgraph.Ref) error) error {
	it := s.qs.QuadIterator(d, v).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
	}
	return it.Err()
}

// valueSet reads the values of references; nil for none.
func (s *Store) valueSet(ctx context.Context, l []cgraph.Ref) (map[quad.Value]bool, error) {
	if len(l) == 0 {
		return nil, nil
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, l)
	if err != nil {
		return nil, err
	}
	out := make(map[quad.Value]bool, len(vals))
	for _, v := range vals {
		out[v] = true
	}
	return out, nil
}
