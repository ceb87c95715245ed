package export_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/kgraph/kg/export"
	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/nquads"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want export.Format
		ok   bool
	}{
		{"nquads", export.NQuads, true}, {"NQ", export.NQuads, true}, {"n-quads", export.NQuads, true},
		{"jsonld", export.JSONLD, true}, {"JSON-LD", export.JSONLD, true},
		{"dot", export.DOT, true}, {"gv", export.DOT, true}, {"svg", export.SVG, true}, {"png", export.PNG, true},
		{"", "", false}, {"turtle", "", false}, {"jpg", "", false},
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

// TestWrite checks that Write gives, for every format, exactly what the
// format's own package writes.
func TestWrite(t *testing.T) {
	ctx := context.Background()
	s := exporttest.Fixture(t)
	r, err := dot.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	direct := map[export.Format]func(*bytes.Buffer) error{
		export.NQuads: func(b *bytes.Buffer) error { return nquads.Write(ctx, b, s, nquads.Options{}) },
		export.JSONLD: func(b *bytes.Buffer) error { return jsonld.Write(ctx, b, s) },
	}
	for _, f := range []export.Format{export.DOT, export.SVG, export.PNG} {
		direct[f] = func(b *bytes.Buffer) error {
			_, err := r.Write(ctx, b, s, dot.Format(f), dot.Options{})
			return err
		}
	}
	for _, f := range export.Formats() {
		for _, shared := range []*dot.Renderer{nil, r} {
			var got, want bytes.Buffer
			rep, err := export.Write(ctx, &got, s, f, export.Options{Renderer: shared})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if err := direct[f](&want); err != nil {
				t.Fatal(err)
			}
			if got.Len() == 0 || !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s (shared renderer %v): Write differs from the format's package", f, shared != nil)
			}
			if f.IsDiagram() != (rep.Diagram.Nodes > 0) {
				t.Errorf("%s: report %v", f, rep)
			}
		}
	}
	if _, err := export.Write(ctx, &bytes.Buffer{}, s, "turtle", export.Options{}); err == nil {
		t.Error("unknown format accepted")
	}
}
