package gexf_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/gexf"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/xml
// reads a well-formed GEXF document holding the four texts in attribute
// values, as far as XML can hold them (exporttest.XMLText).
func FuzzLabels(f *testing.F) {
	for _, seed := range [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "]]> <!-- -->", "\u05e9\u05dc\u05d5\u05dd \u202e"},
		{"\x00\x01\x0b\x1f", "\x7f\ufffe\uffff", "\xff\xfe", "\r\n\t"},
		{" spaced  out ", "a\tb", "\n", "'\""},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !exporttest.Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := exporttest.Store(t, exporttest.OneStatement(label, lemma, value, text))
		var out bytes.Buffer
		if _, _, err := gexf.Write(context.Background(), &out, s, gexf.Options{}); err != nil {
			t.Fatal(err)
		}
		d, err := read(out.Bytes())
		if err != nil {
			t.Fatalf("encoding/xml cannot read the export: %v\n%s", err, out.Bytes())
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
		for k, want := range map[string]string{"label": label, "value": value, "predicate": lemma, "text": text} {
			if got[k] != exporttest.XMLText(want) {
				t.Errorf("%s: read %q, want %q", k, got[k], exporttest.XMLText(want))
			}
		}
	})
}
