// Package jsonld writes a kg store as a JSON-LD 1.1 document.
//
// The document states exactly the quads of the N-Quads export (package
// export/nquads): canonicalising both with URDNA2015 gives the same
// dataset. It is compacted with kg's context, embedded in the document
// (never fetched), which names the schema.org, PROV-O and kg terms kg
// uses and coerces their values: kg:confidence is an xsd:decimal string,
// schema:datePublished an xsd:date, links (wasDerivedFrom, article,
// mentions, ...) are plain IRI strings, integers and booleans are JSON
// numbers and booleans. Three prefixes name the IRIs minted under the
// store's base: "kgid" (the base itself), "entity" and "rel".
//
// The top-level "@graph" lists one node per subject, sorted by IRI.
// A statement is a node whose own "@graph" holds its fact:
//
//	{
//	  "@id": "kgid:article/a/st/ec99a66479710223",
//	  "confidence": "0.9",
//	  "span": "13-45",
//	  "surface": "has authorized",
//	  "wasAttributedTo": "kgid:extractor/fixture/1",
//	  "wasDerivedFrom": "kgid:article/a/s/0",
//	  "@graph": [
//	    {
//	      "@id": "entity:joe-biden",
//	      "rel:authorize": {
//	        "@id": "entity:ukraine"
//	      }
//	    }
//	  ]
//	}
//
// Compaction is json-gold's (github.com/piprate/json-gold), node by node,
// with a document loader (Loader) that refuses all network access. The
// whole graph is held in memory while it is grouped into nodes.
package jsonld

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/graph"
)

// Source yields the quads of a store and its namespace; *store.Store is one.
type Source interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
	Namespace() graph.Namespace
}

// Write writes every quad of src to w as one compacted JSON-LD document.
func Write(ctx context.Context, w io.Writer, src Source) error {
	if err := write(ctx, w, src); err != nil {
		return fmt.Errorf("write json-ld: %w", err)
	}
	return nil
}

func write(ctx context.Context, w io.Writer, src Source) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("json-gold panicked: %v", p)
		}
	}()
	d := newDataset()
	if err := canon.Each(ctx, src, d.add); err != nil {
		return err
	}
	cmap, err := contextFor(src.Namespace())
	if err != nil {
		return err
	}
	active, err := ld.NewContext(nil, ProcessorOptions()).Parse(cmap)
	if err != nil {
		return fmt.Errorf("context: %w", err)
	}
	api := ld.NewJsonLdApi()
	e := &encoder{w: bufio.NewWriter(w)}
	e.w.WriteString("{")
	e.newline(1)
	e.str("@context")
	e.w.WriteString(": ")
	if err := e.value(cmap, 1); err != nil {
		return err
	}
	e.w.WriteString(",")
	e.newline(1)
	e.str("@graph")
	e.w.WriteString(": [")
	for i, n := range d.top() {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, err := api.Compact(active, "", n, true)
		if err != nil {
			return fmt.Errorf("compact %s: %w", n.(node)["@id"], err)
		}
		if i > 0 {
			e.w.WriteString(",")
		}
		e.newline(2)
		if err := e.value(c, 2); err != nil {
			return err
		}
	}
	e.newline(1)
	e.w.WriteString("]")
	e.newline(0)
	e.w.WriteString("}\n")
	return e.w.Flush()
}
