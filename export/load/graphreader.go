package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/export/jsonld"
)

// chunkNodes is the number of top-level nodes of a JSON-LD document that
// are expanded and turned into quads at a time.
const chunkNodes = 256

// errWhole says that a JSON-LD document is not of a shape that can be
// read a chunk of nodes at a time: it is read whole instead.
var errWhole = errors.New("the document must be read whole")

// graphReader reads a JSON-LD document of the shape that streams (see the
// package doc) a chunk of top-level nodes at a time, and turns each chunk
// into the quads the whole document gives for those nodes.
type graphReader struct {
	name   string
	dec    *json.Decoder
	lines  *lineReader
	ctx    json.RawMessage // the document's @context, decoded anew for each chunk
	opt    *ld.JsonLdOptions
	issuer *ld.IdentifierIssuer // labels blank nodes across chunks as across the whole document
	last   string               // the @id of the last top-level node
	check  func(quad.Quad) error
}

// newGraphReader reads r up to the first node of its "@graph" and checks
// its context. It returns errWhole when the document is of another shape.
// check, when not nil, checks every quad after importable.
func newGraphReader(r io.Reader, name string, check func(quad.Quad) error) (*graphReader, error) {
	lr := &lineReader{r: r, line: 1}
	g := &graphReader{name: name, dec: json.NewDecoder(lr), lines: lr, opt: jsonld.ProcessorOptions(),
		issuer: ld.NewIdentifierIssuer("_:b"), check: check}
	if !g.token(json.Delim('{')) || !g.token("@context") {
		return nil, errWhole
	}
	if err := g.dec.Decode(&g.ctx); err != nil {
		return nil, errWhole
	}
	var ctx any
	if err := json.Unmarshal(g.ctx, &ctx); err != nil {
		return nil, errWhole
	}
	if _, ok := ctx.(map[string]any); !ok || hasBlankLabel(ctx) {
		return nil, errWhole
	}
	if !g.token("@graph") || !g.token(json.Delim('[')) {
		return nil, errWhole
	}
	g.lines.lineAt(g.dec.InputOffset())
	// The context alone: its errors are the document's even when its
	// @graph is empty.
	if _, err := g.convert(nil); err != nil {
		return nil, g.positioned(err, 0)
	}
	return g, nil
}

// token reads the next token and reports whether it is want.
func (g *graphReader) token(want json.Token) bool {
	t, err := g.dec.Token()
	return err == nil && t == want
}

// next returns the quads of the next chunk of at most n nodes, or io.EOF
// after the last. A node that does not convert is an *Error with its
// line.
func (g *graphReader) next(n int) ([]quad.Quad, error) {
	var nodes []any
	var lines []int
	for len(nodes) < n && g.dec.More() {
		v, line, err := g.node()
		if err != nil {
			return nil, err
		}
		nodes, lines = append(nodes, v), append(lines, line)
	}
	if len(nodes) == 0 {
		return nil, g.end()
	}
	qs, err := g.convert(nodes)
	if err != nil {
		return nil, g.locate(nodes, lines, err)
	}
	return qs, nil
}

// end reads the end of the document: "]}" and nothing after.
func (g *graphReader) end() error {
	if !g.token(json.Delim(']')) || !g.token(json.Delim('}')) {
		return errWhole
	}
	if _, err := g.dec.Token(); err != io.EOF {
		return errWhole
	}
	return io.EOF
}

// node reads the next top-level node and returns it decoded, with the
// line it starts on.
func (g *graphReader) node() (any, int, error) {
	var raw json.RawMessage
	if err := g.dec.Decode(&raw); err != nil {
		return nil, 0, g.syntaxError(err)
	}
	end := g.dec.InputOffset()
	line := g.lines.lineAt(end - int64(len(raw)))
	g.lines.lineAt(end)
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, 0, &Error{Path: g.name, Line: line, Err: err}
	}
	if hasBlankLabel(v) {
		return nil, 0, errWhole
	}
	return v, line, nil
}

// syntaxError returns err, met reading a node, with the line where the
// JSON goes wrong. The decoder's offsets do not count what its tokens
// read, so the bytes after the last node are scanned again.
func (g *graphReader) syntaxError(err error) error {
	var syn *json.SyntaxError
	if !errors.As(err, &syn) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{Path: g.name, Err: err}
	}
	rest := g.lines.buf
	i := len(rest) - len(bytes.TrimLeft(rest, " \t\r\n"))
	if i < len(rest) && rest[i] == ',' {
		i++
		i = len(rest) - len(bytes.TrimLeft(rest[i:], " \t\r\n"))
	}
	pos := len(rest) // the end of the input
	switch err := json.NewDecoder(bytes.NewReader(rest[i:])).Decode(new(json.RawMessage)); {
	case errors.As(err, &syn):
		pos = min(i+int(syn.Offset), len(rest))
	case err == nil: // a whole node, where a comma or "]" belongs
		pos = i + 1
	}
	return &Error{Path: g.name, Line: g.lines.line + bytes.Count(rest[:pos], []byte("\n")), Err: err}
}

// locate returns err, met converting nodes, as an *Error with the line of
// the first node that fails alone, or of the first node. errWhole is
// returned as it is.
func (g *graphReader) locate(nodes []any, lines []int, err error) error {
	if errors.Is(err, errWhole) {
		return err
	}
	for i, n := range nodes {
		alone := &graphReader{name: g.name, ctx: g.ctx, opt: g.opt, issuer: ld.NewIdentifierIssuer("_:b"), check: g.check}
		if _, aerr := alone.convert([]any{n}); aerr != nil && !errors.Is(aerr, errWhole) {
			return g.positioned(aerr, lines[i])
		}
	}
	return g.positioned(err, lines[0])
}

func (g *graphReader) positioned(err error, line int) error {
	if errors.Is(err, errWhole) {
		return err
	}
	return &Error{Path: g.name, Line: line, Err: err}
}

// convert expands nodes, top-level nodes of the document, with its
// context and returns their quads, each importable and checked. It
// returns errWhole when their quads might not be theirs alone.
func (g *graphReader) convert(nodes []any) (qs []quad.Quad, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("json-gold panicked: %v", p)
		}
	}()
	var ctx any
	if err := json.Unmarshal(g.ctx, &ctx); err != nil {
		return nil, err
	}
	proc := ld.NewJsonLdProcessor()
	expanded, err := proc.Expand(map[string]any{"@context": ctx, "@graph": append([]any{}, nodes...)}, g.opt)
	if err != nil {
		return nil, fmt.Errorf("json-ld: %w", err)
	}
	last, ok := streamable(expanded, g.last)
	if !ok {
		return nil, errWhole
	}
	if err := unreadable(expanded); err != nil {
		return nil, err
	}
	if qs, err = g.toRDF(proc, expanded); err != nil {
		return nil, err
	}
	for i, q := range qs {
		if qs[i], err = importable(q); err != nil {
			return nil, fmt.Errorf("%w, in %s", err, strings.TrimSpace(q.NQuad()))
		}
		if g.check != nil {
			if err := g.check(qs[i]); err != nil {
				return nil, err
			}
		}
	}
	// json-gold writes graphs in map order: sort, so that both passes
	// see the same quads in the same order.
	sortQuads(qs)
	g.last = last
	return qs, nil
}

// sortQuads sorts quads by their N-Quads lines.
func sortQuads(qs []quad.Quad) {
	type line struct {
		text string
		q    quad.Quad
	}
	ls := make([]line, len(qs))
	for i, q := range qs {
		ls[i] = line{q.NQuad(), q}
	}
	slices.SortFunc(ls, func(a, b line) int { return strings.Compare(a.text, b.text) })
	for i := range ls {
		qs[i] = ls[i].q
	}
}

// toRDF is json-gold's JsonLdProcessor.ToRDF to N-Quads, read back with
// Cayley's parser as readJSONLD reads them, but with the reader's issuer
// of blank node labels, so that the chunks' blank nodes are labelled as
// the whole document's are.
func (g *graphReader) toRDF(proc *ld.JsonLdProcessor, expanded []any) ([]quad.Quad, error) {
	input, err := proc.Expand(expanded, g.opt) // as ToRDF does
	if err != nil {
		return nil, fmt.Errorf("json-ld: %w", err)
	}
	nodeMap := map[string]any{"@default": map[string]any{}}
	if _, err := ld.NewJsonLdApi().GenerateNodeMap(input, nodeMap, "@default", g.issuer, "", "", nil); err != nil {
		return nil, fmt.Errorf("json-ld: %w", err)
	}
	ds := ld.NewRDFDataset()
	for name, graph := range nodeMap {
		if !ld.IsRelativeIri(name) {
			ds.GraphToRDF(name, graph.(map[string]any), g.issuer, g.opt.ProduceGeneralizedRdf)
		}
	}
	var text strings.Builder
	if err := (&ld.NQuadRDFSerializer{}).SerializeTo(&text, ds); err != nil {
		return nil, fmt.Errorf("json-ld: %w", err)
	}
	qs, err := collectNQuads(strings.NewReader(text.String()), g.name, nil)
	if err != nil {
		return nil, fmt.Errorf("json-gold wrote bad N-Quads: %w", err)
	}
	return qs, nil
}

// lineReader counts the lines of what is read through it, and keeps the
// bytes read since the last offset asked about.
type lineReader struct {
	r    io.Reader
	buf  []byte // the bytes read from off on
	off  int64
	line int // the line at off, from 1
}

func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.buf = append(l.buf, p[:n]...)
	return n, err
}

// lineAt returns the line of offset o, at least the last offset asked
// about and at most the bytes read, and forgets the bytes before o.
func (l *lineReader) lineAt(o int64) int {
	k := int(o - l.off)
	l.line += bytes.Count(l.buf[:k], []byte("\n"))
	l.buf = append(l.buf[:0], l.buf[k:]...)
	l.off = o
	return l.line
}
