package gexf_test

import (
	"context"
	"io"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/gexf"
	"github.com/kgraph/kg/graph/store"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/xml
// reads a well-formed GEXF document holding the four texts in attribute
// values, as far as XML can hold them (exporttest.XMLText).
func FuzzLabels(f *testing.F) {
	seeds := [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "]]> <!-- -->", "\u05e9\u05dc\u05d5\u05dd \u202e"},
		{"\x00\x01\x0b\x1f", "\x7f\ufffe\uffff", "\xff\xfe", "\r\n\t"},
		{" spaced  out ", "a\tb", "\n", "'\""},
	}
	export := func(ctx context.Context, w io.Writer, s *store.Store) error {
		_, _, err := gexf.Write(ctx, w, s, gexf.Options{})
		return err
	}
	exporttest.FuzzLabels(f, seeds, export, func(t *testing.T, out []byte, in exporttest.Labels) {
		d, err := read(out)
		if err != nil {
			t.Fatalf("encoding/xml cannot read the export: %v\n%s", err, out)
		}
		if len(d.Graph.Nodes) != 2 || len(d.Graph.Edges) != 1 {
			t.Fatalf("%d nodes and %d edges, want 2 and 1", len(d.Graph.Nodes), len(d.Graph.Edges))
		}
		got := map[string]string{}
		for _, n := range d.Graph.Nodes {
			v := n.values()
			got[map[string]string{"true": "value", "false": "label"}[v["literal"]]] = v["name"]
		}
		e := d.Graph.Edges[0].values()
		got["predicate"], got["text"] = e["predicate"], e["text"]
		for k, want := range map[string]string{"label": in.Label, "value": in.Value, "predicate": in.Lemma, "text": in.Text} {
			if got[k] != exporttest.XMLText(want) {
				t.Errorf("%s: read %q, want %q", k, got[k], exporttest.XMLText(want))
			}
		}
	})
}
