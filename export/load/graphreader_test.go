package load_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/load"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// collector is a store that records the quads of every AddQuads call.
type collector struct {
	*store.Store
	calls int
	quads []string
}

func (c *collector) AddQuads(ctx context.Context, qs []quad.Quad) error {
	c.calls++
	for _, q := range qs {
		c.quads = append(c.quads, q.NQuad())
	}
	return c.Store.AddQuads(ctx, qs)
}

// nquadLines returns qs as sorted N-Quads lines.
func nquadLines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// kgJSONLD returns kg's JSON-LD export of a store of base holding docs.
func kgJSONLD(t *testing.T, base string, docs func(graph.Namespace) []graph.Document) []byte {
	t.Helper()
	s := open(t, base)
	if _, err := s.Write(context.Background(), docs(s.Namespace())); err != nil {
		t.Fatal(err)
	}
	return exports(t, s)["kg.jsonld"]
}

// ctxDoc is a document of the shape that streams, with a context of its
// own: terms for a language string, a typed literal, a set, a link, and
// a graph container.
func ctxDoc(graph string) string {
	return `{
  "@context": {
    "ex": "http://ex.org/",
    "name": {"@id": "ex:name", "@language": "en"},
    "born": {"@id": "ex:born", "@type": "http://www.w3.org/2001/XMLSchema#date"},
    "alias": {"@id": "ex:alias", "@container": "@set"},
    "knows": {"@id": "ex:knows", "@type": "@id"},
    "claims": {"@id": "ex:claims", "@container": "@graph"}
  },
  "@graph": ` + graph + `
}
`
}

// jsonldDocs are documents read both a chunk at a time and whole, and
// whether they stream.
func jsonldDocs(t *testing.T) []struct {
	name, base string // base: of the store
	doc        []byte
	streams    bool
} {
	hash := func(ns graph.Namespace) []graph.Document { return storetest.Documents(ns) }
	return []struct {
		name, base string
		doc        []byte
		streams    bool
	}{
		{"fixture", "", kgJSONLD(t, "", storetest.Documents), true},
		{"hostile", "", kgJSONLD(t, "", exporttest.HostileDocuments), true},
		{"synthetic", "", kgJSONLD(t, "", exporttest.Synthetic(25)), true},
		{"parallel", "", kgJSONLD(t, "", exporttest.Repeated), true},
		{"hash base", "https://news.example/graph#", kgJSONLD(t, "https://news.example/graph#", hash), true},
		{"empty graph", "", []byte(ctxDoc(`[]`)), true},
		{"own context", "", []byte(ctxDoc(`[
    {"@id": "ex:a", "name": "Ann", "born": "1970-01-02", "alias": ["A", "Annie"], "knows": "ex:b",
     "ex:note": [{"@value": "hi", "@language": "en-GB"}, {"@value": "3", "@type": "http://www.w3.org/2001/XMLSchema#integer"}, 2.5, true]},
    {"@id": "ex:b", "knows": {"name": "anonymous", "knows": {"name": "deeper"}}},
    {"name": "a top-level blank node"},
    {"@id": "ex:c", "claims": {"@id": "ex:d", "name": "in a blank graph"}},
    {"@id": "ex:g", "@graph": [
      {"@id": "ex:a", "knows": "ex:b", "ex:inner": {"@graph": {"@id": "ex:e", "name": "nested named graph"}}},
      {"@id": "ex:b", "ex:p": {"@id": "ex:f", "name": "told in the graph"}}
    ]},
    {"@id": "ex:h", "@type": ["ex:T", "ex:U"], "ex:label": "\"quotes\", <angles>, \\backslash, \u00e9, \n newline"}
  ]`)), true},
		{"explicit blank node", "", []byte(ctxDoc(`[{"@id": "_:x", "name": "X"}, {"@id": "ex:a", "knows": "_:x"}]`)), false},
		{"blank node in a literal", "", []byte(ctxDoc(`[{"@id": "ex:a", "name": "_:not a node"}]`)), false},
		{"top-level array", "", []byte(`[{"@id": "http://ex.org/a", "http://ex.org/p": {"p": 1}}]`), false},
		{"extra key", "", []byte(strings.Replace(ctxDoc(`[{"@id": "ex:a", "name": "A"}]`), `"@graph": [`, `"@id": "ex:doc", "@graph": [`, 1)), false},
		{"graph not an array", "", []byte(ctxDoc(`{"@id": "ex:a", "name": "A"}`)), false},
		{"context not an object", "", []byte(`{"@context": [{"ex": "http://ex.org/"}], "@graph": [{"@id": "ex:a", "ex:p": "A"}]}`), false},
		{"context after graph", "", []byte(`{"@graph": [{"@id": "ex:a", "ex:p": "A"}], "@context": {"ex": "http://ex.org/"}}`), false},
		{"ids out of order", "", []byte(ctxDoc(`[{"@id": "ex:b", "name": "B"}, {"@id": "ex:a", "name": "A"}]`)), false},
		{"id twice", "", []byte(ctxDoc(`[{"@id": "ex:a", "name": "A"}, {"@id": "ex:a", "name": "A", "ex:p": "p"}]`)), false},
		{"nested node with properties", "", []byte(ctxDoc(`[{"@id": "ex:a", "knows": {"@id": "ex:b", "name": "B"}}, {"@id": "ex:b", "name": "B"}]`)), false},
		{"nested named graph", "", []byte(ctxDoc(`[{"@id": "ex:a", "@graph": {"@id": "ex:b", "@graph": {"@id": "ex:c", "name": "C"}}}]`)), false},
		{"list", "", []byte(ctxDoc(`[{"@id": "ex:a", "ex:l": {"@list": [{"name": "x"}, 2]}}, {"name": "y"}]`)), false},
		{"reverse", "", []byte(ctxDoc(`[{"@id": "ex:a", "@reverse": {"knows": {"@id": "ex:b"}}}]`)), false},
	}
}

// TestJSONLDChunks reads each document in chunks of several sizes and
// whole: the chunks hand the store exactly the quads, blank nodes named
// alike, that reading the document whole gives, and the store ends the
// same. kg's own exports, and documents of their shape, stream; the
// others are read whole.
func TestJSONLDChunks(t *testing.T) {
	ctx := context.Background()
	for _, tc := range jsonldDocs(t) {
		path := filepath.Join(t.TempDir(), "kg.jsonld")
		if err := os.WriteFile(path, tc.doc, 0o644); err != nil {
			t.Fatal(err)
		}
		qs, err := load.Read(bytes.NewReader(tc.doc), path, load.JSONLD)
		if err != nil {
			t.Fatalf("%s: read whole: %v", tc.name, err)
		}
		want := nquadLines(qs)
		whole := open(t, tc.base)
		if err := whole.AddQuads(ctx, qs); err != nil {
			t.Fatal(err)
		}
		for _, chunk := range []int{1, 2, 3, 256} {
			s := &collector{Store: open(t, tc.base)}
			n, streamed, err := load.JSONLDIn(ctx, s, path, chunk, 7)
			if err != nil {
				t.Errorf("%s, chunks of %d: %v", tc.name, chunk, err)
				continue
			}
			if streamed != tc.streams {
				t.Errorf("%s, chunks of %d: streamed %v, want %v", tc.name, chunk, streamed, tc.streams)
			}
			slices.Sort(s.quads)
			if n != len(qs) || !slices.Equal(s.quads, want) {
				t.Errorf("%s, chunks of %d: %d quads read, %d added; whole: %d\n%s", tc.name, chunk, n, len(s.quads), len(qs),
					diff(s.quads, want))
			}
			if got := lines(t, s.Store); !slices.Equal(got, lines(t, whole)) {
				t.Errorf("%s, chunks of %d: the store differs from one that read the document whole", tc.name, chunk)
			}
		}
	}
}

// diff returns the first line where got and want differ.
func diff(got, want []string) string {
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || got[i] != want[i] {
			return fmt.Sprintf("got  %q\nwant %q", got[i:min(i+1, len(got))], want[i:min(i+1, len(want))])
		}
	}
	return ""
}

// lateBad returns kg's export of the synthetic graph with node added as
// the last top-level node, and the line node starts on; with no node,
// the export and the line of its last node, the store's.
func lateBad(t *testing.T, node string) ([]byte, int) {
	t.Helper()
	doc := kgJSONLD(t, "", exporttest.Synthetic(25))
	if node == "" {
		at := bytes.Index(doc, []byte(`"@id": "kg:store"`))
		if at < 0 || bytes.Count(doc[at:], []byte(`"@id"`)) != 1 {
			t.Fatal("the store node is not the export's last")
		}
		return doc, bytes.Count(doc[:bytes.LastIndexByte(doc[:at], '{')], []byte("\n")) + 1
	}
	end := bytes.LastIndex(doc, []byte("\n  ]\n}"))
	if end < 0 {
		t.Fatal("no end of @graph in the export")
	}
	head := append(slices.Clip(doc[:end]), ",\n    "...)
	out := append(append(head, node...), doc[end:]...)
	return out, bytes.Count(head, []byte("\n")) + 1
}

// TestJSONLDBadNodeLate puts a bad node at the end of a document of many
// chunks and batches: nothing is stored, and the error gives the file and
// the line of the node (of the fault, for JSON syntax).
func TestJSONLDBadNodeLate(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, node string
		base       string // of the store
		after      int    // the line of the fault, after the node's first
		want       string
	}{
		{"relative type", `{"@id": "zzz:a", "@type": "T"}`, "", 0, `"T"`},
		{"relative IRI", `{"@id": "zzz:a", "zzz:p": {"@id": "rel"}}`, "", 0, `"rel"`},
		{"JSON syntax", "{\"@id\": \"zzz:a\",\n \"name\": oops}", "", 1, "invalid character"},
		{"missing comma", "{\"@id\": \"zzz:a\"}\n {\"@id\": \"zzz:b\"}", "", 1, ""},
		// The store node (kg:store) is the export's last: the store refuses its base.
		{"refused by the store", "", "https://news.example/graph#", 0, "base"},
	} {
		doc, line := lateBad(t, tc.node)
		path := filepath.Join(t.TempDir(), "kg.jsonld")
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		s := &collector{Store: open(t, tc.base)}
		before := lines(t, s.Store)
		_, streamed, err := load.JSONLDIn(ctx, s, path, 3, 7)
		var lerr *load.Error
		if !errors.As(err, &lerr) || lerr.Path != path || lerr.Line != line+tc.after || !strings.Contains(err.Error(), tc.want) || !streamed {
			t.Errorf("%s: error %v (streamed: %v), want one at line %d about %q", tc.name, err, streamed, line+tc.after, tc.want)
		}
		if s.calls != 0 || !slices.Equal(lines(t, s.Store), before) {
			t.Errorf("%s: AddQuads called %d times; the store changed", tc.name, s.calls)
		}
		qs, werr := load.Read(bytes.NewReader(doc), path, load.JSONLD)
		if werr == nil {
			werr = open(t, tc.base).AddQuads(ctx, qs)
		}
		if werr == nil {
			t.Errorf("%s: read whole, the document is accepted", tc.name)
		}
	}
}

// TestJSONLDTruncated cuts a document in the middle of its last node, and
// after it: the error gives the last line, as reading it whole does.
func TestJSONLDTruncated(t *testing.T) {
	doc := kgJSONLD(t, "", exporttest.Synthetic(25))
	for _, cut := range []int{len(doc) - 40, len(doc) - len("\n  ]\n}\n")} {
		path := filepath.Join(t.TempDir(), "kg.jsonld")
		if err := os.WriteFile(path, doc[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		_, werr := load.Read(bytes.NewReader(doc[:cut]), path, load.JSONLD)
		var want *load.Error
		if !errors.As(werr, &want) || want.Line == 0 {
			t.Fatalf("cut at %d: read whole: %v, want an error with a line", cut, werr)
		}
		s := &collector{Store: open(t, "")}
		_, _, err := load.JSONLDIn(context.Background(), s, path, 3, 7)
		var got *load.Error
		if !errors.As(err, &got) || got.Line != want.Line || s.calls != 0 {
			t.Errorf("cut at %d: error %v, %d calls of AddQuads; want one at line %d (%v) and none", cut, err, s.calls, want.Line, werr)
		}
	}
}

// TestJSONLDFromReader reads documents from a reader read once (standard
// input): the same quads as from the file, streamed or not; a bad node
// stores nothing and gives its line; no temporary file is left.
func TestJSONLDFromReader(t *testing.T) {
	ctx := context.Background()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	for _, tc := range jsonldDocs(t) {
		qs, err := load.Read(bytes.NewReader(tc.doc), "standard input", load.JSONLD)
		if err != nil {
			t.Fatal(err)
		}
		s := &collector{Store: open(t, tc.base)}
		n, streamed, err := load.JSONLDFromReaderIn(ctx, s, onlyReader{bytes.NewReader(tc.doc)}, "standard input", 2, 7)
		slices.Sort(s.quads)
		if err != nil || n != len(qs) || streamed != tc.streams || !slices.Equal(s.quads, nquadLines(qs)) {
			t.Errorf("%s from a reader: %d quads, streamed %v, %v; want %d as read whole, streamed %v", tc.name, n, streamed, err, len(qs), tc.streams)
		}
	}
	doc, line := lateBad(t, `{"@id": "zzz:a", "@type": "T"}`)
	s := &collector{Store: open(t, "")}
	_, err := load.FromReader(ctx, s, onlyReader{bytes.NewReader(doc)}, "standard input", load.JSONLD)
	if !strings.HasPrefix(fmt.Sprint(err), fmt.Sprintf("standard input:%d:", line)) || s.calls != 0 {
		t.Errorf("a bad last node from a reader: error %v, %d calls of AddQuads; want line %d and none", err, s.calls, line)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestJSONLDBatches adds a streamed document in batches: each call of
// AddQuads gets at most a batch.
func TestJSONLDBatches(t *testing.T) {
	doc := kgJSONLD(t, "", exporttest.Synthetic(25))
	path := filepath.Join(t.TempDir(), "kg.jsonld")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	s := &recorder{Store: open(t, "")}
	n, _, err := load.JSONLDIn(context.Background(), s, path, 5, 10)
	if calls := (n + 9) / 10; err != nil || len(s.sizes) != calls || slices.Max(s.sizes) > 10 {
		t.Errorf("%d quads in batches of 10: AddQuads called with %v, %v; want %d calls", n, s.sizes, err, calls)
	}
}

// FuzzFileJSONLD checks that adding a JSON-LD document with File, a node
// at a time when it streams, stores what reading it whole and adding it
// in one call stores, and that both refuse the same documents, File then
// storing nothing.
func FuzzFileJSONLD(f *testing.F) {
	for _, s := range []string{
		ctxDoc(`[{"@id": "ex:a", "name": "A", "knows": {"name": "B", "knows": {"name": "C"}}}, {"name": "D"}, {"@id": "ex:b", "born": "2000-01-01"}]`),
		ctxDoc(`[{"@id": "ex:g", "@graph": [{"@id": "ex:a", "ex:p": {"@graph": {"name": "x"}}}]}, {"@id": "ex:h", "claims": {"name": "y"}}]`),
		ctxDoc(`[{"@id": "ex:b", "name": "B"}, {"@id": "ex:a", "name": "A"}, {"@id": "_:x", "name": "X"}]`),
		ctxDoc(`[{"@id": "ex:a", "ex:l": {"@list": [{"name": "x"}]}}, {"name": "y"}]`),
		ctxDoc(`[{"@id": "ex:a", "@type": "T"}]`),
		ctxDoc(`[]`) + `{}`,
		ctxDoc(`[{"@id": "ex:a", "name": "A"},`),
		`{"@context": {"x": 5}, "@graph": []}`,
		`{"@context": {"ex": "http://ex.org/"}, "@graph": [{"@id": "ex:a", "ex:p": 1}, [{"@id": "ex:b", "ex:p": 2}], "s", null]}`,
		`{"@context": "https://example.com/remote.jsonld", "@graph": []}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		ref := loadWhole(t, data, "f.jsonld", load.JSONLD)
		s := &recorder{Store: open(t, "")}
		n, streamed, err := load.JSONLDIn(context.Background(), s, ref.path, 1, 2)
		ref.match(t, fmt.Sprintf("a node at a time (streamed: %v)", streamed), s, n, err)
	})
}
