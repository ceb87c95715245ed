// Package pgraph is the property-graph view of kg statements that the
// formats for graph tools (GraphML, GEXF, Cytoscape.js, Neo4j CSV) write.
//
// Each entity and each distinct literal value (a date, an amount, a text)
// is a Node, named by selection.NodeID; each statement is an Edge from its
// subject to its object, named by the statement's IRI and carrying its
// predicate and provenance. Parallel statements stay parallel edges: the
// formats are for analysis, and every statement has its own source.
//
// Read takes one pass over the statements (and one over the entities, for
// their aliases) and sorts nodes and edges on disk (export/internal/extsort),
// so that a graph of any size is written in a canonical order (nodes by
// ID, edges by source, target and ID) with bounded memory.
package pgraph

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/kgraph/kg/export/internal/extsort"
	"github.com/kgraph/kg/export/selection"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// Source yields statements and entities; *store.Store and
// *selection.Selection are sources.
type Source interface {
	Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error
	Entities(ctx context.Context, f store.EntityFilter, fn func(store.EntityRecord) error) error
}

// Node is an entity or a literal value.
type Node struct {
	ID      string     // selection.NodeID: the entity IRI or "literal:..."
	Label   string     // the entity's canonical label or the literal's text
	Type    graph.Type // entity type or literal kind
	IRI     string     // the entity's IRI; "" for a literal
	Aliases []string   // the entity's other names, sorted
}

// IsLiteral reports whether n is a literal value rather than an entity.
func (n Node) IsLiteral() bool { return n.IRI == "" }

// Edge is one statement.
type Edge struct {
	ID             string // the statement's IRI
	Source, Target string // node IDs of subject and object
	Predicate      string // lemma phrase
	Surface        string // the words as written
	Confidence     float64
	Negated        bool
	Modality       string
	Article        string // id of the article the statement comes from
	Sentence       int    // sentence index in the article
	Start, End     int    // byte span in the article text
	Text           string // the sentence
	Extractor      string
	Version        string
	ReportedBy     string // IRI of the speaker of reported content, or ""
}

// Options configure Read.
type Options struct {
	TempDir    string // for sorting; "" for os.TempDir
	BufferSize int    // bytes of nodes, and of edges, held in memory; 0 for extsort.DefaultLimit
}

// A Graph holds the nodes and edges of a source, sorted. Close removes
// its temporary files.
type Graph struct {
	nodes, edges *extsort.Sorter
	nodeCount    int
	edgeCount    int
}

// Read reads the statements of src into a Graph.
func Read(ctx context.Context, src Source, opt Options) (*Graph, error) {
	aliases := map[graph.IRI][]string{}
	err := src.Entities(ctx, store.EntityFilter{}, func(e store.EntityRecord) error {
		if len(e.Aliases) > 0 {
			aliases[e.ID] = e.Aliases
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read entities: %w", err)
	}
	g := &Graph{nodes: extsort.New(opt.TempDir, opt.BufferSize), edges: extsort.New(opt.TempDir, opt.BufferSize)}
	var buf []byte
	node := func(t graph.Term) error {
		n := Node{ID: selection.NodeID(t), Label: t.Text, Type: t.Type, IRI: string(t.ID), Aliases: aliases[t.ID]}
		buf = n.append(buf[:0])
		return g.nodes.Add(buf)
	}
	err = src.Statements(ctx, store.Filter{}, func(r store.Record) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := node(r.Subject); err != nil {
			return err
		}
		if err := node(r.Object); err != nil {
			return err
		}
		buf = edgeOf(r).append(buf[:0])
		return g.edges.Add(buf)
	})
	if err != nil {
		g.Close()
		return nil, fmt.Errorf("read statements: %w", err)
	}
	return g, nil
}

func edgeOf(r store.Record) Edge {
	e := Edge{
		ID: string(r.ID), Source: selection.NodeID(r.Subject), Target: selection.NodeID(r.Object),
		Predicate: r.Predicate.Lemma, Surface: r.Predicate.Surface, Confidence: r.Prov.Confidence,
		Negated: r.Negated, Modality: r.Modality, Article: r.Prov.Article, Sentence: r.Prov.Sentence,
		Start: r.Prov.Start, End: r.Prov.End, Text: r.SentenceText,
		Extractor: r.Prov.Extractor, Version: r.Prov.Version,
	}
	if r.Attribution.IsEntity() {
		e.ReportedBy = string(r.Attribution.ID)
	}
	return e
}

// EachNode calls fn with every node, by ID.
func (g *Graph) EachNode(fn func(Node) error) error {
	last := ""
	return g.nodes.Each(func(rec []byte) error {
		n, err := decodeNode(rec)
		if err != nil {
			return err
		}
		if g.nodeCount > 0 && n.ID == last {
			return nil // the same node read twice
		}
		last = n.ID
		g.nodeCount++
		return fn(n)
	})
}

// EachEdge calls fn with every edge, by source, target and ID.
func (g *Graph) EachEdge(fn func(Edge) error) error {
	return g.edges.Each(func(rec []byte) error {
		e, err := decodeEdge(rec)
		if err != nil {
			return err
		}
		g.edgeCount++
		return fn(e)
	})
}

// Walk calls node with every node, then between, then edge with every
// edge, stopping at the first error or when ctx ends: the skeleton of every
// format that lists nodes before edges.
func (g *Graph) Walk(ctx context.Context, node func(Node), between func(), edge func(Edge)) error {
	err := g.EachNode(func(n Node) error {
		node(n)
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	between()
	return g.EachEdge(func(e Edge) error {
		edge(e)
		return ctx.Err()
	})
}

// Counts returns the number of nodes and edges EachNode and EachEdge
// yielded.
func (g *Graph) Counts() (nodes, edges int) { return g.nodeCount, g.edgeCount }

// Close removes the temporary files.
func (g *Graph) Close() error {
	err1 := g.nodes.Close()
	err2 := g.edges.Close()
	if err1 != nil {
		return err1
	}
	return err2
}

// Records: a sort key (fields that order the records, each escaped so
// that byte order is field order), then the fields, each length-prefixed.

func (n Node) append(b []byte) []byte {
	b = appendKey(b, n.ID)
	b = appendFields(b, n.ID, n.Label, string(n.Type), n.IRI, strconv.Itoa(len(n.Aliases)))
	return appendFields(b, n.Aliases...)
}

func decodeNode(rec []byte) (Node, error) {
	f, err := fields(rec, 1)
	if err != nil || len(f) < 5 {
		return Node{}, fmt.Errorf("corrupt node record: %v", err)
	}
	n := Node{ID: f[0], Label: f[1], Type: graph.Type(f[2]), IRI: f[3]}
	if k, err := strconv.Atoi(f[4]); err != nil || len(f) != 5+k {
		return Node{}, fmt.Errorf("corrupt node record: %d aliases in %d fields", k, len(f))
	}
	if len(f) > 5 {
		n.Aliases = f[5:]
		sort.Strings(n.Aliases)
	}
	return n, nil
}

func (e Edge) append(b []byte) []byte {
	b = appendKey(b, e.Source)
	b = appendKey(b, e.Target)
	b = appendKey(b, e.ID)
	return appendFields(b, e.ID, e.Source, e.Target, e.Predicate, e.Surface,
		strconv.FormatFloat(e.Confidence, 'g', -1, 64), strconv.FormatBool(e.Negated), e.Modality,
		e.Article, strconv.Itoa(e.Sentence), strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Text,
		e.Extractor, e.Version, e.ReportedBy)
}

func decodeEdge(rec []byte) (Edge, error) {
	f, err := fields(rec, 3)
	if err != nil || len(f) != 16 {
		return Edge{}, fmt.Errorf("corrupt edge record: %v", err)
	}
	e := Edge{ID: f[0], Source: f[1], Target: f[2], Predicate: f[3], Surface: f[4], Modality: f[7],
		Article: f[8], Text: f[12], Extractor: f[13], Version: f[14], ReportedBy: f[15]}
	e.Confidence, err = strconv.ParseFloat(f[5], 64)
	if err == nil {
		e.Negated, err = strconv.ParseBool(f[6])
	}
	for i, p := range []*int{&e.Sentence, &e.Start, &e.End} {
		if err == nil {
			*p, err = strconv.Atoi(f[9+i])
		}
	}
	if err != nil {
		return Edge{}, fmt.Errorf("corrupt edge record: %w", err)
	}
	return e, nil
}
