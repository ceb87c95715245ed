package graphml_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/graphml"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/xml
// reads a well-formed GraphML document holding the four texts, as far as
// XML can hold them (exporttest.XMLText).
func FuzzLabels(f *testing.F) {
	for _, seed := range [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "]]> <!-- --> <![CDATA[", "\u05e9\u05dc\u05d5\u05dd \u202e"},
		{"\x00\x01\x0b\x1f", "\x7f\ufffe\uffff", "\xff\xfe", "\r\n\t"},
		{"&amp; &#0; &#x41;", "a'b\"c", "<?xml?>", "\U0001F642"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !exporttest.Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := exporttest.Store(t, exporttest.OneStatement(label, lemma, value, text))
		var out bytes.Buffer
		if _, _, err := graphml.Write(context.Background(), &out, s, graphml.Options{}); err != nil {
			t.Fatal(err)
		}
		d, err := read(out.Bytes())
		if err != nil {
			t.Fatalf("encoding/xml cannot read the export: %v\n%s", err, out.Bytes())
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
		want := map[string]string{"label": exporttest.XMLText(label), "predicate": exporttest.XMLText(lemma),
			"value": exporttest.XMLText(value), "text": exporttest.XMLText(text)}
		for k, v := range want {
			if values[k] != v && !(v == "" && k == "text") {
				t.Errorf("%s: read %q, want %q", k, values[k], v)
			}
		}
	})
}
