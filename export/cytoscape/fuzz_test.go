package cytoscape_test

import (
	"bytes"
	"context"
	gostrings "strings"
	"testing"

	"github.com/kgraph/kg/export/cytoscape"
	"github.com/kgraph/kg/export/exporttest"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/json
// reads the four texts back (invalid UTF-8 as U+FFFD, byte by byte).
func FuzzLabels(f *testing.F) {
	for _, seed := range [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "</script>", "\u2028\u2029"},
		{"\x00\x01\x1f", "\x7f", "\xff\xfe", "\r\n\t"},
		{"\\u0041", "\"", "{}", "[]"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !exporttest.Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := exporttest.Store(t, exporttest.OneStatement(label, lemma, value, text))
		var out bytes.Buffer
		if _, _, err := cytoscape.Write(context.Background(), &out, s, cytoscape.Options{}); err != nil {
			t.Fatal(err)
		}
		d, err := read(out.Bytes())
		if err != nil {
			t.Fatalf("encoding/json cannot read the export: %v\n%s", err, out.Bytes())
		}
		got := map[string]any{}
		for _, n := range d.Elements.Nodes {
			got[map[bool]string{true: "value", false: "label"}[n.Data["literal"] == true]] = n.Data["label"]
		}
		e := d.Elements.Edges[0].Data
		got["predicate"], got["text"] = e["predicate"], e["text"]
		if text == "" {
			got["text"] = ""
		}
		for k, want := range map[string]string{"label": label, "value": value, "predicate": lemma, "text": text} {
			if got[k] != jsonText(want) {
				t.Errorf("%s: read %q, want %q", k, got[k], jsonText(want))
			}
		}
	})
}

// jsonText is what encoding/json makes of s: each byte of invalid UTF-8
// becomes U+FFFD.
func jsonText(s string) string {
	var b gostrings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
