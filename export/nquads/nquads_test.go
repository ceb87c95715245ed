package nquads_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/graph/store"
)

func format(opt nquads.Options) exporttest.Format {
	return exporttest.Format{
		Export: func(ctx context.Context, w io.Writer, s *store.Store) error {
			return nquads.Write(ctx, w, s, opt)
		},
		Parse: func(out []byte) ([]string, error) {
			qs, err := read(out)
			var texts []string
			for _, q := range qs {
				if _, ok := q.Object.(quad.IRI); !ok {
					texts = append(texts, quad.ToString(q.Object))
				}
			}
			return texts, err
		},
	}
}

// read parses N-Quads with Cayley's reader.
func read(out []byte) ([]quad.Quad, error) {
	r := cnquads.NewReader(bytes.NewReader(out), false)
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
	exporttest.Run(t, format(nquads.Options{}))
}

// canonical returns the store's quads in canonical form as sorted N-Quads.
func canonical(t *testing.T, src canon.Source) []string {
	t.Helper()
	var lines []string
	err := canon.Each(context.Background(), src, func(q quad.Quad) error {
		lines = append(lines, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

func TestReadBack(t *testing.T) {
	s := exporttest.Fixture(t)
	for _, opt := range []nquads.Options{{}, {Stream: true}} {
		var buf bytes.Buffer
		if err := nquads.Write(context.Background(), &buf, s, opt); err != nil {
			t.Fatal(err)
		}
		qs, err := read(buf.Bytes())
		if err != nil {
			t.Fatalf("stream=%v: cayley cannot read the export: %v", opt.Stream, err)
		}
		var got []string
		for _, q := range qs {
			c, err := canon.Quad(q)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, c.NQuad())
		}
		slices.Sort(got)
		if want := canonical(t, s); !slices.Equal(got, want) {
			t.Errorf("stream=%v: read back %d quads, want %d:\n%s", opt.Stream, len(got), len(want), diff(got, want))
		}
	}
}

func diff(got, want []string) string {
	var b strings.Builder
	for _, g := range got {
		if !slices.Contains(want, g) {
			b.WriteString("+ " + g + "\n")
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			b.WriteString("- " + w + "\n")
		}
	}
	return b.String()
}

func TestSortedIsStreamSorted(t *testing.T) {
	s := exporttest.Fixture(t)
	var sorted, stream bytes.Buffer
	if err := nquads.Write(context.Background(), &sorted, s, nquads.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := nquads.Write(context.Background(), &stream, s, nquads.Options{Stream: true}); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(stream.String(), "\n")
	slices.Sort(lines)
	if got := strings.Join(lines, ""); got != sorted.String() {
		t.Errorf("sorted stream output differs from sorted output:\n%s\n---\n%s", got, sorted.String())
	}
	if !strings.Contains(sorted.String(), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`) {
		t.Error(`kg:negated is not written as "true"^^xsd:boolean`)
	}
}

// quads is a Source of fixed quads.
type quads []quad.Quad

func (qs quads) Quads(_ context.Context, fn func(quad.Quad) error) error {
	for _, q := range qs {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

func TestInvalid(t *testing.T) {
	s, p, o := quad.IRI("http://ex.org/s"), quad.IRI("http://ex.org/p"), quad.String("o")
	tests := []struct {
		name string
		q    quad.Quad
	}{
		{"space in IRI", quad.Quad{Subject: quad.IRI("http://ex.org/a b"), Predicate: p, Object: o}},
		{"quote in IRI", quad.Quad{Subject: s, Predicate: p, Object: quad.IRI(`http://ex.org/"`)}},
		{"relative IRI", quad.Quad{Subject: quad.IRI("a/b"), Predicate: p, Object: o}},
		{"literal subject", quad.Quad{Subject: o, Predicate: p, Object: o}},
		{"literal label", quad.Quad{Subject: s, Predicate: p, Object: o, Label: o}},
		{"bad blank node", quad.Quad{Subject: quad.BNode("a b"), Predicate: p, Object: o}},
		{"bad language", quad.Quad{Subject: s, Predicate: p, Object: quad.LangString{Value: "x", Lang: "en us"}}},
	}
	good := quad.Quad{Subject: s, Predicate: p, Object: o}
	for _, tc := range tests {
		for _, opt := range []nquads.Options{{}, {Stream: true}} {
			var buf bytes.Buffer
			err := nquads.Write(context.Background(), &buf, quads{good, tc.q}, opt)
			if err == nil {
				t.Errorf("%s (stream=%v): no error; wrote\n%s", tc.name, opt.Stream, buf.String())
			}
			if !opt.Stream && buf.Len() > 0 {
				t.Errorf("%s: sorted mode wrote output before failing", tc.name)
			}
		}
	}
}

func TestSourceError(t *testing.T) {
	boom := errors.New("boom")
	err := nquads.Write(context.Background(), io.Discard, failing{boom}, nquads.Options{})
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want %v", err, boom)
	}
}

type failing struct{ err error }

func (f failing) Quads(context.Context, func(quad.Quad) error) error { return f.err }

// TestRDFLib checks that rdflib, an independent RDF implementation, reads
// every quad of the export.
func TestRDFLib(t *testing.T) {
	py := exporttest.Python(t, "rdflib")
	var buf bytes.Buffer
	if err := nquads.Write(context.Background(), &buf, exporttest.Fixture(t), nquads.Options{}); err != nil {
		t.Fatal(err)
	}
	script := `import sys, rdflib
g = rdflib.ConjunctiveGraph()
g.parse(data=sys.stdin.read(), format="nquads")
print(len(g))`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(buf.Bytes())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib: %v\n%s", err, out)
	}
	got, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if want := strings.Count(buf.String(), "\n"); err != nil || got != want {
		t.Errorf("rdflib read %q quads, want %d", out, want)
	}
}

func BenchmarkWrite(b *testing.B) {
	s := exporttest.Store(b, exporttest.Synthetic(500))
	for _, bc := range []struct {
		name string
		opt  nquads.Options
	}{{"sorted", nquads.Options{}}, {"stream", nquads.Options{Stream: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := nquads.Write(context.Background(), io.Discard, s, bc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSuiteTriples(t *testing.T) {
	exporttest.Run(t, format(nquads.Options{Triples: true}))
}

// TestSpill checks that a sort spilled to disk writes the same bytes as
// one in memory.
func TestSpill(t *testing.T) {
	s := exporttest.Store(t, exporttest.Synthetic(40))
	for _, triples := range []bool{false, true} {
		var mem, disk bytes.Buffer
		if err := nquads.Write(context.Background(), &mem, s, nquads.Options{Triples: triples}); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := nquads.Write(context.Background(), &disk, s, nquads.Options{Triples: triples, TempDir: dir, BufferSize: 512}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(mem.Bytes(), disk.Bytes()) || mem.Len() < 10000 {
			t.Errorf("triples=%v: spilled sort differs (%d and %d bytes)", triples, mem.Len(), disk.Len())
		}
		if left, _ := os.ReadDir(dir); len(left) != 0 {
			t.Errorf("%d temporary files left", len(left))
		}
	}
}

// TestTriples checks that N-Triples are the quads without labels: the
// default graph's triples plus one triple per distinct fact.
func TestTriples(t *testing.T) {
	s := exporttest.Store(t, exporttest.Repeated) // one fact in three statements
	var nq, nt bytes.Buffer
	if err := nquads.Write(context.Background(), &nq, s, nquads.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := nquads.Write(context.Background(), &nt, s, nquads.Options{Triples: true}); err != nil {
		t.Fatal(err)
	}
	quads, err := read(nq.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	triples, err := read(nt.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	labelled := 0
	for _, q := range quads {
		if q.Label != nil {
			labelled++
		}
		q.Label = nil
		want[q.NQuad()] = true
	}
	got := map[string]bool{}
	for _, q := range triples {
		if q.Label != nil {
			t.Fatalf("N-Triples line with a graph: %s", q.NQuad())
		}
		got[q.NQuad()] = true
	}
	if len(got) != len(triples) || len(got) != len(want) || len(triples) != len(quads)-2 {
		t.Errorf("%d quads (%d facts) gave %d triples (%d distinct), want %d", len(quads), labelled, len(triples), len(got), len(want))
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing triple %s", k)
		}
	}
}

// TestRDFLibTriples checks that rdflib reads our N-Triples as N-Triples.
func TestRDFLibTriples(t *testing.T) {
	py := exporttest.Python(t, "rdflib")
	var buf bytes.Buffer
	if err := nquads.Write(context.Background(), &buf, exporttest.Store(t, exporttest.HostileDocuments), nquads.Options{Triples: true}); err != nil {
		t.Fatal(err)
	}
	script := `import sys, rdflib
g = rdflib.Graph()
g.parse(data=sys.stdin.read(), format="nt")
print(len(g))`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(buf.Bytes())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib: %v\n%s", err, out)
	}
	if got, want := strings.TrimSpace(string(out)), strconv.Itoa(strings.Count(buf.String(), "\n")); got != want {
		t.Errorf("rdflib read %s triples, want %s", got, want)
	}
}
