package graphml_test

import (
	"context"
	"io"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/graphml"
	"github.com/kgraph/kg/graph/store"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/xml
// reads a well-formed GraphML document holding the four texts, as far as
// XML can hold them (exporttest.XMLText).
func FuzzLabels(f *testing.F) {
	seeds := [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "]]> <!-- --> <![CDATA[", "\u05e9\u05dc\u05d5\u05dd \u202e"},
		{"\x00\x01\x0b\x1f", "\x7f\ufffe\uffff", "\xff\xfe", "\r\n\t"},
		{"&amp; &#0; &#x41;", "a'b\"c", "<?xml?>", "\U0001F642"},
	}
	export := func(ctx context.Context, w io.Writer, s *store.Store) error {
		_, _, err := graphml.Write(ctx, w, s, graphml.Options{})
		return err
	}
	exporttest.FuzzLabels(f, seeds, export, func(t *testing.T, out []byte, in exporttest.Labels) {
		d, err := read(out)
		if err != nil {
			t.Fatalf("encoding/xml cannot read the export: %v\n%s", err, out)
		}
		values := map[string]string{}
		for _, el := range append(d.Graph.Nodes, d.Graph.Edges...) {
			literal := ""
			for _, data := range el.Data {
				if data.Key == "literal" {
					literal = data.Value
				}
			}
			for _, data := range el.Data {
				key := data.Key
				if data.Key == "label" && literal == "true" {
					key = "value"
				}
				values[key] = data.Value
			}
		}
		want := map[string]string{"label": exporttest.XMLText(in.Label), "predicate": exporttest.XMLText(in.Lemma),
			"value": exporttest.XMLText(in.Value), "text": exporttest.XMLText(in.Text)}
		for k, v := range want {
			if values[k] != v && !(v == "" && k == "text") {
				t.Errorf("%s: read %q, want %q", k, values[k], v)
			}
		}
	})
}
