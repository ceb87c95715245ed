package graphml_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/graphml"
	"github.com/kgraph/kg/graph/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// document is GraphML as encoding/xml reads it.
type document struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []element `xml:"node"`
		Edges       []element `xml:"edge"`
	} `xml:"graph"`
}

type element struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// read parses GraphML and checks its structure: unique ids, declared
// keys, edges between declared nodes.
func read(out []byte) (document, error) {
	var d document
	if err := xml.Unmarshal(out, &d); err != nil {
		return d, err
	}
	keys := map[string]string{}
	for _, k := range d.Keys {
		keys[k.ID] = k.For
	}
	nodes := map[string]bool{}
	for _, n := range d.Graph.Nodes {
		if nodes[n.ID] || n.ID == "" {
			return d, fmt.Errorf("node id %q repeated or empty", n.ID)
		}
		nodes[n.ID] = true
	}
	edges := map[string]bool{}
	for _, e := range d.Graph.Edges {
		if edges[e.ID] || !nodes[e.Source] || !nodes[e.Target] {
			return d, fmt.Errorf("edge %q: repeated, or between undeclared nodes", e.ID)
		}
		edges[e.ID] = true
	}
	for kind, els := range map[string][]element{"node": d.Graph.Nodes, "edge": d.Graph.Edges} {
		for _, el := range els {
			for _, data := range el.Data {
				if keys[data.Key] != kind {
					return d, fmt.Errorf("%s %s: data key %q is not a %s key", kind, el.ID, data.Key, kind)
				}
			}
		}
	}
	return d, nil
}

var format = exporttest.Format{
	Export: func(ctx context.Context, w io.Writer, s *store.Store) error {
		_, _, err := graphml.Write(ctx, w, s, graphml.Options{})
		return err
	},
	Parse: func(out []byte) ([]string, error) {
		d, err := read(out)
		texts := []string{}
		for _, el := range append(d.Graph.Nodes, d.Graph.Edges...) {
			for _, data := range el.Data {
				texts = append(texts, data.Value)
			}
		}
		return texts, err
	},
}

func TestSuite(t *testing.T) {
	exporttest.Run(t, format)
}

func TestGolden(t *testing.T) {
	got := exporttest.Export(t, format, exporttest.Fixture(t))
	path := filepath.Join("testdata", "fixture.graphml")
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

// TestCounts checks the counts Write returns against the document, and
// the typed values of one edge.
func TestCounts(t *testing.T) {
	var buf bytes.Buffer
	nodes, edges, err := graphml.Write(context.Background(), &buf, exporttest.Fixture(t), graphml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if nodes != 11 || edges != 6 || len(d.Graph.Nodes) != nodes || len(d.Graph.Edges) != edges {
		t.Errorf("Write says %d nodes and %d edges; the document has %d and %d", nodes, edges, len(d.Graph.Nodes), len(d.Graph.Edges))
	}
	var found bool
	for _, e := range d.Graph.Edges {
		values := map[string]string{}
		for _, data := range e.Data {
			values[data.Key] = data.Value
		}
		if values["predicate"] == "reach" {
			found = true
			want := map[string]string{"e_label": "reach", "confidence": "0.55", "negated": "true", "source": "a",
				"sentence": "2", "surface": "has been reached", "text": `No decision has been reached on "tanks".`}
			for k, v := range want {
				if values[k] != v {
					t.Errorf("edge reach: %s = %q, want %q", k, values[k], v)
				}
			}
		}
	}
	if !found {
		t.Error("no edge reach")
	}
}

// TestNetworkX checks that networkx reads the export with the node and
// edge counts Write reports, and typed attributes.
func TestNetworkX(t *testing.T) {
	py := exporttest.Python(t, "networkx")
	for name, s := range map[string]*store.Store{
		"fixture":   exporttest.Fixture(t),
		"hostile":   exporttest.Store(t, exporttest.HostileDocuments),
		"synthetic": exporttest.Store(t, exporttest.Synthetic(50)),
		"parallel":  exporttest.Store(t, exporttest.Repeated),
	} {
		path := filepath.Join(t.TempDir(), "kg.graphml")
		var buf bytes.Buffer
		nodes, edges, err := graphml.Write(context.Background(), &buf, s, graphml.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		script := `import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
conf = [d["confidence"] for _, _, d in g.edges(data=True)]
assert all(isinstance(c, float) for c in conf), conf
assert all(isinstance(d["literal"], bool) for _, d in g.nodes(data=True))
print(g.number_of_nodes(), g.number_of_edges(), g.is_multigraph())`
		out, err := exec.Command(py, "-c", script, path).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: networkx: %v\n%s", name, err, out)
		}
		// networkx makes a multigraph only when it meets parallel edges.
		want := fmt.Sprintf("%d %d %s", nodes, edges, map[bool]string{true: "True", false: "False"}[name == "parallel"])
		if got := strings.TrimSpace(string(out)); got != want {
			t.Errorf("%s: networkx read %s, want %s", name, got, want)
		}
	}
}
