package dot

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph"
)

// FuzzLabels draws a statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that go-graphviz
// parses the DOT back with every label and tooltip intact.
func FuzzLabels(f *testing.F) {
	for _, seed := range [][4]string{
		{"Joe Biden", "authorize", "on \"tanks\"", "No decision."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "\\N \\G \\E \\L", "\u05e9\u05dc\u05d5\u05dd \u202e"},
		{"ends with \\", "a \\", "<b>html?</b>", "{record|label}"},
		{"\x00nul", "\x7fdel", "\xff\xfe", "\r\n"},
		{strings.Repeat("long label ", 10), "p", "\"", "\""},
		{"it could be a \"truly exemplary\" deal", "say", "a\nb\"c", "x\n\"y\"\n\"z\""},
		{"line\\\n\"quoted\"", "a\\", "\\\"", "\\\\\""},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	r, err := NewRenderer()
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { r.Close() })
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !exporttest.Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := exporttest.Store(t, func(ns graph.Namespace) []graph.Document {
			e := graph.Entity{ID: ns.Entity(label), Label: label, Type: graph.Organization}
			return []graph.Document{{
				Article:   graph.Article{ID: "f", Hash: "h", Sentences: 1},
				Sentences: []graph.Sentence{{Text: text, End: len(text)}},
				Entities:  []graph.Entity{e},
				Statements: []graph.Statement{{
					Subject: graph.EntityTerm(e), Predicate: graph.Predicate{Lemma: lemma},
					Object: graph.Literal(graph.Text, value),
					Prov:   graph.Provenance{Article: "f", Extractor: "fuzz", Version: "1", Confidence: 1},
				}},
			}}
		})
		var out bytes.Buffer
		if _, err := r.Write(context.Background(), &out, s, DOT, Options{}); err != nil {
			t.Fatal(err)
		}
		texts, err := r.parseDOT(out.Bytes())
		if err != nil {
			t.Fatalf("go-graphviz cannot parse our DOT: %v\n%s", err, out.Bytes())
		}
		for _, want := range []string{shows(wrap(label)), shows(wrap(value)), shows(text)} {
			found := false
			for _, got := range texts {
				found = found || strings.Contains(got, want)
			}
			if !found {
				t.Errorf("%q not read back; texts:\n%q", want, texts)
			}
		}
	})
}

// shows returns what Graphviz is to show for s: s with invalid UTF-8 as
// U+FFFD, carriage returns dropped and other control characters but line
// breaks as spaces.
func shows(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return -1
		case r != '\n' && unicode.IsControl(r):
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
