package cytoscape_test

import (
	"context"
	"io"
	gostrings "strings"
	"testing"

	"github.com/kgraph/kg/export/cytoscape"
	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph/store"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/json
// reads the four texts back (invalid UTF-8 as U+FFFD, byte by byte).
func FuzzLabels(f *testing.F) {
	seeds := [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "</script>", "\u2028\u2029"},
		{"\x00\x01\x1f", "\x7f", "\xff\xfe", "\r\n\t"},
		{"\\u0041", "\"", "{}", "[]"},
	}
	export := func(ctx context.Context, w io.Writer, s *store.Store) error {
		_, _, err := cytoscape.Write(ctx, w, s, cytoscape.Options{})
		return err
	}
	exporttest.FuzzLabels(f, seeds, export, func(t *testing.T, out []byte, in exporttest.Labels) {
		d, err := read(out)
		if err != nil {
			t.Fatalf("encoding/json cannot read the export: %v\n%s", err, out)
		}
		got := map[string]any{}
		for _, n := range d.Elements.Nodes {
			got[map[bool]string{true: "value", false: "label"}[n.Data["literal"] == true]] = n.Data["label"]
		}
		e := d.Elements.Edges[0].Data
		got["predicate"], got["text"] = e["predicate"], e["text"]
		if in.Text == "" {
			got["text"] = ""
		}
		for k, want := range map[string]string{"label": in.Label, "value": in.Value, "predicate": in.Lemma, "text": in.Text} {
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
