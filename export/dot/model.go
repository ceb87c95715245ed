package dot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// A vnode is a node to draw: an entity or a literal value.
type vnode struct {
	name    string // graphviz node name: the entity IRI, or a hash for literals
	label   string // canonical label or literal value
	typ     graph.Type
	iri     graph.IRI // "" for literals
	aliases []string
	degree  int // statements that touch the node
}

// A vedge is one or more statements with the same subject, object,
// predicate, polarity and modality, drawn as one edge.
type vedge struct {
	from, to string // node names
	lemma    string
	negated  bool
	modality string
	conf     float64 // the highest confidence among the statements
	sources  []source
}

// A source is one statement behind an edge.
type source struct {
	article  string
	sentence int
	start    int
	text     string
	conf     float64
}

// model is the whole graph before selection.
type model struct {
	nodes      map[string]*vnode
	edges      map[edgeKey]*vedge
	statements int
}

type edgeKey struct {
	from, to, lemma, modality string
	negated                   bool
}

// read builds the model of the statements f selects.
func read(ctx context.Context, src Source, f store.Filter) (*model, error) {
	m := &model{nodes: map[string]*vnode{}, edges: map[edgeKey]*vedge{}}
	err := src.Statements(ctx, f, func(r store.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		m.add(r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = src.Entities(ctx, store.EntityFilter{}, func(e store.EntityRecord) error {
		if n := m.nodes[entityName(e.ID)]; n != nil {
			n.aliases = e.Aliases
		}
		return nil
	})
	return m, err
}

func (m *model) add(r store.Record) {
	from := m.node(r.Subject)
	to := m.node(r.Object)
	from.degree++
	if to != from {
		to.degree++
	}
	k := edgeKey{from: from.name, to: to.name, lemma: r.Predicate.Lemma, modality: r.Modality, negated: r.Negated}
	e := m.edges[k]
	if e == nil {
		e = &vedge{from: k.from, to: k.to, lemma: k.lemma, negated: k.negated, modality: k.modality}
		m.edges[k] = e
	}
	e.conf = max(e.conf, r.Prov.Confidence)
	e.sources = append(e.sources, source{article: r.Prov.Article, sentence: r.Prov.Sentence,
		start: r.Prov.Start, text: r.SentenceText, conf: r.Prov.Confidence})
	m.statements++
}

func (m *model) node(t graph.Term) *vnode {
	name := termName(t)
	n := m.nodes[name]
	if n == nil {
		n = &vnode{name: name, label: t.Text, typ: t.Type, iri: t.ID}
		m.nodes[name] = n
	}
	return n
}

// plainIRI matches IRIs that serve as node names as they are.
var plainIRI = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.\-]*:[^"\\\x00-\x20\x7f]*$`)

func termName(t graph.Term) string {
	if t.IsEntity() {
		return entityName(t.ID)
	}
	sum := sha256.Sum256([]byte(string(t.Type) + "\x00" + t.Text))
	return "literal:" + hex.EncodeToString(sum[:8])
}

// entityName is the node name of an entity: its IRI, unless the IRI holds
// characters that would make the DOT hard to read.
func entityName(iri graph.IRI) string {
	if plainIRI.MatchString(string(iri)) {
		return string(iri)
	}
	sum := sha256.Sum256([]byte(iri))
	return "entity:" + hex.EncodeToString(sum[:8])
}

// sortedNodes returns the nodes ordered by name.
func (m *model) sortedNodes() []*vnode {
	out := make([]*vnode, 0, len(m.nodes))
	for _, n := range m.nodes {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// sortedEdges returns the edges in a deterministic order, each with its
// sources ordered by article, sentence and position.
func (m *model) sortedEdges() []*vedge {
	out := make([]*vedge, 0, len(m.edges))
	for _, e := range m.edges {
		sort.Slice(e.sources, func(i, j int) bool {
			a, b := e.sources[i], e.sources[j]
			if a.article != b.article {
				return a.article < b.article
			}
			if a.sentence != b.sentence {
				return a.sentence < b.sentence
			}
			if a.start != b.start {
				return a.start < b.start
			}
			if a.conf != b.conf {
				return a.conf > b.conf
			}
			return a.text < b.text
		})
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out
}

func (e *vedge) key() string {
	neg := "0"
	if e.negated {
		neg = "1"
	}
	return e.from + "\x00" + e.to + "\x00" + e.lemma + "\x00" + neg + "\x00" + e.modality
}
