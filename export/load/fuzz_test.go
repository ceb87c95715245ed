package load_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/load"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/graph"
)

// quadList is a Source of quads for the exporters.
type quadList struct {
	qs []quad.Quad
	ns graph.Namespace
}

func (l quadList) Quads(_ context.Context, fn func(quad.Quad) error) error {
	for _, q := range l.qs {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

func (l quadList) Namespace() graph.Namespace { return l.ns }

// shape returns the quads as sorted, distinct N-Quads lines with every
// blank node written _:b (import renames blank nodes per file, so only
// the shape around them can be compared) and language tags in lower case
// (RDF compares them so; json-gold writes them so).
func shape(qs []quad.Quad) []string {
	blank := func(v quad.Value) quad.Value {
		switch v := v.(type) {
		case quad.BNode:
			return quad.BNode("b")
		case quad.LangString:
			v.Lang = strings.ToLower(v.Lang)
			return v
		}
		return v
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		q.Subject, q.Object = blank(q.Subject), blank(q.Object)
		if q.Label != nil {
			q.Label = blank(q.Label)
		}
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// roundTrip exports qs in format f with kg's exporter and imports the
// export again.
func roundTrip(t *testing.T, qs []quad.Quad, f load.Format) ([]quad.Quad, []byte, error) {
	t.Helper()
	ns, err := graph.NewNamespace(graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	src := quadList{qs, ns}
	if f == load.JSONLD {
		err = jsonld.Write(context.Background(), &b, src)
	} else {
		err = nquads.Write(context.Background(), &b, src, nquads.Options{})
	}
	if err != nil {
		return nil, nil, err
	}
	back, err := load.Read(bytes.NewReader(b.Bytes()), "export", f)
	return back, b.Bytes(), err
}

// checkRoundTrip checks that what Read accepted from data comes back the
// same through kg's N-Quads export, and through its JSON-LD export
// unless the JSON-LD export refuses it with an error.
func checkRoundTrip(t *testing.T, data string, qs []quad.Quad) {
	t.Helper()
	want := shape(qs)
	back, out, err := roundTrip(t, qs, load.NQuads)
	if err != nil {
		t.Fatalf("N-Quads export of the quads read from %q: %v\n%s", data, err, out)
	}
	if got := shape(back); !slices.Equal(got, want) {
		t.Fatalf("read %q as\n%s\nits N-Quads export\n%s\nreads back as\n%s", data, strings.Join(want, "\n"), out, strings.Join(got, "\n"))
	}
	back, out, err = roundTrip(t, qs, load.JSONLD)
	if err != nil {
		return // JSON-LD cannot say every RDF dataset (e.g. IRIs json-gold refuses): an error, not a loss
	}
	if got := shape(back); !slices.Equal(got, want) {
		t.Fatalf("read %q as\n%s\nits JSON-LD export\n%s\nreads back as\n%s", data, strings.Join(want, "\n"), out, strings.Join(got, "\n"))
	}
}

// FuzzReadNQuads checks that reading N-Quads never panics, that every
// error carries a line, and that what is read round-trips through kg's
// exports.
func FuzzReadNQuads(f *testing.F) {
	for _, s := range []string{
		"<http://a.example/s> <http://a.example/p> <http://a.example/o> .\n",
		"<http://a.example/s> <http://a.example/p> \"x\\ny\"@en <http://a.example/g> .\n# comment\n\n",
		"_:b0 <http://a.example/p> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .\n",
		"<http://a.example/s> <http://a.example/p> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n",
		"<http://a.example/s> <http://a.example/p> \"\\u00e9\\U0001F600\" .\n",
		"<s> <p> <o> .\n",
		"<http://a.example/s> <http://a.example/p> \"unterminated .\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { checkRead(t, data, "f.nq", load.NQuads) })
}

// FuzzReadJSONLD checks that reading JSON-LD never panics (json-gold's
// panics become errors), never fetches anything, and that what is read
// round-trips through kg's exports.
func FuzzReadJSONLD(f *testing.F) {
	for _, s := range []string{
		`{"@id": "http://a.example/s", "http://a.example/p": "x"}`,
		`{"@context": {"p": "http://a.example/p"}, "@id": "http://a.example/s", "p": [{"@value": "x", "@language": "en"}, 3, true, 0.5]}`,
		`{"@context": "` + jsonld.ContextURL + `", "@graph": [{"@id": "entity:joe-biden", "@type": "schema:Person", "rdfs:label": "Joe Biden"}]}`,
		`{"@context": "https://example.com/remote.jsonld", "@id": "http://a.example/s"}`,
		`[{"@id": "_:b0", "http://a.example/p": {"@id": "_:b1"}}, {"@id": "_:b1", "@type": "http://a.example/T"}]`,
		`{"@id": "http://a.example/g", "@graph": {"@id": "http://a.example/s", "http://a.example/p": {"@list": [1, 2]}}}`,
		`{"@id": 5}`,
		`[`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { checkRead(t, data, "f.jsonld", load.JSONLD) })
}

// checkRead reads data as file name in format f: an error must name the
// file; what is read must round-trip.
func checkRead(t *testing.T, data, name string, f load.Format) {
	qs, err := load.Read(strings.NewReader(data), name, f)
	if err != nil {
		if !strings.HasPrefix(err.Error(), name) {
			t.Errorf("error %q does not name the file", err)
		}
		return
	}
	checkRoundTrip(t, data, qs)
}
