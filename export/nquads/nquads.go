// Package nquads writes a kg store as RDF 1.1 N-Quads.
//
// Every quad of the store is written once, one per line, with Cayley's
// N-Quads writer (github.com/cayleygraph/quad/nquads), after its values are
// put in canonical RDF form: integers and booleans get their XSD lexical
// forms ("true", not Cayley's "True"), strings are valid UTF-8, and every
// IRI is checked to be absolute and writable without escapes. A value that
// cannot be written as valid N-Quads is an error, never a corrupt line.
//
// A statement is its fact quad, whose graph label is the statement IRI,
// plus provenance quads about that IRI in the default graph:
//
//	<https://example.org/kg/id/entity/joe-biden> <https://example.org/kg/id/rel/authorize> <https://example.org/kg/id/entity/ukraine> <https://example.org/kg/id/article/a/st/ec99a66479710223> .
//	<https://example.org/kg/id/article/a/st/ec99a66479710223> <https://example.org/kg/ns#confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> .
//
// # Order
//
// By default the lines are sorted bytewise (as LC_ALL=C sort would) and
// duplicates dropped, so two exports of the same graph are byte-identical
// whatever order the store returns its quads in. The sort runs in bounded
// memory, spilling sorted runs to temporary files (export/internal/extsort)
// when the output outgrows Options.BufferSize. Options.Stream writes each
// quad as the store yields it instead: no sorting at all, store order,
// not guaranteed to be the same from one store to another.
//
// # N-Triples
//
// Options.Triples writes N-Triples instead: every quad without its graph
// label. The facts then join the provenance in one graph, and what only
// the named graphs said is lost: which statement a fact belongs to (a
// statement node keeps its sentence, extractor, span and confidence, but
// nothing links it to its subject, predicate and object any more), and
// how many statements state a fact (repeated facts become one triple).
// Use N-Quads or JSON-LD to keep provenance attached.
package nquads

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/export/internal/extsort"
)

// Source yields the quads of a store; *store.Store is one.
type Source interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
}

// Options configure Write.
type Options struct {
	// Stream writes quads in store order without sorting; otherwise
	// lines are sorted and deduplicated.
	Stream bool
	// Triples writes N-Triples: quads without their graph labels.
	Triples bool
	// TempDir and BufferSize tune the sort: where sorted runs are
	// spilled ("" for os.TempDir) and how many bytes of output are sorted
	// in memory first (0 for extsort.DefaultLimit).
	TempDir    string
	BufferSize int
}

// Write writes every quad of src to w as N-Quads (or N-Triples).
func Write(ctx context.Context, w io.Writer, src Source, opt Options) error {
	var err error
	if opt.Stream {
		err = stream(ctx, w, src, opt)
	} else {
		err = sorted(ctx, w, src, opt)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name(opt), err)
	}
	return nil
}

func name(opt Options) string {
	if opt.Triples {
		return "n-triples"
	}
	return "n-quads"
}

// each calls fn with every quad of src in canonical form, without its
// label for N-Triples.
func each(ctx context.Context, src Source, opt Options, fn func(quad.Quad) error) error {
	return canon.Each(ctx, src, func(q quad.Quad) error {
		if opt.Triples {
			q.Label = nil
		}
		return fn(q)
	})
}

func stream(ctx context.Context, w io.Writer, src Source, opt Options) error {
	qw := nquads.NewWriter(w)
	err := each(ctx, src, opt, qw.WriteQuad)
	if cerr := qw.Close(); err == nil {
		err = cerr
	}
	return err
}

func sorted(ctx context.Context, w io.Writer, src Source, opt Options) error {
	lines := extsort.New(opt.TempDir, opt.BufferSize)
	defer lines.Close()
	var buf []byte
	err := each(ctx, src, opt, func(q quad.Quad) error {
		buf = AppendLine(buf[:0], q)
		return lines.Add(buf)
	})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	err = lines.Each(func(line []byte) error {
		_, err := bw.Write(line)
		return err
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// AppendLine appends the N-Quads line of q, newline included, as Cayley's
// N-Quads writer writes it. Strings escape CR and LF and IRIs cannot hold
// them, so a line holds exactly one quad.
func AppendLine(b []byte, q quad.Quad) []byte {
	b = append(b, q.Subject.String()...)
	b = append(b, ' ')
	b = append(b, q.Predicate.String()...)
	b = append(b, ' ')
	b = append(b, q.Object.String()...)
	if q.Label != nil {
		b = append(b, ' ')
		b = append(b, q.Label.String()...)
	}
	return append(b, " .\n"...)
}
