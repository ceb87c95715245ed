package cytoscape_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/export/cytoscape"
	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type element struct {
	Data    map[string]any `json:"data"`
	Classes string         `json:"classes"`
}

type document struct {
	Elements struct {
		Nodes []element `json:"nodes"`
		Edges []element `json:"edges"`
	} `json:"elements"`
}

// read parses the JSON and checks what cytoscape.js requires: every
// element has a unique string id, every edge a source and a target that
// are node ids.
func read(out []byte) (document, error) {
	var d document
	if err := json.Unmarshal(out, &d); err != nil {
		return d, err
	}
	ids := map[string]bool{}
	for _, el := range append(d.Elements.Nodes, d.Elements.Edges...) {
		id, ok := el.Data["id"].(string)
		if !ok || ids[id] {
			return d, fmt.Errorf("element id %v missing or repeated", el.Data["id"])
		}
		ids[id] = true
	}
	nodes := map[string]bool{}
	for _, n := range d.Elements.Nodes {
		nodes[n.Data["id"].(string)] = true
	}
	for _, e := range d.Elements.Edges {
		s, _ := e.Data["source"].(string)
		t, _ := e.Data["target"].(string)
		if !nodes[s] || !nodes[t] {
			return d, fmt.Errorf("edge %v joins %q and %q, not both nodes", e.Data["id"], s, t)
		}
		if _, ok := e.Data["confidence"].(float64); !ok {
			return d, fmt.Errorf("edge %v: confidence %v is not a number", e.Data["id"], e.Data["confidence"])
		}
	}
	return d, nil
}

func strings(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		return append(out, v)
	case []any:
		for _, x := range v {
			out = strings(x, out)
		}
	case map[string]any:
		for _, x := range v {
			out = strings(x, out)
		}
	}
	return out
}

var format = exporttest.Format{
	Export: func(ctx context.Context, w io.Writer, s *store.Store) error {
		_, _, err := cytoscape.Write(ctx, w, s, cytoscape.Options{})
		return err
	},
	Parse: func(out []byte) ([]string, error) {
		d, err := read(out)
		texts := []string{}
		for _, el := range append(d.Elements.Nodes, d.Elements.Edges...) {
			texts = strings(el.Data, texts)
		}
		return texts, err
	},
}

func TestSuite(t *testing.T) {
	exporttest.Run(t, format)
}

func TestGolden(t *testing.T) {
	got := exporttest.Export(t, format, exporttest.Fixture(t))
	path := filepath.Join("testdata", "fixture.json")
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

func TestCounts(t *testing.T) {
	for name, s := range map[string]*store.Store{
		"fixture":  exporttest.Fixture(t),
		"parallel": exporttest.Store(t, exporttest.Repeated),
		"empty":    exporttest.Store(t, exporttest.Synthetic(0)),
	} {
		var buf bytes.Buffer
		nodes, edges, err := cytoscape.Write(context.Background(), &buf, s, cytoscape.Options{})
		if err != nil {
			t.Fatal(err)
		}
		d, err := read(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Elements.Nodes) != nodes || len(d.Elements.Edges) != edges || (name != "empty" && edges == 0) {
			t.Errorf("%s: Write says %d nodes and %d edges; the document has %d and %d",
				name, nodes, edges, len(d.Elements.Nodes), len(d.Elements.Edges))
		}
	}
}
