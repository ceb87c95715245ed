package export_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/export"
	"github.com/kgraph/kg/export/cytoscape"
	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/gexf"
	"github.com/kgraph/kg/export/graphml"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/neo4j"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/export/selection"
	"github.com/kgraph/kg/graph/store"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want export.Format
		ok   bool
	}{
		{"nquads", export.NQuads, true}, {"NQ", export.NQuads, true}, {"n-quads", export.NQuads, true},
		{"nt", export.NTriples, true}, {"N-Triples", export.NTriples, true},
		{"jsonld", export.JSONLD, true}, {"JSON-LD", export.JSONLD, true},
		{"graphml", export.GraphML, true}, {"GEXF", export.GEXF, true},
		{"cytoscape", export.Cytoscape, true}, {"cyjs", export.Cytoscape, true}, {"neo4j", export.Neo4j, true},
		{"dot", export.DOT, true}, {"gv", export.DOT, true}, {"svg", export.SVG, true}, {"png", export.PNG, true},
		{"", "", false}, {"turtle", "", false}, {"jpg", "", false}, {"csv", "", false},
	}
	for _, tc := range tests {
		got, err := export.ParseFormat(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseFormat(%q) = %q, %v", tc.in, got, err)
		}
	}
	for _, f := range export.Formats() {
		if got, err := export.ParseFormat(string(f)); got != f || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
}

// direct writes s in format f with the format's own package.
func direct(t *testing.T, s *store.Store, r *dot.Renderer, f export.Format) []byte {
	t.Helper()
	ctx := context.Background()
	var b bytes.Buffer
	var err error
	switch f {
	case export.NQuads, export.NTriples:
		err = nquads.Write(ctx, &b, s, nquads.Options{Triples: f == export.NTriples})
	case export.JSONLD:
		err = jsonld.Write(ctx, &b, s)
	case export.GraphML:
		_, _, err = graphml.Write(ctx, &b, s, graphml.Options{})
	case export.GEXF:
		_, _, err = gexf.Write(ctx, &b, s, gexf.Options{})
	case export.Cytoscape:
		_, _, err = cytoscape.Write(ctx, &b, s, cytoscape.Options{})
	case export.Neo4j:
		dir := t.TempDir()
		if _, _, err = neo4j.WriteDir(ctx, dir, s, neo4j.Options{}); err == nil {
			b.Write(files(t, dir))
		}
	default:
		_, err = r.Write(ctx, &b, s, dot.Format(f), dot.Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// files returns the files of a neo4j export, one after the other.
func files(t *testing.T, dir string) []byte {
	t.Helper()
	var out []byte
	for _, name := range []string{neo4j.NodesFile, neo4j.RelationshipsFile} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b...)
	}
	return out
}

// write exports s in format f through the dispatcher.
func write(t *testing.T, s *store.Store, f export.Format, opt export.Options) ([]byte, export.Report) {
	t.Helper()
	if f.IsDir() {
		dir := t.TempDir()
		rep, err := export.WriteDir(context.Background(), dir, s, f, opt)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		return files(t, dir), rep
	}
	var b bytes.Buffer
	rep, err := export.Write(context.Background(), &b, s, f, opt)
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return b.Bytes(), rep
}

// TestWrite checks that Write gives, for every format, exactly what the
// format's own package writes.
func TestWrite(t *testing.T) {
	s := exporttest.Fixture(t)
	r, err := dot.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, f := range export.Formats() {
		want := direct(t, s, r, f)
		for _, shared := range []*dot.Renderer{nil, r} {
			got, rep := write(t, s, f, export.Options{Renderer: shared})
			if len(got) == 0 || !bytes.Equal(got, want) {
				t.Errorf("%s (shared renderer %v): Write differs from the format's package", f, shared != nil)
			}
			if f.IsDiagram() != (rep.Diagram.Nodes > 0) {
				t.Errorf("%s: report %v", f, rep)
			}
		}
	}
	ctx := context.Background()
	if _, err := export.Write(ctx, &bytes.Buffer{}, s, "turtle", export.Options{}); err == nil {
		t.Error("unknown format accepted")
	}
	if _, err := export.Write(ctx, &bytes.Buffer{}, s, export.Neo4j, export.Options{}); err == nil {
		t.Error("neo4j written to one stream")
	}
	if _, err := export.WriteDir(ctx, t.TempDir(), s, export.GraphML, export.Options{}); err == nil {
		t.Error("graphml written as a directory")
	}
}

// TestSelection exports an ego graph in every format: each holds what is
// around the entity and nothing else.
func TestSelection(t *testing.T) {
	s := exporttest.Fixture(t)
	opt := export.Options{Select: selection.Options{Around: "Zelensky"}}
	for _, f := range export.Formats() {
		if f == export.PNG {
			continue // no text to look at
		}
		out, rep := write(t, s, f, opt)
		text := strings.ReplaceAll(string(out), "&#45;", "-") // SVG escapes hyphens
		if !strings.Contains(text, "patriot-licence") || !strings.Contains(text, "volodymyr-zelensky") {
			t.Errorf("%s: the ego graph of Zelensky lacks his statement", f)
		}
		for _, other := range []string{"joe-biden", "united-states", "decision"} {
			if strings.Contains(text, other) {
				t.Errorf("%s: the ego graph of Zelensky holds %s", f, other)
			}
		}
		if len(rep.Selection.Around) != 1 || !strings.Contains(rep.String(), "around Volodymyr Zelensky") {
			t.Errorf("%s: report %q", f, rep)
		}
		switch {
		case f.IsDiagram() && rep.Diagram.Nodes != 2:
			t.Errorf("%s: drew %v", f, rep.Diagram)
		case (f == export.GraphML || f == export.GEXF || f == export.Cytoscape || f == export.Neo4j) && (rep.Nodes != 2 || rep.Edges != 1):
			t.Errorf("%s: wrote %d nodes and %d edges, want 2 and 1", f, rep.Nodes, rep.Edges)
		}
	}
	if _, err := export.Write(context.Background(), &bytes.Buffer{}, s, export.GraphML,
		export.Options{Select: selection.Options{Around: "nobody"}}); err == nil {
		t.Error("an unknown entity was accepted")
	}
}

// TestMaxNodes bounds every format to three nodes and checks the report.
func TestMaxNodes(t *testing.T) {
	s := exporttest.Store(t, exporttest.Synthetic(30))
	for _, f := range []export.Format{export.GraphML, export.Neo4j, export.NQuads, export.SVG} {
		_, rep := write(t, s, f, export.Options{Select: selection.Options{MaxNodes: 3}})
		if !rep.Cut() || !strings.Contains(rep.String(), "cut") {
			t.Errorf("%s: report %q does not say what was cut", f, rep)
		}
		if f == export.GraphML && (rep.Nodes != 3 || rep.Edges != 2) {
			t.Errorf("graphml: wrote %d nodes and %d edges, want 3 and 2", rep.Nodes, rep.Edges)
		}
	}
}
