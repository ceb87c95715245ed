package selection

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// maxCandidates is how many entities an ambiguous name error lists.
const maxCandidates = 8

// resolve returns the entities name stands for: the entity of that IRI;
// else every entity whose label or an alias is name (case-insensitive);
// else the one entity whose label or an alias contains it.
func resolve(ctx context.Context, src Source, name string) ([]graph.Entity, error) {
	var exact, partial []store.EntityRecord
	byIRI := strings.Contains(name, "://")
	f := store.EntityFilter{Name: name}
	if byIRI {
		f = store.EntityFilter{}
	}
	err := src.Entities(ctx, f, func(e store.EntityRecord) error {
		switch {
		case byIRI:
			if string(e.ID) == name {
				exact = append(exact, e)
			}
		case named(e.Entity, name):
			exact = append(exact, e)
		default:
			partial = append(partial, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find %q: %w", name, err)
	}
	switch {
	case len(exact) > 0:
		return entities(exact), nil
	case len(partial) == 1:
		return entities(partial), nil
	case len(partial) == 0 || byIRI:
		return nil, fmt.Errorf("no entity is named %q", name)
	}
	sort.SliceStable(partial, func(i, j int) bool { return partial[i].Mentions > partial[j].Mentions })
	var list []string
	for i, e := range partial {
		if i == maxCandidates {
			list = append(list, fmt.Sprintf("and %d more", len(partial)-maxCandidates))
			break
		}
		list = append(list, fmt.Sprintf("%q (%s, %d statements)", e.Label, e.Type, e.Mentions))
	}
	return nil, fmt.Errorf("%q names %d entities: %s; give a whole label or alias, or an IRI",
		name, len(partial), strings.Join(list, ", "))
}

func named(e graph.Entity, name string) bool {
	if strings.EqualFold(e.Label, name) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

func entities(rs []store.EntityRecord) []graph.Entity {
	out := make([]graph.Entity, len(rs))
	for i, r := range rs {
		out[i] = r.Entity
	}
	return out
}

// ego returns the nodes at most depth statements (of those f selects) away
// from the centres, walking through entities only.
func ego(ctx context.Context, src Source, f store.Filter, centres []graph.Entity, depth int) (map[string]bool, error) {
	ball := map[string]bool{}
	frontier := map[string]bool{}
	for _, c := range centres {
		ball[string(c.ID)] = true
		frontier[string(c.ID)] = true
	}
	for hop := 0; hop < depth && len(frontier) > 0; hop++ {
		next := map[string]bool{}
		reach := func(from, to graph.Term) {
			if !frontier[NodeID(from)] || ball[NodeID(to)] {
				return
			}
			ball[NodeID(to)] = true
			if to.IsEntity() {
				next[NodeID(to)] = true
			}
		}
		err := src.Statements(ctx, f, func(r store.Record) error {
			reach(r.Subject, r.Object)
			reach(r.Object, r.Subject)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk hop %d: %w", hop+1, err)
		}
		frontier = next
	}
	return ball, nil
}
