package entity

import (
	"strings"

	"github.com/kgraph/kg/graph"
)

// Article resolves the mentions of one article to entities. Call Learn
// with every mention of the article first, then Resolve: a short form may
// come before its full form ("Zelensky ... Volodymyr Zelensky").
type Article struct {
	lx       *Lexicon
	ns       graph.Namespace
	byID     map[graph.IRI]*graph.Entity
	order    []graph.IRI
	surnames map[string]string // last word of a full person name -> its label
}

// NewArticle starts resolving one article's mentions into namespace ns.
func (lx *Lexicon) NewArticle(ns graph.Namespace) *Article {
	return &Article{lx: lx, ns: ns, byID: map[graph.IRI]*graph.Entity{}, surnames: map[string]string{}}
}

// Learn records what a mention teaches about names in this article.
func (a *Article) Learn(m Mention) {
	if m.Type != graph.Person {
		return
	}
	label := m.Text
	if m.Label != "" {
		label = m.Label
	}
	fs := strings.Fields(label)
	if len(fs) < 2 {
		return
	}
	last := fs[len(fs)-1]
	if old, ok := a.surnames[last]; ok && old != label && m.Label == "" {
		return // two people share the surname: leave short forms alone
	}
	a.surnames[last] = label
}

// Resolve returns the entity a named mention refers to, recording the
// mention's text as an alias when it differs from the canonical label.
func (a *Article) Resolve(m Mention) graph.Entity {
	label, typ := m.Label, m.Type
	if label == "" {
		label = m.Text
		if full, ok := a.surnames[m.Text]; ok && (typ == graph.Person || typ == graph.Thing) {
			label, typ = full, graph.Person
			if k, ok := a.lx.Lookup(full); ok {
				label, typ = k.Label, k.Type
			}
		}
	}
	return a.add(a.ns.Entity(label), label, typ, m.Text)
}

// Concept returns the entity for an unnamed noun phrase ("decision", "air
// defense forces") of article id: a node of type Concept whose IRI belongs
// to the article (graph.Namespace.Concept), so that the same phrase in
// another article is another node. A phrase that is a name after all stays
// the named entity: one the article already resolved under that label, or
// a gazetteer name ("the Pentagon" where the recogniser found no mention).
func (a *Article) Concept(id, phrase string) graph.Entity {
	if e, ok := a.byID[a.ns.Entity(phrase)]; ok {
		return a.add(a.ns.Entity(phrase), e.Label, e.Type, phrase)
	}
	if k, ok := a.lx.Lookup(phrase); ok {
		return a.add(a.ns.Entity(k.Label), k.Label, k.Type, phrase)
	}
	return a.add(a.ns.Concept(id, phrase), phrase, graph.Concept, phrase)
}

// add returns the entity at id, first creating it with label and type typ;
// a Thing takes a more specific typ, and surface becomes an alias when it
// is not the label.
func (a *Article) add(id graph.IRI, label string, typ graph.Type, surface string) graph.Entity {
	e, ok := a.byID[id]
	if !ok {
		e = &graph.Entity{ID: id, Label: label, Type: typ}
		if k, known := a.lx.Lookup(label); known && k.Label == label {
			e.Aliases = append(e.Aliases, a.lx.aliases[label]...)
		}
		a.byID[id] = e
		a.order = append(a.order, id)
	}
	if e.Type == graph.Thing && typ != graph.Thing {
		e.Type = typ
	}
	if surface != "" && surface != e.Label && !contains(e.Aliases, surface) {
		e.Aliases = append(e.Aliases, surface)
	}
	return *e
}

// Entities returns the article's entities in order of first resolution. A
// person's surname is one of its aliases ("Lammy" for "David Lammy").
func (a *Article) Entities() []graph.Entity {
	out := make([]graph.Entity, 0, len(a.order))
	for _, id := range a.order {
		e := *a.byID[id]
		if fs := strings.Fields(e.Label); e.Type == graph.Person && len(fs) >= 2 {
			if last := fs[len(fs)-1]; !contains(e.Aliases, last) {
				e.Aliases = append(append([]string(nil), e.Aliases...), last)
			}
		}
		out = append(out, e)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
