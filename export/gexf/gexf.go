// Package gexf writes kg's statement graph as GEXF 1.3
// (https://gexf.net/), the format of Gephi, Gephi Lite and sigma.js.
//
// Each entity and each distinct literal value is a node, its id the node
// ID of export/selection (an entity's IRI, "literal:..." for a literal)
// and its label the canonical label or the literal's text; each statement
// is an edge, its id the statement's IRI, its label and kind the predicate
// lemma (Gephi keeps parallel edges apart when their kinds differ).
// Labels and kinds are XML Schema tokens, with runs of white space
// collapsed; the exact texts are the name and predicate attributes.
// Edges carry no weight: each counts one statement, so the weight of the
// edges Gephi merges is their number of statements. Nodes are coloured
// by type (viz:color) as in kg's diagrams. Attributes:
//
//	node  name, type, iri (string), aliases (string, joined with " | "), literal (boolean)
//	edge  predicate, surface (string), confidence (double), negated (boolean),
//	      modality, source (the article), text (the sentence), extractor, version,
//	      reported_by (string), sentence, start, end (integer), statement (string)
//
// Empty strings are left out. Text is escaped for XML 1.0; characters XML
// cannot hold become U+FFFD. Nodes come sorted by id and edges by source,
// target and id; the document is written as it is read, in bounded memory
// (see export/internal/pgraph).
package gexf

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kgraph/kg/export/internal/look"
	"github.com/kgraph/kg/export/internal/pgraph"
)

// Options configure Write.
type Options struct {
	TempDir    string // for sorting large graphs; "" for os.TempDir
	BufferSize int    // bytes sorted in memory before spilling to disk; 0 for the default
}

type attribute struct{ id, typ string }

var nodeAttributes = []attribute{{"name", "string"}, {"type", "string"}, {"iri", "string"}, {"aliases", "string"}, {"literal", "boolean"}}

var edgeAttributes = []attribute{
	{"predicate", "string"}, {"surface", "string"}, {"confidence", "double"}, {"negated", "boolean"},
	{"modality", "string"}, {"source", "string"}, {"sentence", "integer"}, {"start", "integer"},
	{"end", "integer"}, {"text", "string"}, {"extractor", "string"}, {"version", "string"},
	{"reported_by", "string"}, {"statement", "string"},
}

const header = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>kg</creator>
    <description>statements read from news articles, with their provenance</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
`

// Write writes the statements of src to w as one GEXF document and
// returns the number of nodes and edges written.
func Write(ctx context.Context, w io.Writer, src pgraph.Source, opt Options) (nodes, edges int, err error) {
	g, err := pgraph.Read(ctx, src, pgraph.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	if err != nil {
		return 0, 0, fmt.Errorf("write gexf: %w", err)
	}
	defer g.Close()
	bw := bufio.NewWriter(w)
	e := &encoder{w: bw}
	e.s(header)
	e.attributes("node", nodeAttributes)
	e.attributes("edge", edgeAttributes)
	e.s("    <nodes>\n")
	err = g.Walk(ctx, e.node, func() { e.s("    </nodes>\n    <edges>\n") }, e.edge)
	e.s("    </edges>\n  </graph>\n</gexf>\n")
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return 0, 0, fmt.Errorf("write gexf: %w", err)
	}
	nodes, edges = g.Counts()
	return nodes, edges, nil
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

func (e *encoder) attributes(class string, as []attribute) {
	e.s(`    <attributes class="`).s(class).s("\">\n")
	for _, a := range as {
		e.s(`      <attribute id="`).s(a.id).s(`" title="`).s(a.id).s(`" type="`).s(a.typ).s("\"/>\n")
	}
	e.s("    </attributes>\n")
}

func (e *encoder) value(id, v string) {
	if v != "" {
		e.s(`          <attvalue for="`).s(id).s(`" value="`).text(v).s("\"/>\n")
	}
}

func (e *encoder) node(n pgraph.Node) {
	e.s(`      <node id="`).text(n.ID).s(`" label="`).text(token(n.Label)).s("\">\n")
	e.s("        <attvalues>\n")
	e.value("name", n.Label)
	e.value("type", string(n.Type))
	e.value("iri", n.IRI)
	e.value("aliases", strings.Join(n.Aliases, " | "))
	e.value("literal", strconv.FormatBool(n.IsLiteral()))
	e.s("        </attvalues>\n")
	c := look.Colour(n.Type)
	r, _ := strconv.ParseUint(c[1:3], 16, 8)
	g, _ := strconv.ParseUint(c[3:5], 16, 8)
	b, _ := strconv.ParseUint(c[5:7], 16, 8)
	fmt.Fprintf(e.w, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", r, g, b)
	e.s("      </node>\n")
}

func (e *encoder) edge(ed pgraph.Edge) {
	e.s(`      <edge id="`).text(ed.ID).s(`" source="`).text(ed.Source).s(`" target="`).text(ed.Target).
		s(`" label="`).text(token(ed.Predicate)).s(`" kind="`).text(token(ed.Predicate)).s("\">\n")
	e.s("        <attvalues>\n")
	e.value("predicate", ed.Predicate)
	e.value("surface", ed.Surface)
	e.value("confidence", strconv.FormatFloat(ed.Confidence, 'g', -1, 64))
	e.value("negated", strconv.FormatBool(ed.Negated))
	e.value("modality", ed.Modality)
	e.value("source", ed.Article)
	e.value("sentence", strconv.Itoa(ed.Sentence))
	e.value("start", strconv.Itoa(ed.Start))
	e.value("end", strconv.Itoa(ed.End))
	e.value("text", ed.Text)
	e.value("extractor", ed.Extractor)
	e.value("version", ed.Version)
	e.value("reported_by", ed.ReportedBy)
	e.value("statement", ed.ID)
	e.s("        </attvalues>\n")
	e.s("      </edge>\n")
}

// token returns s as an XML Schema token, as GEXF wants labels and kinds:
// runs of spaces, tabs and line breaks collapsed to one space, none at
// either end. The exact text is in the name (nodes) and predicate (edges)
// attributes.
func token(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r'
	}), " ")
}
