package jsonld_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var format = exporttest.Format{
	Export: func(ctx context.Context, w io.Writer, s *store.Store) error {
		return jsonld.Write(ctx, w, s)
	},
	Parse: func(out []byte) ([]string, error) {
		qs, err := toRDF(out)
		var texts []string
		for _, q := range qs {
			if _, ok := q.Object.(quad.IRI); !ok {
				texts = append(texts, quad.ToString(q.Object))
			}
		}
		return texts, err
	},
}

// toRDF reads a JSON-LD document with json-gold, offline, and returns its
// quads as Cayley reads json-gold's N-Quads.
func toRDF(doc []byte) ([]quad.Quad, error) {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return nil, err
	}
	opt := jsonld.ProcessorOptions()
	opt.Format = "application/n-quads"
	nq, err := ld.NewJsonLdProcessor().ToRDF(v, opt)
	if err != nil {
		return nil, err
	}
	r := cnquads.NewReader(strings.NewReader(nq.(string)), false)
	var qs []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return qs, nil
		} else if err != nil {
			return qs, err
		}
		qs = append(qs, q)
	}
}

func TestSuite(t *testing.T) {
	exporttest.Run(t, format)
}

func TestGolden(t *testing.T) {
	got := exporttest.Export(t, format, exporttest.Fixture(t))
	path := filepath.Join("testdata", "fixture.jsonld")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

// canonical returns the quads of src, or of N-Quads read by Cayley, in
// canonical form as sorted N-Quads lines.
func canonical(t *testing.T, qs []quad.Quad) []string {
	t.Helper()
	var lines []string
	for _, q := range qs {
		c, err := canon.Quad(q)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, c.NQuad())
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

func storeQuads(t *testing.T, s *store.Store) []quad.Quad {
	t.Helper()
	var qs []quad.Quad
	if err := s.Quads(context.Background(), func(q quad.Quad) error {
		qs = append(qs, q)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return qs
}

// hashBase returns the fixture in a store whose IRI base ends in '#'.
func hashBase(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), "memory", store.Options{Base: "https://news.example/graph#"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Write(context.Background(), storetest.Documents(s.Namespace())); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestQuads checks, with json-gold's own RDF conversion, that the document
// states exactly the quads of the store.
func TestQuads(t *testing.T) {
	for name, s := range map[string]*store.Store{
		"fixture":   exporttest.Fixture(t),
		"synthetic": exporttest.Store(t, exporttest.Synthetic(20)),
		"hash base": hashBase(t),
	} {
		qs, err := toRDF(exporttest.Export(t, format, s))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, want := canonical(t, qs), canonical(t, storeQuads(t, s))
		if !slices.Equal(got, want) {
			t.Errorf("%s: JSON-LD states %d quads, the store %d", name, len(got), len(want))
			for _, l := range got {
				if !slices.Contains(want, l) {
					t.Logf("extra   %s", l)
				}
			}
			for _, l := range want {
				if !slices.Contains(got, l) {
					t.Logf("missing %s", l)
				}
			}
		}
	}
}

func TestLoader(t *testing.T) {
	if _, err := (jsonld.Loader{}).LoadDocument("https://schema.org/"); err == nil {
		t.Error("loader served a remote document")
	}
	rd, err := jsonld.Loader{}.LoadDocument(jsonld.ContextURL)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := rd.Document.(map[string]any)["@context"]; !ok {
		t.Errorf("context document has no @context: %v", rd.Document)
	}
	// A document may refer to kg's context by URL; it is served offline.
	doc := map[string]any{"@context": jsonld.ContextURL, "@id": "https://ex.org/a", "name": "A"}
	exp, err := ld.NewJsonLdProcessor().Expand(doc, jsonld.ProcessorOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := json.Marshal(exp); !strings.Contains(string(got), "http://schema.org/name") {
		t.Errorf("expanded with kg's context: %s", got)
	}
	remote := map[string]any{"@context": "https://schema.org/", "name": "A"}
	if _, err := ld.NewJsonLdProcessor().Expand(remote, jsonld.ProcessorOptions()); err == nil {
		t.Error("a remote context was loaded")
	}
}

func TestContext(t *testing.T) {
	var doc map[string]map[string]any
	if err := json.Unmarshal(jsonld.Context(), &doc); err != nil {
		t.Fatal(err)
	}
	ctx := doc["@context"]
	for term, want := range map[string]string{"kg": "https://example.org/kg/ns#", "schema": "http://schema.org/", "prov": "http://www.w3.org/ns/prov#"} {
		if ctx[term] != want {
			t.Errorf("%s = %v, want %s", term, ctx[term], want)
		}
	}
	if c, _ := ctx["confidence"].(map[string]any); c["@type"] != "xsd:decimal" {
		t.Errorf("confidence is not coerced to xsd:decimal: %v", ctx["confidence"])
	}
}

func BenchmarkWrite(b *testing.B) {
	s := exporttest.Store(b, exporttest.Synthetic(500))
	b.ReportAllocs()
	for b.Loop() {
		if err := jsonld.Write(context.Background(), io.Discard, s); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSpill checks that a document sorted on disk is the document sorted
// in memory.
func TestSpill(t *testing.T) {
	s := exporttest.Store(t, exporttest.Synthetic(30))
	var mem, disk bytes.Buffer
	if err := jsonld.Write(context.Background(), &mem, s); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := (jsonld.Options{TempDir: dir, BufferSize: 300}).Write(context.Background(), &disk, s); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mem.Bytes(), disk.Bytes()) || mem.Len() < 10000 {
		t.Errorf("spilled sort differs (%d and %d bytes)", mem.Len(), disk.Len())
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("%d temporary files left", len(left))
	}
}

// reported is the fixture plus a statement the text attributes to a
// speaker, negated: every kind of provenance docs/model.md lists.
func reported(ns graph.Namespace) []graph.Document {
	docs := storetest.Documents(ns)
	a := &docs[0]
	st := a.Statements[2] // decision - reach - on "tanks", negated
	st.Attribution = a.Statements[1].Subject
	st.Prov.Start++
	a.Statements = append(a.Statements, st)
	return docs
}

// TestProvenance checks, through json-gold's reading of the document,
// that every statement has the provenance docs/model.md lists: its
// sentence, extractor, span, confidence and surface words, and negation,
// modality and speaker when the store has them.
func TestProvenance(t *testing.T) {
	s := exporttest.Store(t, reported)
	qs, err := toRDF(exporttest.Export(t, format, s))
	if err != nil {
		t.Fatal(err)
	}
	props := map[string]map[string]string{} // statement -> predicate -> object
	facts := map[string]int{}
	for _, q := range qs {
		if q.Label != nil {
			facts[graph.Lexical(q.Label)]++
			continue
		}
		subj := graph.Lexical(q.Subject)
		if props[subj] == nil {
			props[subj] = map[string]string{}
		}
		props[subj][graph.Lexical(q.Predicate)] = graph.Lexical(q.Object)
	}
	n := 0
	err = s.Statements(context.Background(), store.Filter{}, func(r store.Record) error {
		n++
		p := props[string(r.ID)]
		want := map[quad.IRI]string{
			graph.PropDerivedFrom:  string(s.Namespace().Sentence(r.Prov.Article, r.Prov.Sentence)),
			graph.PropAttributedTo: string(s.Namespace().Extractor(r.Prov.Extractor, r.Prov.Version)),
			graph.PropSpan:         fmt.Sprintf("%d-%d", r.Prov.Start, r.Prov.End),
			graph.PropConfidence:   strconv.FormatFloat(r.Prov.Confidence, 'f', -1, 64),
			graph.PropSurface:      r.Predicate.Surface,
		}
		if r.Negated {
			want[graph.PropNegated] = "true"
		}
		if r.Modality != "" {
			want[graph.PropModality] = r.Modality
		}
		if r.Attribution.IsEntity() {
			want[graph.PropReportedBy] = string(r.Attribution.ID)
		}
		for prop, v := range want {
			if got, ok := p[string(prop)]; !ok || got != v {
				t.Errorf("statement %s: %s = %q, want %q", r.ID, prop, got, v)
			}
		}
		if len(p) != len(want) {
			t.Errorf("statement %s has %d provenance properties, want %d: %q", r.ID, len(p), len(want), p)
		}
		if facts[string(r.ID)] != 1 {
			t.Errorf("statement %s has %d fact quads, want 1", r.ID, facts[string(r.ID)])
		}
		return nil
	})
	if err != nil || n != 7 {
		t.Fatalf("%d statements, %v", n, err)
	}
}
