// Package exporttest is the test suite every kg export format must pass,
// and the helpers its tests share: stores holding the storetest fixture,
// and the rule for tests that need external tools.
//
// Run exports the fixture and checks that the output is non-empty, that an
// independent reader of the format accepts it, that it is byte-identical
// across runs and across stores written in a different order, that the
// hostile labels of the fixture and of HostileDocuments come back intact,
// that an empty store exports cleanly and that a cancelled context stops
// the export.
package exporttest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// Format describes one export format to the suite.
type Format struct {
	// Export writes s in the format.
	Export func(ctx context.Context, w io.Writer, s *store.Store) error
	// Parse reads output with a reader independent of the exporter and
	// returns the texts it holds (labels, literals, tooltips). A format
	// that holds no machine-readable text (PNG) returns nil texts, and the
	// suite then only checks that Parse accepts the output.
	Parse func(out []byte) (texts []string, err error)
}

// Hostile are texts of the fixture that need escaping in every format;
// each must come back from Parse intact (as a substring of some text).
var Hostile = []string{
	"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85",
	"on \"tanks\"",
}

// Run runs the suite against f.
func Run(t *testing.T, f Format) {
	tests := []struct {
		name string
		fn   func(*testing.T, Format)
	}{
		{"Fixture", testFixture},
		{"Hostile", testHostile},
		{"Deterministic", testDeterministic},
		{"Empty", testEmpty},
		{"Cancelled", testCancelled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, f) })
	}
}

// Fixture returns a memory store holding storetest.Documents.
func Fixture(t testing.TB) *store.Store {
	t.Helper()
	return Store(t, storetest.Documents)
}

// Store returns a memory store holding the documents docs returns for its
// namespace, closed when the test ends.
func Store(t testing.TB, docs func(graph.Namespace) []graph.Document) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Write(ctx, docs(s.Namespace())); err != nil {
		t.Fatalf("write fixture: %v", err)
	}
	return s
}

// Export runs f.Export on s and returns the output.
func Export(t testing.TB, f Format, s *store.Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Export(context.Background(), &buf, s); err != nil {
		t.Fatalf("export: %v", err)
	}
	return buf.Bytes()
}

func testFixture(t *testing.T, f Format) {
	out := Export(t, f, Fixture(t))
	if len(out) == 0 {
		t.Fatal("empty output")
	}
	texts, err := f.Parse(out)
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	if texts == nil {
		t.Log("format holds no text; hostile labels checked by parsing only")
		return
	}
	for _, want := range Hostile {
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no text holds %q; texts:\n%q", want, texts)
		}
	}
}

func testHostile(t *testing.T, f Format) {
	out := Export(t, f, Store(t, HostileDocuments))
	texts, err := f.Parse(out)
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	if texts == nil {
		return
	}
	for _, want := range HostileTexts {
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("no text holds %.60q", want)
		}
	}
}

// reversed returns the fixture with documents, entities, sentences and
// statements in reverse order: the same graph, written differently.
func reversed(ns graph.Namespace) []graph.Document {
	docs := storetest.Documents(ns)
	slices.Reverse(docs)
	for i := range docs {
		slices.Reverse(docs[i].Entities)
		slices.Reverse(docs[i].Sentences)
		slices.Reverse(docs[i].Statements)
	}
	return docs
}

func testDeterministic(t *testing.T, f Format) {
	s := Fixture(t)
	first := Export(t, f, s)
	if again := Export(t, f, s); !bytes.Equal(first, again) {
		t.Error("two exports of one store differ")
	}
	if other := Export(t, f, Store(t, reversed)); !bytes.Equal(first, other) {
		t.Error("exports of one graph written in different orders differ")
	}
}

func testEmpty(t *testing.T, f Format) {
	s := Store(t, func(graph.Namespace) []graph.Document { return nil })
	out := Export(t, f, s)
	if _, err := f.Parse(out); err != nil {
		t.Fatalf("empty export does not parse: %v\n%s", err, out)
	}
}

func testCancelled(t *testing.T, f Format) {
	s := Fixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	err := f.Export(ctx, &buf, s)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("export with a cancelled context: %v, want %v", err, context.Canceled)
	}
	// The exporter must still work afterwards (Graphviz breaks when a
	// render is cancelled).
	if _, err := f.Parse(Export(t, f, s)); err != nil {
		t.Errorf("export after cancellation does not parse: %v", err)
	}
}
