// Package cytoscape writes kg's statement graph as Cytoscape.js JSON in
// the elements format (https://js.cytoscape.org/#notation/elements-json),
// which cytoscape.js takes as its elements and Cytoscape desktop imports
// (File > Import > Network from File, "Cytoscape.js JSON").
//
// The document is one object:
//
//	{
//	  "format_version": "1.0",
//	  "generated_by": "kg",
//	  "target_cytoscapejs_version": "~3",
//	  "data": {"name": "kg"},
//	  "elements": {
//	    "nodes": [{"data": {...}, "classes": "Person"}, ...],
//	    "edges": [{"data": {...}, "classes": "statement"}, ...]
//	  }
//	}
//
// Node data: id (the node ID of export/selection: an entity's IRI or
// "literal:..."), label, type, iri, aliases (an array), literal (a
// boolean) and colour (kg's diagram colour for the type, for a stylesheet
// rule such as "background-color: data(colour)"). Each node's classes are
// its type, and "literal" for literal values. Edge data: id (the
// statement IRI), source and target (node ids), label and predicate (the
// lemma), surface, confidence (a number), negated (a boolean), modality,
// article (the article id; "source" is Cytoscape's), sentence, start,
// end (numbers), text (the sentence), extractor, version and reported_by.
// Each edge's classes are "statement", and "negated" when it is.
//
// Nodes come sorted by id and edges by source, target and id; the
// document is written as it is read, in bounded memory (see
// export/internal/pgraph). Strings are valid UTF-8 (invalid bytes become
// U+FFFD).
package cytoscape

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kgraph/kg/export/internal/look"
	"github.com/kgraph/kg/export/internal/pgraph"
)

// Options configure Write.
type Options struct {
	TempDir    string // for sorting large graphs; "" for os.TempDir
	BufferSize int    // bytes sorted in memory before spilling to disk; 0 for the default
}

const header = `{
  "format_version": "1.0",
  "generated_by": "kg",
  "target_cytoscapejs_version": "~3",
  "data": {"name": "kg"},
  "elements": {
    "nodes": [`

type nodeData struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Type    string   `json:"type"`
	IRI     string   `json:"iri,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Literal bool     `json:"literal"`
	Colour  string   `json:"colour"`
}

type edgeData struct {
	ID         string  `json:"id"`
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	Label      string  `json:"label"`
	Predicate  string  `json:"predicate"`
	Surface    string  `json:"surface,omitempty"`
	Confidence float64 `json:"confidence"`
	Negated    bool    `json:"negated"`
	Modality   string  `json:"modality,omitempty"`
	Article    string  `json:"article"`
	Sentence   int     `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text,omitempty"`
	Extractor  string  `json:"extractor"`
	Version    string  `json:"version,omitempty"`
	ReportedBy string  `json:"reported_by,omitempty"`
}

type element struct {
	Data    any    `json:"data"`
	Classes string `json:"classes"`
}

// Write writes the statements of src to w as one Cytoscape.js JSON
// document and returns the number of nodes and edges written.
func Write(ctx context.Context, w io.Writer, src pgraph.Source, opt Options) (nodes, edges int, err error) {
	g, err := pgraph.Read(ctx, src, pgraph.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	if err != nil {
		return 0, 0, fmt.Errorf("write cytoscape json: %w", err)
	}
	defer g.Close()
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	first := true
	put := func(el element) error {
		buf.Reset()
		if err := enc.Encode(el); err != nil {
			return err
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		bw.WriteString("\n      ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return ctx.Err()
	}
	bw.WriteString(header)
	err = g.EachNode(func(n pgraph.Node) error {
		classes := string(n.Type)
		if n.IsLiteral() {
			classes += " literal"
		}
		return put(element{Data: nodeData{ID: n.ID, Label: n.Label, Type: string(n.Type), IRI: n.IRI,
			Aliases: n.Aliases, Literal: n.IsLiteral(), Colour: look.Colour(n.Type)}, Classes: classes})
	})
	bw.WriteString("\n    ],\n    \"edges\": [")
	first = true
	if err == nil {
		err = g.EachEdge(func(e pgraph.Edge) error {
			classes := "statement"
			if e.Negated {
				classes += " negated"
			}
			return put(element{Data: edgeData{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Predicate,
				Predicate: e.Predicate, Surface: e.Surface, Confidence: e.Confidence, Negated: e.Negated,
				Modality: e.Modality, Article: e.Article, Sentence: e.Sentence, Start: e.Start, End: e.End,
				Text: e.Text, Extractor: e.Extractor, Version: e.Version, ReportedBy: e.ReportedBy}, Classes: classes})
		})
	}
	bw.WriteString("\n    ]\n  }\n}\n")
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return 0, 0, fmt.Errorf("write cytoscape json: %w", err)
	}
	nodes, edges = g.Counts()
	return nodes, edges, nil
}
