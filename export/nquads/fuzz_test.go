package nquads_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/graph"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text as N-Quads and as N-Triples, and
// checks that Cayley's reader reads every line and the four texts (as
// valid UTF-8).
func FuzzLabels(f *testing.F) {
	for _, seed := range [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "\\u0041 \\U00000041", "\u05e9\u05dc\u05d5\u05dd \u202e"},
		{"\x00\x01\x1f", "\x7f", "\xff\xfe", "\r\n\t\b\f"},
		{"# comment", "_:b0", "<http://x>", "\"^^<http://y>"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !exporttest.Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := exporttest.Store(t, exporttest.OneStatement(label, lemma, value, text))
		for _, triples := range []bool{false, true} {
			var out bytes.Buffer
			if err := nquads.Write(context.Background(), &out, s, nquads.Options{Triples: triples}); err != nil {
				t.Fatal(err)
			}
			qs, err := read(out.Bytes())
			if err != nil {
				t.Fatalf("triples=%v: Cayley cannot read the export: %v\n%s", triples, err, out.Bytes())
			}
			if len(qs) != strings.Count(out.String(), "\n") {
				t.Fatalf("triples=%v: read %d quads from %d lines", triples, len(qs), strings.Count(out.String(), "\n"))
			}
			got := map[string]string{}
			for _, q := range qs {
				switch {
				case q.Predicate == graph.PropName && strings.Contains(graph.Lexical(q.Subject), "/entity/"):
					got["label"] = graph.Lexical(q.Object)
				case q.Predicate == graph.PropLabel:
					got["predicate"] = graph.Lexical(q.Object)
				case q.Predicate == graph.PropText:
					got["text"] = graph.Lexical(q.Object)
				case strings.Contains(graph.Lexical(q.Predicate), "/rel/"):
					got["value"] = graph.Lexical(q.Object)
					if (q.Label == nil) != triples {
						t.Errorf("triples=%v: fact %s", triples, q.NQuad())
					}
				}
				if _, ok := q.Object.(quad.String); !ok && q.Predicate == graph.PropText {
					t.Errorf("sentence text read as %T", q.Object)
				}
			}
			for k, want := range map[string]string{"label": label, "value": value, "predicate": lemma, "text": text} {
				if want = strings.ToValidUTF8(want, "\uFFFD"); got[k] != want {
					t.Errorf("triples=%v: %s: read %q, want %q", triples, k, got[k], want)
				}
			}
		}
	})
}
