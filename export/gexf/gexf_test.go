package gexf_test

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
	"github.com/kgraph/kg/export/gexf"
	"github.com/kgraph/kg/graph/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// document is GEXF 1.3 as encoding/xml reads it.
type document struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class      string `xml:"class,attr"`
			Attributes []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []element `xml:"nodes>node"`
		Edges []element `xml:"edges>edge"`
	} `xml:"graph"`
}

type element struct {
	ID     string `xml:"id,attr"`
	Label  string `xml:"label,attr"`
	Kind   string `xml:"kind,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Values []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	} `xml:"attvalues>attvalue"`
	Colour *struct {
		R int `xml:"r,attr"`
		G int `xml:"g,attr"`
		B int `xml:"b,attr"`
	} `xml:"http://gexf.net/1.3/viz color"`
}

func (el element) values() map[string]string {
	m := map[string]string{}
	for _, v := range el.Values {
		m[v.For] = v.Value
	}
	return m
}

// read parses GEXF and checks its structure: version, unique ids,
// declared attributes, edges between declared nodes, coloured nodes.
func read(out []byte) (document, error) {
	var d document
	if err := xml.Unmarshal(out, &d); err != nil {
		return d, err
	}
	if d.Version != "1.3" || d.Graph.DefaultEdgeType != "directed" {
		return d, fmt.Errorf("version %q, default edge type %q", d.Version, d.Graph.DefaultEdgeType)
	}
	declared := map[string]map[string]bool{"node": {}, "edge": {}}
	for _, as := range d.Graph.Attributes {
		for _, a := range as.Attributes {
			declared[as.Class][a.ID] = true
		}
	}
	nodes := map[string]bool{}
	for _, n := range d.Graph.Nodes {
		if nodes[n.ID] || n.Colour == nil {
			return d, fmt.Errorf("node %q repeated or without colour", n.ID)
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
	for class, els := range map[string][]element{"node": d.Graph.Nodes, "edge": d.Graph.Edges} {
		for _, el := range els {
			for _, v := range el.Values {
				if !declared[class][v.For] {
					return d, fmt.Errorf("%s %s: attribute %q is not declared", class, el.ID, v.For)
				}
			}
		}
	}
	return d, nil
}

var format = exporttest.Format{
	Export: func(ctx context.Context, w io.Writer, s *store.Store) error {
		_, _, err := gexf.Write(ctx, w, s, gexf.Options{})
		return err
	},
	Parse: func(out []byte) ([]string, error) {
		d, err := read(out)
		texts := []string{}
		for _, el := range append(d.Graph.Nodes, d.Graph.Edges...) {
			texts = append(texts, el.ID, el.Label)
			for _, v := range el.Values {
				texts = append(texts, v.Value)
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
	path := filepath.Join("testdata", "fixture.gexf")
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

func TestContent(t *testing.T) {
	var buf bytes.Buffer
	nodes, edges, err := gexf.Write(context.Background(), &buf, exporttest.Store(t, exporttest.HostileDocuments), gexf.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Graph.Nodes) != nodes || len(d.Graph.Edges) != edges || nodes == 0 {
		t.Errorf("Write says %d nodes and %d edges; the document has %d and %d", nodes, edges, len(d.Graph.Nodes), len(d.Graph.Edges))
	}
	for _, n := range d.Graph.Nodes {
		v := n.values()
		if n.Label != token(v["name"]) {
			t.Errorf("node %s: label %q is not the token of its name %q", n.ID, n.Label, v["name"])
		}
		if v["type"] == "Person" && (n.Colour.R != 0x8d || n.Colour.G != 0xd3 || n.Colour.B != 0xc7) {
			t.Errorf("person %s coloured %+v", n.ID, *n.Colour)
		}
	}
	for _, e := range d.Graph.Edges {
		v := e.values()
		if e.Kind != e.Label || e.Label != token(v["predicate"]) || v["statement"] != e.ID {
			t.Errorf("edge %s: label %q, kind %q, values %q", e.ID, e.Label, e.Kind, v)
		}
	}
}

// token collapses XML white space (space, tab, CR, LF; not U+00A0).
func token(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" \t\r\n", r) }), " ")
}

// networkx 2.8 and 3 read GEXF 1.1 and 1.2 only; GEXF 1.3 is 1.2 in a
// new namespace, so the script registers it.
const networkx = `import sys, networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions["1.3"] = dict(GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
    NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
g = nx.read_gexf(sys.argv[1], version="1.3")
assert all(isinstance(d["confidence"], float) for _, _, d in g.edges(data=True))
assert all(isinstance(d["literal"], bool) for _, d in g.nodes(data=True))
print(g.number_of_nodes(), g.number_of_edges())`

// TestNetworkX checks that networkx reads the export with the node and
// edge counts Write reports, parallel statements included.
func TestNetworkX(t *testing.T) {
	py := exporttest.Python(t, "networkx")
	for name, s := range map[string]*store.Store{
		"fixture":   exporttest.Fixture(t),
		"hostile":   exporttest.Store(t, exporttest.HostileDocuments),
		"synthetic": exporttest.Store(t, exporttest.Synthetic(50)),
		"parallel":  exporttest.Store(t, exporttest.Repeated),
	} {
		path := filepath.Join(t.TempDir(), "kg.gexf")
		var buf bytes.Buffer
		nodes, edges, err := gexf.Write(context.Background(), &buf, s, gexf.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(py, "-c", networkx, path).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: networkx: %v\n%s", name, err, out)
		}
		if got, want := strings.TrimSpace(string(out)), fmt.Sprintf("%d %d", nodes, edges); got != want {
			t.Errorf("%s: networkx read %s nodes and edges, want %s", name, got, want)
		}
	}
}
