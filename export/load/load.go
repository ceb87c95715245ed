// Package load reads RDF files, kg's own exports or anyone's, into a kg
// store: the inverse of the N-Quads, N-Triples and JSON-LD exports.
//
// N-Quads and N-Triples are read line by line with Cayley's N-Quads
// parser (github.com/cayleygraph/quad/nquads); JSON-LD is turned into
// quads by json-gold (github.com/piprate/json-gold), offline: the only
// remote context it may name is kg's own (jsonld.ContextURL), served from
// kg itself; any other remote context or document is an error. json-gold
// silently drops quads whose http or https IRIs fail its URL check, which
// refuses IRIs of 2,083 characters or more (kg's own IRIs stay far
// shorter: graph.Slug bounds them); such a file is refused with an error
// naming the IRI rather than imported in part. So is a file with a
// literal that json-gold would drop for its language tag (not letters
// followed by hyphenated letters or digits, as in "en-GB").
//
// Values are stored as kg stores its own: xsd:integer and xsd:boolean
// literals as Cayley's integers and booleans (so that a re-imported
// statement is the very quad kg wrote, and building the same article again
// changes nothing), xsd:double and xsd:dateTime as numbers and times,
// other literals as written. Blank nodes are scoped to their file: each
// label is replaced by a hash of the file's content and the label, so two
// files' "_:b0" stay two nodes and importing a file twice changes nothing.
//
// Only what kg's exports can write again is imported: a statement with a
// relative IRI, an IRI with characters N-Quads forbids, a bad blank node
// label or language tag is an error (Cayley's parser takes some of these).
//
// A file is read and checked whole before any of it is added: a line that
// does not parse, or a quad the Adder refuses (Adder.CheckQuad), stores
// nothing of the file. An N-Quads file is read twice: once to check every
// line and hash the file, holding no quads, then again to add its quads
// 50,000 at a time, one transaction each, so that memory does not grow
// with the file; N-Quads from a reader (standard input) are copied to a
// temporary file in the first pass.
//
// A JSON-LD document streams when it has the shape of kg's own export:
//
//	{"@context": {...}, "@graph": [node, node, ...]}
//
// one object with an embedded context object and then a "@graph" array,
// nothing else, in which no string (key or value, context included)
// begins with "_:" and whose top-level nodes, once expanded, have @ids in
// strictly increasing order (kg's export sorts them) or none; a node with
// an @id nested in the default graph is only a reference ({"@id": ...});
// only top-level nodes and nodes without @id have a "@graph"; and there is
// no list, "@reverse" or "@included" (see streamable). Its context is decoded
// whole, and its nodes are read one by one and expanded and turned into
// quads 256 at a time, each chunk as {"@context": ..., "@graph": [...]},
// blank nodes labelled in the order json-gold labels the whole document's;
// the shape makes each chunk's quads exactly the ones the whole document
// gives for its nodes. The quads are checked as they come and written to a
// temporary N-Quads file, which is then added 50,000 quads a transaction
// as an N-Quads file is; a document from a reader is also copied to a
// temporary file, in case it must be read whole. A document of any other
// shape, or one whose shape is found wrong part way, is read whole, as
// before (json-gold expands it whole), and handed to AddQuads at once,
// which writes it 50,000 quads a transaction too.
//
// A write that fails part way (a full disk, an interrupt) leaves the
// transactions before it stored, and the error holds a *store.ImportError
// saying how many of the file's quads they held; adding the file again
// completes it. So does a file that changes while it is imported. An
// error says where: the file, and the line of N-Quads or of JSON (for a
// streamed JSON-LD document, the line of the node a quad or an IRI comes
// from; for a document read whole, only of JSON syntax).
package load

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/export/jsonld"
)

// Format is an input format.
type Format string

// Formats.
const (
	NQuads Format = "nquads" // N-Quads, and N-Triples, a subset
	JSONLD Format = "jsonld"
)

// FormatOf returns the format of a file by its extension: .nq, .nquads,
// .nt and .ntriples are N-Quads; .jsonld and .json JSON-LD.
func FormatOf(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".nq", ".nquads", ".nt", ".ntriples":
		return NQuads, nil
	case ".jsonld", ".json":
		return JSONLD, nil
	}
	return "", fmt.Errorf("%s: cannot tell the format from the extension (want .nq, .nt, .jsonld or .json)", path)
}

// Error is an error in an input file, with its position.
type Error struct {
	Path string // file name
	Line int    // 1-based line, or 0 when unknown
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Adder stores quads; *store.Store is one. CheckQuad says whether
// AddQuads would take a quad; AddQuads checks every quad it is given
// before it writes any, and may write them in several transactions.
type Adder interface {
	CheckQuad(q quad.Quad) error
	AddQuads(ctx context.Context, quads []quad.Quad) error
}

// File reads the file at path in format f ("" for FormatOf) and adds its
// quads to s. It returns the number of quads read.
func File(ctx context.Context, s Adder, path string, f Format) (int, error) {
	if f == "" {
		var err error
		if f, err = FormatOf(path); err != nil {
			return 0, err
		}
	}
	file, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer file.Close()
	switch f {
	case NQuads:
		return addNQuads(ctx, s, file, path, batchQuads)
	case JSONLD:
		n, _, err := addJSONLD(ctx, s, file, path, chunkNodes, batchQuads)
		return n, err
	}
	return add(ctx, s, file, path, f)
}

// FromReader reads r, named name in errors, in format f and adds its
// quads to s, as File adds a file's. r is copied to a temporary file as
// it is checked, and added from there.
func FromReader(ctx context.Context, s Adder, r io.Reader, name string, f Format) (int, error) {
	switch f {
	case NQuads:
		return addNQuadsFrom(ctx, s, r, name, batchQuads)
	case JSONLD:
		n, _, err := addJSONLDFrom(ctx, s, r, name, chunkNodes, batchQuads)
		return n, err
	}
	return add(ctx, s, r, name, f)
}

// add reads all of r and adds its quads to s.
func add(ctx context.Context, s Adder, r io.Reader, name string, f Format) (int, error) {
	qs, err := Read(r, name, f)
	if err != nil {
		return 0, err
	}
	if err := s.AddQuads(ctx, qs); err != nil {
		return 0, &Error{Path: name, Err: err}
	}
	return len(qs), nil
}

// Read reads r, named name in errors, in format f and returns its quads.
func Read(r io.Reader, name string, f Format) ([]quad.Quad, error) {
	h := sha256.New()
	r = io.TeeReader(r, h)
	var qs []quad.Quad
	var err error
	switch f {
	case NQuads:
		qs, err = readNQuads(r, name)
	case JSONLD:
		qs, err = readJSONLD(r, name)
	default:
		return nil, fmt.Errorf("unknown input format %q", f)
	}
	if err != nil {
		return nil, err
	}
	io.Copy(io.Discard, r) // hash all of it
	scope(qs, hex.EncodeToString(h.Sum(nil)))
	return qs, nil
}

// maxLine bounds one line of N-Quads.
const maxLine = 64 << 20

// readNQuads reads N-Quads that kg's exports can write again.
func readNQuads(r io.Reader, name string) ([]quad.Quad, error) {
	return collectNQuads(r, name, importable)
}

// collectNQuads returns the statements of N-Quads, each checked and
// rewritten by check when not nil.
func collectNQuads(r io.Reader, name string, check func(quad.Quad) (quad.Quad, error)) ([]quad.Quad, error) {
	var qs []quad.Quad
	err := scanNQuads(r, name, check, func(_ string, q quad.Quad) error {
		qs = append(qs, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return qs, nil
}

// scanNQuads reads N-Quads and calls fn for each statement, with its line
// (trimmed), checked and rewritten by check when not nil. An error of
// parsing or of check is an *Error with the line; an error of fn is
// returned as it is.
func scanNQuads(r io.Reader, name string, check func(quad.Quad) (quad.Quad, error), fn func(string, quad.Quad) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, maxLine)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		q, err := parseLine(line)
		if err == nil && check != nil {
			q, err = check(q)
		}
		if err != nil {
			return &Error{Path: name, Line: n, Err: err}
		}
		if err := fn(line, q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &Error{Path: name, Err: err}
	}
	return nil
}

// parseLine parses one N-Quads statement. Cayley's parser panics on some
// malformed escapes; that is an error here.
func parseLine(line string) (q quad.Quad, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("bad N-Quads statement: %v", p)
		}
	}()
	q, err = cnquads.Parse(line)
	if err != nil {
		return q, errors.New(strings.TrimPrefix(err.Error(), "nquads: "))
	}
	if !q.IsValid() {
		return q, errors.New("incomplete N-Quads statement")
	}
	return q, nil
}

func readJSONLD(r io.Reader, name string) (qs []quad.Quad, err error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{Path: name, Err: err}
	}
	var doc any
	if err := json.Unmarshal(src, &doc); err != nil {
		return nil, &Error{Path: name, Line: jsonLine(src, err), Err: err}
	}
	defer func() {
		if p := recover(); p != nil {
			err = &Error{Path: name, Err: fmt.Errorf("json-gold panicked: %v", p)}
		}
	}()
	opt := jsonld.ProcessorOptions()
	expanded, err := ld.NewJsonLdProcessor().Expand(doc, opt)
	if err != nil {
		return nil, &Error{Path: name, Err: fmt.Errorf("json-ld: %w", err)}
	}
	if err := unreadable(expanded); err != nil {
		return nil, &Error{Path: name, Err: err}
	}
	opt.Format = "application/n-quads"
	nq, err := ld.NewJsonLdProcessor().ToRDF(expanded, opt)
	if err != nil {
		return nil, &Error{Path: name, Err: fmt.Errorf("json-ld: %w", err)}
	}
	text, _ := nq.(string)
	qs, err = collectNQuads(strings.NewReader(text), name, nil)
	if err != nil {
		return nil, &Error{Path: name, Err: fmt.Errorf("json-gold wrote bad N-Quads: %w", err)}
	}
	for i, q := range qs {
		if qs[i], err = importable(q); err != nil {
			return nil, &Error{Path: name, Err: fmt.Errorf("%w, in %s", err, strings.TrimSpace(q.NQuad()))}
		}
	}
	return qs, nil
}

// dropped is the error for an IRI that json-gold would drop (unreadable).
func dropped(iri string) error {
	return fmt.Errorf("json-gold drops every quad with the IRI %.80q... "+
		"(not an absolute IRI, or an http or https IRI of 2,083 characters or more or not shaped like a URL); import the N-Quads export instead", iri)
}

// importable returns q with its IRIs written in full, as kg's exports
// write them (Cayley takes "rdf:" and "schema:" as short forms), or an
// error when kg's exports could not write q back: a relative IRI ("<s>"),
// which N-Quads does not allow but Cayley's parser reads, would break
// every later export; an IRI that does not parse as an absolute URL
// reference ("http:/%0X") would be dropped by JSON-LD processors.
func importable(q quad.Quad) (quad.Quad, error) {
	if _, err := canon.Quad(q); err != nil {
		return q, err
	}
	q = inFull(q)
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if x, ok := v.(quad.TypedString); ok {
			v = x.Type
		}
		if x, ok := v.(quad.IRI); ok && !ld.IsAbsoluteIri(string(x)) {
			return q, fmt.Errorf("IRI %q is not an absolute IRI", string(x))
		}
	}
	return q, nil
}

// inFull returns q with its IRIs, and the types of its typed literals,
// written in full: importable's rewriting without its checks.
func inFull(q quad.Quad) quad.Quad {
	full := func(v quad.Value) quad.Value {
		switch x := v.(type) {
		case quad.IRI:
			return x.Full()
		case quad.TypedString:
			x.Type = x.Type.Full()
			return x
		}
		return v
	}
	return quad.Quad{Subject: full(q.Subject), Predicate: full(q.Predicate), Object: full(q.Object), Label: full(q.Label)}
}

// unreadable returns an error naming the first IRI or language tag of an
// expanded JSON-LD document that json-gold's conversion to RDF would
// silently drop, with every quad that holds it: an IRI that does not parse
// as an absolute URL reference, an http or https IRI that its URL check
// (ld.IsURL) refuses, a language tag that is not letters followed by
// hyphenated letters and digits ("en", "en-GB"). It returns nil when there
// is none.
func unreadable(v any) error {
	return iriCheck{}.first(v)
}

// iriCheck remembers which IRIs unreadable found good: ld.IsURL is a large
// regular expression, and a document names the same IRIs many times.
type iriCheck map[string]bool

func (good iriCheck) bad(iri string) bool {
	if good[iri] {
		return false
	}
	if !ld.IsAbsoluteIri(iri) ||
		(strings.HasPrefix(iri, "http://") || strings.HasPrefix(iri, "https://")) && !ld.IsURL(iri) {
		return true
	}
	good[iri] = true
	return false
}

func (good iriCheck) first(v any) error {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if err := good.first(x); err != nil {
				return err
			}
		}
	case map[string]any:
		for k, x := range v {
			if err := good.entry(k, x); err != nil {
				return err
			}
			if err := good.first(x); err != nil {
				return err
			}
		}
	}
	return nil
}

// entry checks one key and value of an expanded node or value object.
func (good iriCheck) entry(k string, x any) error {
	if !strings.HasPrefix(k, "@") && good.bad(k) {
		return dropped(k)
	}
	s, isString := x.(string)
	switch {
	case isString && (k == "@id" || k == "@type") && good.bad(s):
		return dropped(s)
	case isString && k == "@language" && !wellFormedTag(s):
		return fmt.Errorf("language tag %.80q is not well-formed (letters, then hyphenated letters or digits: \"en\", \"en-GB\"); json-gold drops every literal that has it", s)
	case k == "@type":
		types, _ := x.([]any)
		for _, t := range types {
			if s, ok := t.(string); ok && good.bad(s) {
				return dropped(s)
			}
		}
	}
	return nil
}

// wellFormedTag reports whether tag is letters followed by any number of
// hyphen-led runs of letters and digits: the language tags json-gold
// keeps (and N-Quads can write).
func wellFormedTag(tag string) bool {
	for i, part := range strings.Split(tag, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
			if !letter && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}

// jsonLine returns the line of a JSON syntax or type error, or 0.
func jsonLine(src []byte, err error) int {
	var off int64
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	default:
		return 0
	}
	return bytes.Count(src[:min(int(off), len(src))], []byte("\n")) + 1
}

// scope renames the blank nodes of one file's quads to labels unique to
// the file's content.
func scope(qs []quad.Quad, file string) {
	for i := range qs {
		qs[i] = scoped(qs[i], file)
	}
}

// scoped returns q with its blank nodes renamed to labels unique to the
// content of its file, whose hash is file.
func scoped(q quad.Quad, file string) quad.Quad {
	rename := func(v quad.Value) quad.Value {
		b, ok := v.(quad.BNode)
		if !ok {
			return v
		}
		sum := sha256.Sum256([]byte(file + "\x00" + string(b)))
		return quad.BNode("b" + hex.EncodeToString(sum[:12]))
	}
	q.Subject = rename(q.Subject)
	q.Object = rename(q.Object)
	if q.Label != nil {
		q.Label = rename(q.Label)
	}
	return q
}
