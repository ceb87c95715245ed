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
// with a document loader (Loader) that refuses all network access.
//
// The document is written as it is read, in bounded memory: the quads are
// sorted by the top-level node they belong to (a fact by its statement,
// anything else by its subject), on disk beyond Options.BufferSize bytes
// (export/internal/extsort), and each node is compacted and written as
// soon as its quads are in.
package jsonld

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/export/internal/extsort"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/graph"
)

// Source yields the quads of a store and its namespace; *store.Store is one.
type Source interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
	Namespace() graph.Namespace
}

// Options configure Write.
type Options struct {
	// TempDir and BufferSize tune the sort by node: where sorted runs are
	// spilled ("" for os.TempDir) and how many bytes are sorted in memory
	// first (0 for extsort.DefaultLimit).
	TempDir    string
	BufferSize int
}

// Write writes every quad of src to w as one compacted JSON-LD document,
// with the zero Options.
func Write(ctx context.Context, w io.Writer, src Source) error {
	return Options{}.Write(ctx, w, src)
}

// Write writes every quad of src to w as one compacted JSON-LD document.
func (opt Options) Write(ctx context.Context, w io.Writer, src Source) error {
	if err := write(ctx, w, src, opt); err != nil {
		return fmt.Errorf("write json-ld: %w", err)
	}
	return nil
}

// sortByNode sorts the canonical quads of src by the @id of the
// top-level node each belongs to: the label of a fact, else the subject.
func sortByNode(ctx context.Context, src Source, opt Options) (*extsort.Sorter, error) {
	recs := extsort.New(opt.TempDir, opt.BufferSize)
	var buf []byte
	err := canon.Each(ctx, src, func(q quad.Quad) error {
		top := q.Subject
		if q.Label != nil {
			top = q.Label
		}
		buf = nquads.AppendLine(extsort.AppendKey(buf[:0], id(top)), q)
		return recs.Add(buf)
	})
	if err != nil {
		recs.Close()
		return nil, err
	}
	return recs, nil
}

// eachNode calls fn with each top-level node of the sorted quads, in
// expanded form, in order of @id.
func eachNode(recs *extsort.Sorter, fn func(node) error) error {
	d, current := newDataset(), ""
	flush := func() error {
		for _, n := range d.top() {
			if err := fn(n.(node)); err != nil {
				return err
			}
		}
		d = newDataset()
		return nil
	}
	err := recs.Each(func(rec []byte) error {
		key, line, err := extsort.CutKey(rec)
		if err != nil {
			return err
		}
		if key != current {
			if err := flush(); err != nil {
				return err
			}
			current = key
		}
		q, err := cnquads.Parse(string(bytes.TrimSuffix(line, []byte("\n"))))
		if err == nil {
			q, err = canon.Quad(q) // Parse makes integers and booleans native again
		}
		if err != nil {
			return fmt.Errorf("sorted quad %q: %w", line, err)
		}
		return d.add(q)
	})
	if err != nil {
		return err
	}
	return flush()
}

func write(ctx context.Context, w io.Writer, src Source, opt Options) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("json-gold panicked: %v", p)
		}
	}()
	recs, err := sortByNode(ctx, src, opt)
	if err != nil {
		return err
	}
	defer recs.Close()
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
	first := true
	err = eachNode(recs, func(n node) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, err := api.Compact(active, "", n, true)
		if err != nil {
			return fmt.Errorf("compact %s: %w", n["@id"], err)
		}
		if !first {
			e.w.WriteString(",")
		}
		first = false
		e.newline(2)
		return e.value(c, 2)
	})
	if err != nil {
		return err
	}
	e.newline(1)
	e.w.WriteString("]")
	e.newline(0)
	e.w.WriteString("}\n")
	return e.w.Flush()
}
