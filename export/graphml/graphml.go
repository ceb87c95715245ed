// Package graphml writes kg's statement graph as GraphML
// (http://graphml.graphdrawing.org/), which networkx, Gephi, yEd, igraph
// and Cytoscape read.
//
// Each entity and each distinct literal value is a node; each statement
// is an edge from its subject to its object (parallel statements stay
// parallel edges). Attributes are declared as typed keys:
//
//	node  label (string)      canonical label, or the literal's text
//	      type (string)       Person, Organization, ..., or Date, Money, Quantity, Text
//	      iri (string)        the entity's IRI (not for literals)
//	      aliases (string)    the entity's other names, joined with " | "
//	      literal (boolean)   whether the node is a literal value
//	edge  label (string)      the predicate lemma, for display
//	      predicate (string)  the predicate lemma
//	      surface (string)    the predicate as written
//	      confidence (double), negated (boolean), modality (string)
//	      source (string)     the article the statement comes from
//	      sentence, start, end (int): sentence index and byte span in the article
//	      text (string)       the sentence
//	      extractor, version (string), reported_by (string: the speaker's IRI)
//	      statement (string)  the statement's IRI
//
// Empty strings are left out. Node and edge ids are "n" and "e" followed
// by 16 hex digits of a hash of the node ID (export/selection.NodeID) or
// statement IRI: GraphML ids are XML name tokens, which IRIs are not.
// Text is escaped for XML 1.0; characters XML cannot hold (most control
// characters) become U+FFFD.
//
// The document is written as it is read, nodes sorted by node ID and
// edges by subject, object and statement: memory stays bounded whatever
// the size of the graph (see export/internal/pgraph).
package graphml

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kgraph/kg/export/internal/pgraph"
)

// Options configure Write.
type Options struct {
	TempDir    string // for sorting large graphs; "" for os.TempDir
	BufferSize int    // bytes sorted in memory before spilling to disk; 0 for the default
}

// A key is one declared attribute.
type key struct {
	id, domain, name, typ string
}

var keys = []key{
	{"label", "node", "label", "string"},
	{"type", "node", "type", "string"},
	{"iri", "node", "iri", "string"},
	{"aliases", "node", "aliases", "string"},
	{"literal", "node", "literal", "boolean"},
	{"e_label", "edge", "label", "string"},
	{"predicate", "edge", "predicate", "string"},
	{"surface", "edge", "surface", "string"},
	{"confidence", "edge", "confidence", "double"},
	{"negated", "edge", "negated", "boolean"},
	{"modality", "edge", "modality", "string"},
	{"source", "edge", "source", "string"},
	{"sentence", "edge", "sentence", "int"},
	{"start", "edge", "start", "int"},
	{"end", "edge", "end", "int"},
	{"text", "edge", "text", "string"},
	{"extractor", "edge", "extractor", "string"},
	{"version", "edge", "version", "string"},
	{"reported_by", "edge", "reported_by", "string"},
	{"statement", "edge", "statement", "string"},
}

const header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

// Write writes the statements of src to w as one GraphML document and
// returns the number of nodes and edges written.
func Write(ctx context.Context, w io.Writer, src pgraph.Source, opt Options) (nodes, edges int, err error) {
	g, err := pgraph.Read(ctx, src, pgraph.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	if err != nil {
		return 0, 0, fmt.Errorf("write graphml: %w", err)
	}
	defer g.Close()
	bw := bufio.NewWriter(w)
	e := &encoder{w: bw}
	e.s(header)
	for _, k := range keys {
		e.s(`  <key id="`).s(k.id).s(`" for="`).s(k.domain).s(`" attr.name="`).s(k.name).s(`" attr.type="`).s(k.typ).s("\"/>\n")
	}
	e.s(`  <graph id="kg" edgedefault="directed">` + "\n")
	err = g.Walk(ctx, e.node, func() {}, e.edge)
	e.s("  </graph>\n</graphml>\n")
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return 0, 0, fmt.Errorf("write graphml: %w", err)
	}
	nodes, edges = g.Counts()
	return nodes, edges, nil
}

// ID returns the GraphML id of a node (prefix "n") or edge ("e") named s.
func ID(prefix, s string) string {
	sum := sha256.Sum256([]byte(s))
	return prefix + hex.EncodeToString(sum[:8])
}

type encoder struct {
	w *bufio.Writer
}

func (e *encoder) s(s string) *encoder {
	e.w.WriteString(s)
	return e
}

// text writes s escaped for XML text and attribute values.
func (e *encoder) text(s string) *encoder {
	xml.EscapeText(e.w, []byte(s))
	return e
}

func (e *encoder) data(k, v string) {
	if v != "" {
		e.s(`      <data key="`).s(k).s(`">`).text(v).s("</data>\n")
	}
}

func (e *encoder) node(n pgraph.Node) {
	e.s(`    <node id="`).s(ID("n", n.ID)).s("\">\n")
	e.data("label", n.Label)
	e.data("type", string(n.Type))
	e.data("iri", n.IRI)
	e.data("aliases", strings.Join(n.Aliases, " | "))
	e.data("literal", strconv.FormatBool(n.IsLiteral()))
	e.s("    </node>\n")
}

func (e *encoder) edge(ed pgraph.Edge) {
	e.s(`    <edge id="`).s(ID("e", ed.ID)).s(`" source="`).s(ID("n", ed.Source)).s(`" target="`).s(ID("n", ed.Target)).s("\">\n")
	e.data("e_label", ed.Predicate)
	e.data("predicate", ed.Predicate)
	e.data("surface", ed.Surface)
	e.data("confidence", strconv.FormatFloat(ed.Confidence, 'g', -1, 64))
	e.data("negated", strconv.FormatBool(ed.Negated))
	e.data("modality", ed.Modality)
	e.data("source", ed.Article)
	e.data("sentence", strconv.Itoa(ed.Sentence))
	e.data("start", strconv.Itoa(ed.Start))
	e.data("end", strconv.Itoa(ed.End))
	e.data("text", ed.Text)
	e.data("extractor", ed.Extractor)
	e.data("version", ed.Version)
	e.data("reported_by", ed.ReportedBy)
	e.data("statement", ed.ID)
	e.s("    </edge>\n")
}
